package com.yotosmartstream.icons.library;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.sim.CloudEmulator;
import com.yotosmartstream.client.sim.RestRoutes;
import com.yotosmartstream.client.sim.SimulatedAccount;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The simulated Yoto cloud on a free loopback port, signed in to through the real client. */
public final class SimulatedCloud implements AutoCloseable {

    public final SimulatedAccount account = new SimulatedAccount();
    public final CloudEmulator cloud = CloudEmulator.start(Clock.systemUTC(), new RestRoutes(account));
    public final YotoApi api;

    public SimulatedCloud(Path temp) throws Exception {
        YotoConfig config = cloud.config(URI.create("tcp://127.0.0.1:1"));
        HttpClient http = new HttpClient(new NetHttpTransport(), Sleeper.REAL, Clock.systemUTC());
        OAuthClient oauth = new OAuthClient(config, http, Clock.systemUTC());
        TokenManager tokens = new TokenManager(oauth, new TokenStore(temp.resolve("tokens.json")), Clock.systemUTC(),
                TokenManager.DEFAULT_MARGIN);
        cloud.auth().setAutoApprove(true);
        cloud.auth().setPollInterval(Duration.ofMillis(20));
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, Sleeper.REAL, Clock.systemUTC());
        DeviceAuthorization authorization = signIn.start();
        tokens.signedIn(signIn.awaitTokens(authorization, () -> false));
        api = new YotoApi(config, http, tokens);
    }

    @Override
    public void close() {
        cloud.close();
    }
}
