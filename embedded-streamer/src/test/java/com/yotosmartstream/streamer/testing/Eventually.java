package com.yotosmartstream.streamer.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for something the server finishes after the client has its answer (the access log is
 * written when the last byte has been handed to the socket, which may be just after the client read
 * it). Not a timing assertion: it only bounds how long a test waits before it fails.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        T current = value.get();
        while (!done.test(current) && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
            current = value.get();
        }
        return current;
    }
}
