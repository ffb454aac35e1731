package com.yotosmartstream.client.auth;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.sim.CloudEmulator;
import com.yotosmartstream.client.sim.ManualClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real OAuth client against the cloud emulator, sharing one manual clock. */
final class SignInFixture implements AutoCloseable {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    final CloudEmulator cloud = CloudEmulator.start(clock);
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = duration -> {
        waits.add(duration);
        clock.advance(duration);
    };
    final OAuthClient oauth;

    SignInFixture() {
        this(CloudEmulator.CLIENT_ID);
    }

    SignInFixture(String clientId) {
        var config = cloud.config(URI.create("tcp://127.0.0.1:1"));
        config = new com.yotosmartstream.client.YotoConfig(config.authBase(), config.apiBase(), config.mqttUri(),
                clientId, config.audience(), config.scopes());
        oauth = new OAuthClient(config, new HttpClient(new NetHttpTransport(), sleeper, clock), clock);
    }

    DeviceCodeSignIn deviceCode() {
        return new DeviceCodeSignIn(oauth, sleeper, clock);
    }

    TokenManager manager(Path tokenFile) {
        return new TokenManager(oauth, new TokenStore(tokenFile), clock, TokenManager.DEFAULT_MARGIN);
    }

    /** Signs in through the device-code flow, approving at once. */
    Tokens signIn() throws Exception {
        DeviceAuthorization authorization = deviceCode().start();
        cloud.auth().approve(authorization.userCode());
        return deviceCode().awaitTokens(authorization, () -> false);
    }

    @Override
    public void close() {
        cloud.close();
    }
}
