package com.yotosmartstream.client.player;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A reported value and when it was last reported (re-reporting the same value refreshes the
 * time, so the UI can tell fresh from stale).
 */
public record Reported<T>(T value, Instant at) {

    public Reported {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    public Duration age(Instant now) {
        Duration age = Duration.between(at, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
