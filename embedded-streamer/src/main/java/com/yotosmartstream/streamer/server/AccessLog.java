package com.yotosmartstream.streamer.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most recent stream requests (when, which track and range, how many bytes, which client),
 * kept in memory for the app to show. Bounded, so a busy server never grows it.
 */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    private final int capacity;
    private final Deque<AccessEntry> entries = new ArrayDeque<>();
    private final List<Consumer<AccessEntry>> listeners = new CopyOnWriteArrayList<>();

    public AccessLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(AccessEntry entry) {
        synchronized (entries) {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        LOG.debug("{} {} track {} ({}) range '{}' -> {} {} bytes", entry.client(), entry.method(), entry.trackId(),
                entry.grantLabel(), entry.range(), entry.status(), entry.bytes());
        for (Consumer<AccessEntry> listener : listeners) {
            listener.accept(entry);
        }
    }

    /** The kept entries for one track, oldest first. */
    public List<AccessEntry> forTrack(String trackId) {
        List<AccessEntry> found = new ArrayList<>();
        synchronized (entries) {
            for (AccessEntry entry : entries) {
                if (entry.trackId().equals(trackId)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }

    /** Every kept entry, oldest first. */
    public List<AccessEntry> all() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    /** Called on the server's thread after each request; hand off quickly. */
    public void addListener(Consumer<AccessEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AccessEntry> listener) {
        listeners.remove(listener);
    }
}
