package com.yotosmartstream.streamer.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The one pairing code open at a time: 128 random bits, good once, for {@link #VALID} after it is
 * made. A new code replaces the one before. Compared in constant time.
 */
final class PairingCodes {

    static final Duration VALID = Duration.ofMinutes(5);

    /** An open code and when it stops working. */
    record Code(String code, Instant expires) {
        @Override
        public String toString() {
            return "Code[expires=" + expires + "]"; // the code itself is a secret
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private Code open;

    PairingCodes(Clock clock) {
        this.clock = clock;
    }

    synchronized Code issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        open = new Code(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant().plus(VALID));
        return open;
    }

    /** Whether a code is open and not expired. */
    synchronized boolean pending() {
        return open != null && clock.instant().isBefore(open.expires());
    }

    /** Uses up the open code if {@code presented} is it and it has not expired. */
    synchronized boolean redeem(String presented) {
        if (open == null || presented == null) {
            return false;
        }
        boolean same = MessageDigest.isEqual(open.code().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
        boolean live = clock.instant().isBefore(open.expires());
        if (same) {
            open = null; // used, or expired: either way gone
        }
        return same && live;
    }

    synchronized void cancel() {
        open = null;
    }

    synchronized Optional<Code> current() {
        return pending() ? Optional.of(open) : Optional.empty();
    }
}
