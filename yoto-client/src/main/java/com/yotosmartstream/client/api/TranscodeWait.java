package com.yotosmartstream.client.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How an audio upload waits for Yoto to convert the file: it asks every {@code interval}, and
 * gives up after {@code max}.
 */
public record TranscodeWait(Duration interval, Duration max) {

    /** Every 2 s, for up to 10 minutes (a long audiobook can take minutes). */
    public static final TranscodeWait DEFAULT = new TranscodeWait(Duration.ofSeconds(2), Duration.ofMinutes(10));

    public TranscodeWait {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(max, "max");
        if (interval.isNegative() || interval.isZero() || max.isNegative()) {
            throw new IllegalArgumentException("interval must be positive and max not negative");
        }
    }
}
