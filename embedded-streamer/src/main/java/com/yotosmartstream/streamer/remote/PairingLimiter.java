package com.yotosmartstream.streamer.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed pairing attempts, limited per source address and in all: after {@link #PER_SOURCE} failures
 * from one address, or {@link #IN_ALL} from anywhere, within {@link #WINDOW}, attempts are refused
 * until the oldest failure is out of the window. A code is 128 random bits, so this is a second
 * fence, which also keeps a misbehaving page from hammering the server.
 */
final class PairingLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int PER_SOURCE = 5;
    static final int IN_ALL = 20;

    private final Clock clock;
    private final Map<String, Deque<Instant>> bySource = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    PairingLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code source} must wait before trying again; zero when it may try now. */
    synchronized Duration retryAfter(String source) {
        Instant now = clock.instant();
        prune(all, now);
        Deque<Instant> mine = bySource.getOrDefault(source, new ArrayDeque<>());
        prune(mine, now);
        if (mine.isEmpty()) {
            bySource.remove(source);
        }
        Duration wait = Duration.ZERO;
        if (mine.size() >= PER_SOURCE) {
            wait = Duration.between(now, mine.peekFirst().plus(WINDOW));
        }
        if (all.size() >= IN_ALL) {
            Duration global = Duration.between(now, all.peekFirst().plus(WINDOW));
            wait = global.compareTo(wait) > 0 ? global : wait;
        }
        return wait;
    }

    synchronized void failed(String source) {
        Instant now = clock.instant();
        all.addLast(now);
        bySource.computeIfAbsent(source, s -> new ArrayDeque<>()).addLast(now);
        if (bySource.size() > 1000) {
            bySource.clear(); // a flood from many addresses: the overall limit still holds
        }
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(WINDOW).isAfter(now)) {
            failures.removeFirst();
        }
    }
}
