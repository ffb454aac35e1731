package com.yotosmartstream.client.api;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.sim.CloudEmulator;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.RestRoutes;
import com.yotosmartstream.client.sim.SimulatedAccount;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real client signed in to a simulated cloud on a free port: the waits it asked for are
 * recorded (and move the shared clock) instead of being slept.
 */
final class ApiFixture implements AutoCloseable {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        waits.add(d);
        clock.advance(d);
    };
    final SimulatedAccount account = new SimulatedAccount();
    final CloudEmulator cloud = CloudEmulator.start(clock, new RestRoutes(account));
    final YotoConfig config = cloud.config(URI.create("tcp://127.0.0.1:1"));
    final HttpClient http = new HttpClient(new NetHttpTransport(), sleeper, clock);
    final TokenManager tokens;
    final YotoApi api;

    ApiFixture(Path temp) throws Exception {
        OAuthClient oauth = new OAuthClient(config, http, clock);
        tokens = new TokenManager(oauth, new TokenStore(temp.resolve("tokens.json")), clock,
                TokenManager.DEFAULT_MARGIN);
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
        DeviceAuthorization authorization = signIn.start();
        cloud.auth().approve(authorization.userCode());
        tokens.signedIn(signIn.awaitTokens(authorization, () -> false));
        waits.clear();
        api = new YotoApi(config, http, tokens);
    }

    @Override
    public void close() {
        cloud.close();
    }
}
