package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonParser;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.sim.SimulatedBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * MQTT benchmark (run by {@code scripts/bench.sh}, not by {@code mvn test}). Each figure comes
 * with a reference measured in the same run, so the ratio means something on any machine:
 * <ul>
 * <li>parse + merge throughput of the client's router and state store, against Gson parsing the
 *     same payloads alone;</li>
 * <li>publish-to-listener latency through the simulated broker and the real client, against a bare
 *     Paho client subscribed to the same topics.</li>
 * </ul>
 */
public final class MqttBenchmark {

    private static final int WARMUP_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        for (int players : new int[] {1, 100}) {
            report.append(throughput(players));
        }
        for (int players : new int[] {1, 100}) {
            report.append(latency(players));
        }
        String text = report.toString();
        org.slf4j.LoggerFactory.getLogger(MqttBenchmark.class).warn("\n{}", text);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), text);
        }
    }

    // ---- parse + merge, in process ----

    private static String throughput(int players) {
        int messages = 200_000;
        List<String> ids = ids(players);
        byte[][] payloads = new byte[messages][];
        String[] topics = new String[messages];
        for (int i = 0; i < messages; i++) {
            topics[i] = Topics.of(ids.get(i % players), Topics.Kind.EVENTS);
            payloads[i] = ("{\"position\":" + i + ",\"playbackStatus\":\"playing\",\"eventUtc\":" + (1_700_000_000 + i)
                    + (i % 10 == 0 ? ",\"volume\":" + (i % 17) : "") + "}").getBytes(StandardCharsets.UTF_8);
        }
        double ours = 0;
        double reference = 0;
        for (int round = 0; round <= WARMUP_ROUNDS; round++) {
            PlayerStates states = new PlayerStates(java.time.Clock.systemUTC(), Duration.ofMinutes(11));
            states.addListener(Runnable::run, changed -> { });
            MessageRouter router = new MessageRouter(states, new MessageStats(), Duration.ofSeconds(2));
            MessageRouter.Responses none = new MessageRouter.Responses() {
                @Override
                public void answer(com.google.gson.JsonObject status) {
                }

                @Override
                public void statusArrived() {
                }
            };
            long t0 = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                router.route(topics[i], payloads[i], none).ifPresent(Runnable::run);
            }
            long t1 = System.nanoTime();
            int sink = 0;
            for (int i = 0; i < messages; i++) {
                sink += JsonParser.parseString(new String(payloads[i], StandardCharsets.UTF_8)).getAsJsonObject().size();
            }
            long t2 = System.nanoTime();
            if (sink == 42) {
                throw new IllegalStateException();
            }
            ours = messages / ((t1 - t0) / 1e9);
            reference = messages / ((t2 - t1) / 1e9);
        }
        return String.format(Locale.ROOT, "throughput players=%d: parse+merge %.0f msg/s; Gson parse alone %.0f msg/s;"
                + " ratio %.2f%n", players, ours, reference, reference / ours);
    }

    // ---- publish to listener, over the broker ----

    private static String latency(int players) throws Exception {
        try (var bench = new HouseholdBench(players)) {
            bench.run(2); // warm-up
            long[] ours = bench.run(players == 1 ? 2000 : 20);
            long[] bare = bench.runBare(players == 1 ? 2000 : 20);
            return String.format(Locale.ROOT, "latency players=%d (%d samples): client median %.2f ms, p99 %.2f ms;"
                    + " bare Paho median %.2f ms, p99 %.2f ms; median ratio %.2f%n", players, ours.length,
                    percentile(ours, 50), percentile(ours, 99), percentile(bare, 50), percentile(bare, 99),
                    percentile(ours, 50) / percentile(bare, 50));
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<String> ids(int players) {
        return IntStream.rangeClosed(1, players).mapToObj(i -> String.format("b%03dbench", i)).toList();
    }

    /** A simulated household, the real client connected to it, and bare Paho clients beside it. */
    private static final class HouseholdBench implements AutoCloseable {
        private final HouseholdFixture fixture;
        private final List<String> ids;
        private final YotoMqtt mqtt;
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final Map<String, Long> bareSeen = new ConcurrentHashMap<>();
        private final List<MqttAsyncClient> bare = new ArrayList<>();
        private volatile CountDownLatch pending = new CountDownLatch(0);
        private volatile CountDownLatch barePending = new CountDownLatch(0);
        private int sequence;

        HouseholdBench(int players) throws Exception {
            fixture = new HouseholdFixture(Files.createTempDirectory("yss-bench"));
            ids = ids(players);
            ids.forEach(id -> fixture.household.addPlayer(id, id, "v3"));
            mqtt = fixture.connect(ids.toArray(String[]::new));
            HouseholdFixture.await(() -> ids.stream().allMatch(id -> fixture.states.get(id).volumeStep().isPresent()),
                    "every player");
            fixture.states.addListener(Runnable::run, changed -> changed.forEach((id, state) -> state.text(
                    com.yotosmartstream.client.player.PlayerField.TRACK_TITLE).ifPresent(title -> {
                        if (seen.putIfAbsent(title, System.nanoTime()) == null) {
                            pending.countDown();
                        }
                    })));
            for (String id : ids) {
                bare.add(bareClient(id));
            }
        }

        private MqttAsyncClient bareClient(String id) throws Exception {
            MqttAsyncClient client = new MqttAsyncClient(fixture.config.mqttUri().toString(),
                    "bare" + id, new MemoryPersistence());
            client.setCallback(new MqttCallback() {
                @Override
                public void connectionLost(Throwable cause) {
                }

                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    String text = new String(message.getPayload(), StandardCharsets.UTF_8);
                    int start = text.indexOf("\"trackTitle\":\"") + 14;
                    String title = text.substring(start, text.indexOf('"', start));
                    if (bareSeen.putIfAbsent(title, System.nanoTime()) == null) {
                        barePending.countDown();
                    }
                }

                @Override
                public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
                }
            });
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName(id + PlayerConnection.AUTHORIZER);
            options.setPassword(fixture.tokens.accessToken().toCharArray());
            options.setMaxInflight(1000);
            client.connect(options).waitForCompletion(10_000);
            client.subscribe(Topics.of(id, Topics.Kind.EVENTS), 1).waitForCompletion(10_000);
            return client;
        }

        /** Publishes {@code perPlayer} messages to every player, paced, and returns each one's latency. */
        long[] run(int perPlayer) throws InterruptedException {
            pending = new CountDownLatch(perPlayer * ids.size());
            barePending = new CountDownLatch(perPlayer * ids.size());
            return publish(perPlayer, seen, pending);
        }

        long[] runBare(int perPlayer) throws InterruptedException {
            return run(perPlayer, bareSeen);
        }

        private long[] run(int perPlayer, Map<String, Long> which) throws InterruptedException {
            pending = new CountDownLatch(perPlayer * ids.size());
            barePending = new CountDownLatch(perPlayer * ids.size());
            return publish(perPlayer, which, which == seen ? pending : barePending);
        }

        private long[] publish(int perPlayer, Map<String, Long> which, CountDownLatch latch) throws InterruptedException {
            SimulatedBroker broker = fixture.household.broker();
            Map<String, Long> sent = new ConcurrentHashMap<>();
            for (int round = 0; round < perPlayer; round++) {
                for (String id : ids) {
                    String title = "m" + (sequence++);
                    sent.put(title, System.nanoTime());
                    broker.publish(Topics.of(id, Topics.Kind.EVENTS),
                            ("{\"trackTitle\":\"" + title + "\"}").getBytes(StandardCharsets.UTF_8));
                }
                Thread.sleep(ids.size() == 1 ? 1 : 20);
            }
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Messages were lost: " + latch.getCount() + " missing");
            }
            return sent.entrySet().stream().mapToLong(e -> which.get(e.getKey()) - e.getValue()).toArray();
        }

        @Override
        public void close() {
            for (MqttAsyncClient client : bare) {
                try {
                    client.disconnectForcibly(0, 1000);
                    client.close();
                } catch (Exception e) {
                    // closing anyway
                }
            }
            mqtt.close();
            fixture.close();
        }
    }
}
