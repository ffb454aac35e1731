package com.yotosmartstream.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token, the refresh token that renews it, and when the access token expires. Its
 * {@link #toString()} never shows either token.
 */
public final class Tokens {

    private final String accessToken;
    private final String refreshToken;
    private final Instant expiresAt;

    public Tokens(String accessToken, String refreshToken, Instant expiresAt) {
        this.accessToken = requireToken(accessToken, "access token");
        this.refreshToken = requireToken(refreshToken, "refresh token");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String accessToken() {
        return accessToken;
    }

    public String refreshToken() {
        return refreshToken;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether the access token expires within {@code margin} from now (or has expired). */
    public boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tokens t && accessToken.equals(t.accessToken) && refreshToken.equals(t.refreshToken)
                && expiresAt.equals(t.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, expiresAt);
    }

    @Override
    public String toString() {
        return "Tokens[access=<hidden>, refresh=<hidden>, expiresAt=" + expiresAt + "]";
    }

    private static String requireToken(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return value;
    }
}
