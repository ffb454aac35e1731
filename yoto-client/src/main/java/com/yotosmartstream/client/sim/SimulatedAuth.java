package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.auth.Pkce;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OAuth side of the simulated Yoto cloud: device codes waiting for a user, issued access
 * tokens with their expiry, and single-use refresh tokens (each refresh spends the old one and
 * issues a new pair, as Yoto's Auth0 tenant does).
 */
public final class SimulatedAuth {

    /** What a device-code poll gets. */
    public enum DeviceState { PENDING, APPROVED, DENIED }

    record DeviceCode(String deviceCode, String userCode, Instant expiresAt, Duration interval, DeviceState state,
            Instant lastPoll) {
        DeviceCode with(DeviceState next) {
            return new DeviceCode(deviceCode, userCode, expiresAt, interval, next, lastPoll);
        }

        DeviceCode polledAt(Instant when) {
            return new DeviceCode(deviceCode, userCode, expiresAt, interval, state, when);
        }
    }

    record AuthCode(String challenge, String redirectUri, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, DeviceCode> deviceCodes = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>(); // token -> still usable
    private final Map<String, AuthCode> authCodes = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger slowDowns = new AtomicInteger();
    private volatile Duration accessTokenLifetime = Duration.ofHours(24);
    private volatile Duration deviceCodeLifetime = Duration.ofMinutes(5);
    private volatile Duration pollInterval = Duration.ofSeconds(5);
    private volatile boolean autoApprove;

    public SimulatedAuth(Clock clock) {
        this.clock = clock;
    }

    // ---- what a test or the demo does to the simulated account ----

    public void approve(String userCode) {
        update(userCode, DeviceState.APPROVED);
    }

    public void deny(String userCode) {
        update(userCode, DeviceState.DENIED);
    }

    /** Demo mode: every device code counts as confirmed at once. */
    public void setAutoApprove(boolean autoApprove) {
        this.autoApprove = autoApprove;
    }

    /** The next {@code count} polls are answered {@code slow_down}. */
    public void slowDownNextPolls(int count) {
        slowDowns.set(count);
    }

    public void setAccessTokenLifetime(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    public void setDeviceCodeLifetime(Duration lifetime) {
        deviceCodeLifetime = lifetime;
    }

    public void setPollInterval(Duration interval) {
        pollInterval = interval;
    }

    /** Every access token issued so far stops working (as after a server-side revocation). */
    public void expireAccessTokens() {
        accessTokens.replaceAll((token, expiry) -> clock.instant().minusSeconds(1));
    }

    Instant clockNow() {
        return clock.instant();
    }

    public int refreshCount() {
        return refreshes.get();
    }

    public boolean isValidAccessToken(String token) {
        Instant expiry = token == null ? null : accessTokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** The user codes waiting for confirmation, newest last. */
    public Optional<String> latestPendingUserCode() {
        return deviceCodes.values().stream().filter(d -> d.state() == DeviceState.PENDING)
                .map(DeviceCode::userCode).reduce((a, b) -> b);
    }

    // ---- what the endpoints call ----

    DeviceCode newDeviceCode() {
        String userCode = letters(4) + "-" + letters(4);
        DeviceCode code = new DeviceCode(random("sim-dc-"), userCode, clock.instant().plus(deviceCodeLifetime),
                pollInterval, autoApprove ? DeviceState.APPROVED : DeviceState.PENDING, Instant.EPOCH);
        deviceCodes.put(code.deviceCode(), code);
        return code;
    }

    /** "ok", or the OAuth error: authorization_pending, slow_down, expired_token, access_denied, invalid_grant. */
    String poll(String deviceCode) {
        DeviceCode code = deviceCode == null ? null : deviceCodes.get(deviceCode);
        if (code == null) {
            return "invalid_grant";
        }
        Instant now = clock.instant();
        deviceCodes.put(deviceCode, code.polledAt(now));
        if (now.isAfter(code.expiresAt())) {
            return "expired_token";
        }
        if (slowDowns.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                || Duration.between(code.lastPoll(), now).compareTo(code.interval()) < 0) {
            return "slow_down";
        }
        return switch (code.state()) {
            case PENDING -> "authorization_pending";
            case DENIED -> "access_denied";
            case APPROVED -> {
                deviceCodes.remove(deviceCode); // a device code yields tokens once
                yield "ok";
            }
        };
    }

    String newAuthCode(String challenge, String redirectUri) {
        String code = random("sim-ac-");
        authCodes.put(code, new AuthCode(challenge, redirectUri, clock.instant().plusSeconds(600)));
        return code;
    }

    boolean redeemAuthCode(String code, String verifier, String redirectUri) {
        AuthCode stored = code == null ? null : authCodes.remove(code);
        return stored != null && verifier != null && clock.instant().isBefore(stored.expiresAt())
                && stored.redirectUri().equals(redirectUri) && stored.challenge().equals(Pkce.challenge(verifier));
    }

    /** Spends a refresh token: true once per issued token. */
    boolean spendRefreshToken(String token) {
        boolean spent = token != null && refreshTokens.replace(token, Boolean.TRUE, Boolean.FALSE);
        if (spent) {
            refreshes.incrementAndGet();
        }
        return spent;
    }

    /** [access, refresh, expiresInSeconds]. */
    String[] issueTokens() {
        String access = random("sim-at-");
        String refresh = random("sim-rt-");
        accessTokens.put(access, clock.instant().plus(accessTokenLifetime));
        refreshTokens.put(refresh, Boolean.TRUE);
        return new String[] {access, refresh, Long.toString(accessTokenLifetime.toSeconds())};
    }

    private void update(String userCode, DeviceState state) {
        deviceCodes.replaceAll((key, code) -> code.userCode().equals(userCode) ? code.with(state) : code);
    }

    private static String random(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String letters(int count) {
        String alphabet = "BCDFGHJKLMNPQRSTVWXZ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
