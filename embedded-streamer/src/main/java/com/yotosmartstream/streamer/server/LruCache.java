package com.yotosmartstream.streamer.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map that keeps at most {@code capacity} entries: adding one more forgets the least recently
 * used (read or written) entry. Thread-safe; each call holds the lock only for one map operation
 * and does no I/O, so it may run on the server's selector threads (ADR 0016).
 */
public final class LruCache<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one entry, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    /** The entry for {@code key}, which becomes the most recently used. */
    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps {@code value} as the most recently used entry, forgetting the least recently used one if full. */
    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }

    /** The keys, least recently used first: the next to be forgotten comes first. */
    public synchronized List<K> keysByUse() {
        return List.copyOf(entries.keySet());
    }
}
