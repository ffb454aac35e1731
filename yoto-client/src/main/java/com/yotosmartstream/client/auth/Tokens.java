package com.yotosmartstream.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token, the refresh token that renews it, when the access token was issued (if known)
 * and when it expires. Its {@link #toString()} never shows either token.
 */
public final class Tokens {

    private final String accessToken;
    private final String refreshToken;
    private final Instant expiresAt;
    private final Instant issuedAt; // null when unknown

    public Tokens(String accessToken, String refreshToken, Instant expiresAt) {
        this(accessToken, refreshToken, expiresAt, null);
    }

    public Tokens(String accessToken, String refreshToken, Instant expiresAt, Instant issuedAt) {
        this.accessToken = requireToken(accessToken, "access token");
        this.refreshToken = requireToken(refreshToken, "refresh token");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.issuedAt = issuedAt;
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

    public java.util.Optional<Instant> issuedAt() {
        return java.util.Optional.ofNullable(issuedAt);
    }

    /** Whether the access token expires within {@code margin} from now (or has expired). */
    public boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresAt);
    }

    /**
     * Whether it is time to renew: within {@code margin} of expiry, but never earlier than half-way
     * through the token's life (a token that lives less than twice the margin would otherwise be
     * renewed on every use).
     */
    public boolean dueForRenewal(Duration margin, Clock clock) {
        Duration effective = margin;
        if (issuedAt != null) {
            Duration half = Duration.between(issuedAt, expiresAt).dividedBy(2);
            if (half.compareTo(effective) < 0) {
                effective = half;
            }
        }
        return expiresWithin(effective, clock);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tokens t && accessToken.equals(t.accessToken) && refreshToken.equals(t.refreshToken)
                && expiresAt.equals(t.expiresAt) && Objects.equals(issuedAt, t.issuedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, expiresAt, issuedAt);
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
