package com.yotosmartstream.client.mqtt;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.RecordedPlayer;
import com.yotosmartstream.client.sim.SimulatedBroker;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.traffic.TrafficLine;
import com.yotosmartstream.client.traffic.TrafficReplay;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A simulated household and the real client signed in to it: cloud emulator, MQTT broker and
 * virtual players over real sockets, all on free ports, with one manual clock.
 */
final class HouseholdFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    final SimulatedHousehold household;
    final YotoConfig config;
    final Sleeper sleeper = clock.sleeper();
    final HttpClient http = new HttpClient(new NetHttpTransport(), sleeper, clock);
    final TokenManager tokens;
    final PlayerStates states = new PlayerStates(clock, Duration.ofMinutes(11));
    private YotoMqtt mqtt;

    HouseholdFixture(Path temp) throws Exception {
        this(temp, null);
    }

    /** With {@code tls}, the broker also speaks WebSocket over TLS and the client uses it. */
    HouseholdFixture(Path temp, SimulatedBroker.Tls tls) throws Exception {
        household = tls == null ? SimulatedHousehold.start(clock) : SimulatedHousehold.startWithTls(clock, tls);
        config = household.config();
        OAuthClient oauth = new OAuthClient(config, http, clock);
        tokens = new TokenManager(oauth, new TokenStore(temp.resolve("tokens.json")), clock,
                TokenManager.DEFAULT_MARGIN);
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
        DeviceAuthorization authorization = signIn.start();
        household.auth().approve(authorization.userCode());
        tokens.signedIn(signIn.awaitTokens(authorization, () -> false));
    }

    static MqttOptions fastOptions() {
        return MqttOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .withCommandTimeout(Duration.ofSeconds(3)).withStatusReplyTimeout(Duration.ofSeconds(2))
                .withSilenceCheck(Duration.ofMillis(100));
    }

    YotoMqtt connect(String... deviceIds) {
        return connect(fastOptions(), deviceIds);
    }

    YotoMqtt connect(MqttOptions options, String... deviceIds) {
        return connect(options, null, deviceIds);
    }

    YotoMqtt connect(MqttOptions options, javax.net.ssl.SSLSocketFactory trust, String... deviceIds) {
        mqtt = new YotoMqtt(config.mqttUri(), tokens, states, options, trust);
        mqtt.connect(List.of(deviceIds));
        return mqtt;
    }

    /**
     * Replays traffic (a corpus file or a recording) onto recorded players, one per device of the
     * file, through the simulated broker to a client connected to them. {@code connected} sees the
     * client before the first line; {@code after} sees each incoming line once the client has dealt
     * with it.
     *
     * @return each recorded device id and the player it was replayed onto
     */
    Map<String, String> replayOntoRecordedPlayers(TrafficReplay replay, Consumer<YotoMqtt> connected,
            BiConsumer<TrafficLine, Map<String, String>> after) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < replay.deviceIds().size(); i++) {
            RecordedPlayer player = household.addRecordedPlayer("y1replay" + i, "Replayed " + i, "mini");
            ids.add(player.deviceId());
        }
        YotoMqtt client = connect(ids.toArray(String[]::new));
        await(() -> ids.stream().allMatch(id -> client.connectionStatus(id).map(ConnectionStatus::connected)
                .orElse(false)), "the client to connect");
        connected.accept(client);
        Map<String, String> map = replay.mapOnto(ids);
        int published = replay.replay(map, new TrafficReplay.Target() {
            private long expected = client.stats().handled();

            @Override
            public void publish(String topic, byte[] payload) {
                household.broker().publish(topic, payload);
            }

            @Override
            public void elapse(Duration gap) {
                clock.advance(gap);
            }

            @Override
            public void published(TrafficLine line) {
                expected++;
                await(() -> client.stats().handled() >= expected, "line " + line.seq());
                after.accept(line, map);
            }
        });
        if (published != replay.incoming().size()) {
            throw new AssertionError("Published " + published + " of " + replay.incoming().size() + " lines");
        }
        return map;
    }

    /** Waits (in real time) until the player's state satisfies the condition. */
    PlayerState awaitState(String deviceId, Predicate<PlayerState> condition) {
        await(() -> condition.test(states.get(deviceId)), "player " + deviceId + " to reach the expected state; it is "
                + "now " + states.get(deviceId).reportedFields());
        return states.get(deviceId);
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        if (mqtt != null) {
            mqtt.close();
        }
        household.close();
    }
}
