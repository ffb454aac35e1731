package com.yotosmartstream.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceCodeSignInTest {

    private final SignInFixture fixture = new SignInFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theUserGetsACodeAndALinkToConfirmIt() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        assertThat(authorization.userCode()).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(authorization.verificationUri().toString()).startsWith(fixture.cloud.baseUri().toString());
        assertThat(authorization.verificationUriComplete().toString()).endsWith("user_code=" + authorization.userCode());
        assertThat(authorization.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(authorization.toString()).doesNotContain(authorization.deviceCode());
    }

    @Test
    void pollingWaitsWhilePendingAndReturnsTokensOnceAllowed() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        AtomicInteger polls = new AtomicInteger();
        Tokens tokens = new DeviceCodeSignIn(fixture.oauth, duration -> {
            fixture.sleeper.sleep(duration);
            if (polls.incrementAndGet() == 3) {
                fixture.cloud.auth().approve(authorization.userCode());
            }
        }, fixture.clock).awaitTokens(authorization, () -> false);

        assertThat(polls.get()).isEqualTo(3);
        assertThat(fixture.waits).containsOnly(Duration.ofSeconds(5));
        assertThat(fixture.cloud.auth().isValidAccessToken(tokens.accessToken())).isTrue();
        assertThat(tokens.expiresAt()).isAfter(fixture.clock.instant());
    }

    @Test
    void slowDownAddsFiveSecondsToTheIntervalEachTime() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        fixture.cloud.auth().slowDownNextPolls(2);
        AtomicInteger polls = new AtomicInteger();
        new DeviceCodeSignIn(fixture.oauth, duration -> {
            fixture.sleeper.sleep(duration);
            if (polls.incrementAndGet() == 4) {
                fixture.cloud.auth().approve(authorization.userCode());
            }
        }, fixture.clock).awaitTokens(authorization, () -> false);

        // poll 1 and 2 are told slow_down, so the waits before polls 2, 3 and 4 grow by five seconds each time
        assertThat(fixture.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    @Test
    void aClientPollingFasterThanTheIntervalIsToldToSlowDown() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        fixture.clock.advance(Duration.ofSeconds(5));
        assertThat(fixture.oauth.pollDeviceCode(authorization)).isInstanceOf(OAuthClient.Poll.Pending.class);
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.oauth.pollDeviceCode(authorization)).isInstanceOf(OAuthClient.Poll.SlowDown.class);
    }

    @Test
    void aDenialEndsTheSignInWithAMessageSayingWhatToDo() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        fixture.cloud.auth().deny(authorization.userCode());

        assertThatThrownBy(() -> fixture.deviceCode().awaitTokens(authorization, () -> false))
                .isInstanceOfSatisfying(SignInFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.DENIED))
                .hasMessageContaining("choose Allow");
    }

    @Test
    void aCodeNotConfirmedInTimeExpires() throws Exception {
        fixture.cloud.auth().setDeviceCodeLifetime(Duration.ofSeconds(12));
        DeviceAuthorization authorization = fixture.deviceCode().start();

        assertThatThrownBy(() -> fixture.deviceCode().awaitTokens(authorization, () -> false))
                .isInstanceOfSatisfying(SignInFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.EXPIRED))
                .hasMessageContaining("Start the sign-in again");
        assertThat(fixture.waits).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theAppCanCancelWhileWaiting() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> fixture.deviceCode().awaitTokens(authorization, () -> polls.incrementAndGet() > 2))
                .isInstanceOfSatisfying(SignInFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.CANCELLED));
    }

    @Test
    void anUnknownClientIdIsRefusedWithAHintAboutTheClientId() {
        try (SignInFixture stranger = new SignInFixture("not-registered")) {
            assertThatThrownBy(() -> stranger.deviceCode().start())
                    .isInstanceOfSatisfying(SignInFailedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.REFUSED))
                    .hasMessageContaining("client id");
        }
    }

    @Test
    void tokensYieldedOnceCannotBeClaimedAgainWithTheSameDeviceCode() throws Exception {
        DeviceAuthorization authorization = fixture.deviceCode().start();
        fixture.cloud.auth().approve(authorization.userCode());
        fixture.deviceCode().awaitTokens(authorization, () -> false);
        fixture.clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> fixture.oauth.pollDeviceCode(authorization))
                .isInstanceOf(SignInFailedException.class);
    }
}
