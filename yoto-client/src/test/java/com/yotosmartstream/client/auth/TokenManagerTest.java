package com.yotosmartstream.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenManagerTest {

    @TempDir
    Path temp;

    private final SignInFixture fixture = new SignInFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path tokenFile() {
        return temp.resolve("yoto-tokens.json");
    }

    @Test
    void aFreshTokenIsUsedAsItIs() throws Exception {
        TokenManager manager = fixture.manager(tokenFile());
        Tokens tokens = fixture.signIn();
        manager.signedIn(tokens);

        assertThat(manager.accessToken()).isEqualTo(tokens.accessToken());
        assertThat(fixture.cloud.auth().refreshCount()).isZero();
    }

    @Test
    void anHourBeforeExpiryTheTokensAreRenewedAndTheRotatedOnesSaved() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofHours(3));
        TokenManager manager = fixture.manager(tokenFile());
        Tokens first = fixture.signIn();
        manager.signedIn(first);

        fixture.clock.advance(Duration.ofMinutes(121));
        String renewed = manager.accessToken();

        assertThat(renewed).isNotEqualTo(first.accessToken());
        assertThat(fixture.cloud.auth().isValidAccessToken(renewed)).isTrue();
        assertThat(fixture.cloud.auth().refreshCount()).isEqualTo(1);
        Tokens saved = new TokenStore(tokenFile()).load().orElseThrow();
        assertThat(saved.accessToken()).isEqualTo(renewed);
        assertThat(saved.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> fixture.oauth.refresh(first.refreshToken()))
                .as("the old refresh token was single-use")
                .isInstanceOf(SignInRequiredException.class);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofMinutes(30)); // inside the margin at once
        TokenManager manager = fixture.manager(tokenFile());
        manager.signedIn(fixture.signIn());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            String rejected = manager.accessTokenWithoutRenewal(); // the token all 8 requests carried and got 401 for
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<String>) () -> {
                    go.await();
                    return manager.renewAfterRejection(rejected);
                }));
            }
            go.countDown();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> result : results) {
                tokens.add(result.get());
            }
            assertThat(tokens).hasSize(1);
            assertThat(fixture.cloud.auth().refreshCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCallersNearExpiryShareOneRefresh() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofMinutes(30));
        TokenManager manager = fixture.manager(tokenFile());
        manager.signedIn(fixture.signIn());
        fixture.clock.advance(Duration.ofMinutes(16)); // past half of its life: due for renewal

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<String>) () -> {
                    go.await();
                    return manager.accessToken();
                }));
            }
            go.countDown();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> result : results) {
                tokens.add(result.get());
            }
            assertThat(fixture.cloud.auth().refreshCount()).isEqualTo(1);
            assertThat(tokens).singleElement().satisfies(t -> assertThat(fixture.cloud.auth().isValidAccessToken(t)).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shortLivedTokensAreRenewedHalfWayNotOnEveryUse() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofMinutes(30)); // shorter than the one-hour margin
        TokenManager manager = fixture.manager(tokenFile());
        Tokens first = fixture.signIn();
        manager.signedIn(first);

        fixture.clock.advance(Duration.ofMinutes(14));
        assertThat(manager.accessToken()).isEqualTo(first.accessToken());
        fixture.clock.advance(Duration.ofMinutes(2));
        String renewed = manager.accessToken();
        assertThat(manager.accessToken()).isEqualTo(renewed);
        assertThat(manager.accessToken()).isEqualTo(renewed);

        assertThat(renewed).isNotEqualTo(first.accessToken());
        assertThat(fixture.cloud.auth().refreshCount()).isEqualTo(1);
    }

    @Test
    void aRejectedTokenIsRenewedOnceEvenWhenReportedTwice() throws Exception {
        TokenManager manager = fixture.manager(tokenFile());
        Tokens first = fixture.signIn();
        manager.signedIn(first);
        fixture.cloud.auth().expireAccessTokens();

        String renewed = manager.renewAfterRejection(first.accessToken());
        String again = manager.renewAfterRejection(first.accessToken());

        assertThat(again).isEqualTo(renewed);
        assertThat(fixture.cloud.auth().isValidAccessToken(renewed)).isTrue();
        assertThat(fixture.cloud.auth().refreshCount()).isEqualTo(1);
    }

    @Test
    void aCrashWhileSavingLeavesThePreviousTokensIntact() throws Exception {
        TokenStore store = new TokenStore(tokenFile());
        Tokens first = fixture.signIn();
        store.save(first);
        store.beforeReplace(written -> {
            throw new IOException("power cut (simulated)");
        });

        assertThatThrownBy(() -> store.save(fixture.signIn())).hasMessageContaining("power cut");

        TokenStore afterRestart = new TokenStore(tokenFile());
        assertThat(afterRestart.load()).contains(first);
        try (var files = java.nio.file.Files.list(temp)) {
            assertThat(files).containsExactly(tokenFile());
        }
    }

    @Test
    void aRefreshThatCouldNotBeSavedStillServesThisSession() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofMinutes(30));
        TokenStore failing = new TokenStore(tokenFile());
        TokenManager manager = new TokenManager(fixture.oauth, failing, fixture.clock, TokenManager.DEFAULT_MARGIN);
        manager.signedIn(fixture.signIn());
        fixture.clock.advance(Duration.ofMinutes(16));
        failing.beforeReplace(written -> {
            throw new IOException("disk full (simulated)");
        });

        String renewed = manager.accessToken();

        assertThat(fixture.cloud.auth().isValidAccessToken(renewed)).isTrue();
        assertThat(manager.accessTokenWithoutRenewal()).isEqualTo(renewed);
    }

    @Test
    void afterACrashBetweenRefreshAndSaveTheAppAsksToSignInAgain() throws Exception {
        fixture.cloud.auth().setAccessTokenLifetime(Duration.ofMinutes(30));
        TokenStore store = new TokenStore(tokenFile());
        TokenManager before = new TokenManager(fixture.oauth, store, fixture.clock, TokenManager.DEFAULT_MARGIN);
        before.signedIn(fixture.signIn());
        fixture.clock.advance(Duration.ofMinutes(16));
        store.beforeReplace(written -> {
            throw new IOException("the app was killed (simulated)");
        });
        before.accessToken(); // refreshed at Yoto; the new tokens never reached the disk

        TokenManager afterRestart = fixture.manager(tokenFile());
        List<Boolean> signedIn = new ArrayList<>();
        afterRestart.addListener(signedIn::add);
        assertThat(afterRestart.isSignedIn()).isTrue();

        assertThatThrownBy(afterRestart::accessToken)
                .isInstanceOf(SignInRequiredException.class)
                .hasMessageContaining("Sign in again")
                .hasMessageNotContaining("sim-rt-");
        assertThat(afterRestart.isSignedIn()).isFalse();
        assertThat(signedIn).containsExactly(false);
        assertThat(tokenFile()).doesNotExist();
    }

    @Test
    void withoutASignInTheManagerSaysHowToSignIn() {
        TokenManager manager = fixture.manager(tokenFile());
        assertThat(manager.isSignedIn()).isFalse();
        assertThatThrownBy(manager::accessToken).isInstanceOf(SignInRequiredException.class)
                .hasMessageContaining("Sign in");
    }

    @Test
    void signingOutForgetsTheSavedTokens() throws Exception {
        TokenManager manager = fixture.manager(tokenFile());
        manager.signedIn(fixture.signIn());
        assertThat(tokenFile()).exists();
        manager.signOut();
        assertThat(tokenFile()).doesNotExist();
        assertThat(fixture.manager(tokenFile()).isSignedIn()).isFalse();
    }
}
