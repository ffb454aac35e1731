package com.yotosmartstream.client.auth;

import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device-code sign-in (RFC 8628): {@link #start()} gets a code for the user to confirm on
 * Yoto's page; {@link #awaitTokens} polls at the server's interval (five seconds more after each
 * {@code slow_down}) until the user allows or denies, the code expires, or the app cancels.
 */
public final class DeviceCodeSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceCodeSignIn.class);
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private final OAuthClient oauth;
    private final Sleeper sleeper;
    private final Clock clock;

    public DeviceCodeSignIn(OAuthClient oauth, Sleeper sleeper, Clock clock) {
        this.oauth = oauth;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public DeviceAuthorization start() throws YotoException, InterruptedException {
        DeviceAuthorization authorization = oauth.requestDeviceCode();
        LOG.info("Sign-in started: code {} at {}", authorization.userCode(), authorization.verificationUri());
        return authorization;
    }

    /** Polls until the sign-in ends; blocking, so run it as a background task. */
    public Tokens awaitTokens(DeviceAuthorization authorization, BooleanSupplier cancelled) throws YotoException,
            InterruptedException {
        Duration interval = authorization.interval();
        while (true) {
            sleeper.sleep(interval);
            if (cancelled.getAsBoolean()) {
                throw new SignInFailedException(SignInFailedException.Reason.CANCELLED, "Sign-in cancelled.");
            }
            if (clock.instant().isAfter(authorization.expiresAt())) {
                throw new SignInFailedException(SignInFailedException.Reason.EXPIRED,
                        "The sign-in code expired before it was confirmed. Start the sign-in again.");
            }
            OAuthClient.Poll poll = oauth.pollDeviceCode(authorization);
            if (poll instanceof OAuthClient.Poll.Granted granted) {
                LOG.info("Sign-in confirmed");
                return granted.tokens();
            }
            if (poll instanceof OAuthClient.Poll.SlowDown) {
                interval = interval.plus(SLOW_DOWN_STEP);
                LOG.info("Sign-in server asked to poll more slowly; now every {} s", interval.toSeconds());
            }
        }
    }
}
