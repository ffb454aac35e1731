package com.yotosmartstream.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition in tests that have no FX thread to wait on (TestFX tests use WaitForAsyncUtils). */
public final class Await {

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /** Polls {@code condition} until it holds; fails with {@code what} (asked only then) after {@code timeout}. */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> what)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what.get());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
