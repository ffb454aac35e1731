package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.task.FrameExecutor;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.mqtt.Topics;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * Dashboard benchmark (run by {@code scripts/bench.sh dashboard}, headless on Monocle): 100
 * simulated players, 1,000 messages a second through the broker and the real client, into the
 * dashboard page. Measures event-to-screen latency (publish until the tile shows it) against the
 * same messages reaching a state listener directly (the reference), and the FX thread's frame
 * intervals and batch-apply time under load against the same page idle.
 */
public final class DashboardBenchmark {

    private static final int PLAYERS = 100;
    private static final int RATE = 1000;
    private static final int SECONDS = 10;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        SimulatedHousehold household = SimulatedHousehold.start(Clock.systemUTC());
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= PLAYERS; i++) {
            String id = String.format(Locale.ROOT, "bench%03d", i);
            household.addPlayer(id, "Player " + i, "v3");
            ids.add(id);
        }
        HouseholdConnection connection = DemoHousehold.connect(household, Files.createTempDirectory("dash-bench")
                .resolve("tokens.json"), Clock.systemUTC(), MqttOptions.defaults());
        HouseholdService service = new HouseholdService(new CurrentThreadTaskExecutor());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ids.stream().allMatch(id -> connection.states().get(id).volumeStep().isPresent())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The players did not all connect");
            }
            Thread.sleep(50);
        }

        Map<String, Long> published = new ConcurrentHashMap<>();
        Map<String, Long> onScreen = new ConcurrentHashMap<>();
        Map<String, Long> direct = new ConcurrentHashMap<>();
        connection.states().addListener(Runnable::run, changed -> changed.values().forEach(s ->
                s.text(PlayerField.TRACK_TITLE).ifPresent(t -> direct.putIfAbsent(t, System.nanoTime()))));
        FrameStats frames = new FrameStats();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            service.start(() -> connection);
            FrameExecutor frameExecutor = new FrameExecutor();
            DashboardViewModel viewModel = new DashboardViewModel(service, Clock.systemUTC(), Platform::runLater,
                    job -> frameExecutor.execute(() -> frames.timed(job)));
            for (PlayerTileViewModel tile : viewModel.tiles()) {
                tile.chapterTextProperty().addListener((obs, old, text) -> {
                    int m = text.lastIndexOf('m');
                    if (m >= 0) {
                        onScreen.putIfAbsent(text.substring(m), System.nanoTime());
                    }
                });
            }
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            Stage stage = new Stage();
            Scene scene = new Scene(new DashboardPage(viewModel, () -> { }, tile -> null).view(), 1280, 800);
            scene.getStylesheets().add(DashboardPage.class.getResource("/com/yotosmartstream/app/ui/app.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            frames.start();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(2000);
        FrameStats.Summary idle = frames.measure(Duration(3));

        Thread loadThread = new com.yotosmartstream.core.task.NamedThreadFactory("bench-load").newThread(() -> {
            long start = System.nanoTime();
            for (int n = 0; n < RATE * SECONDS; n++) {
                long due = start + n * (1_000_000_000L / RATE);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                String title = "m" + n;
                published.put(title, System.nanoTime());
                household.broker().publish(Topics.of(ids.get(n % PLAYERS), Topics.Kind.EVENTS),
                        ("{\"trackTitle\":\"" + title + "\",\"position\":" + n + "}").getBytes(StandardCharsets.UTF_8));
            }
        });
        loadThread.start();
        FrameStats.Summary loaded = frames.measure(Duration(SECONDS - 1));
        loadThread.join();
        Thread.sleep(2000);

        long[] screen = latencies(published, onScreen);
        long[] reference = latencies(published, direct);
        String report = String.format(Locale.ROOT, "dashboard, %d players, %d msg/s for %d s:%n"
                + "event-to-screen: %d of %d messages shown (the rest coalesced), median %.2f ms, p99 %.2f ms%n"
                + "reference (state listener, no FX): median %.2f ms, p99 %.2f ms; median ratio %.2f%n"
                + "frame interval: idle p50 %.2f ms p99 %.2f ms; loaded p50 %.2f ms p99 %.2f ms (ratio p99 %.2f)%n"
                + "batch apply per frame under load: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                PLAYERS, RATE, SECONDS, screen.length, published.size(), pct(screen, 50), pct(screen, 99),
                pct(reference, 50), pct(reference, 99), pct(screen, 50) / pct(reference, 50),
                idle.intervalP50(), idle.intervalP99(), loaded.intervalP50(), loaded.intervalP99(),
                loaded.intervalP99() / idle.intervalP99(), loaded.applyP50(), loaded.applyP99(), loaded.applyMax());
        LoggerFactory.getLogger(DashboardBenchmark.class).warn("\n{}", report);
        Platform.runLater(service::close);
        Thread.sleep(500);
        Platform.exit();
        System.exit(0);
    }

    private static java.time.Duration Duration(int seconds) {
        return java.time.Duration.ofSeconds(seconds);
    }

    private static long[] latencies(Map<String, Long> published, Map<String, Long> seen) {
        return seen.entrySet().stream().filter(e -> published.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - published.get(e.getKey())).toArray();
    }

    private static double pct(long[] nanos, int p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }

    /** Frame intervals (from an animation timer) and the time batches took on the FX thread. */
    private static final class FrameStats {
        private final List<Long> intervals = new ArrayList<>();
        private final List<Long> applies = new ArrayList<>();
        private long last;
        private long applyThisFrame;
        private volatile boolean recording;

        void start() {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (recording && last != 0) {
                        synchronized (FrameStats.this) {
                            intervals.add(now - last);
                            applies.add(applyThisFrame);
                        }
                    }
                    applyThisFrame = 0;
                    last = now;
                }
            }.start();
        }

        void timed(Runnable job) {
            long t0 = System.nanoTime();
            job.run();
            applyThisFrame += System.nanoTime() - t0;
        }

        record Summary(double intervalP50, double intervalP99, double applyP50, double applyP99, double applyMax) {
        }

        Summary measure(java.time.Duration duration) throws InterruptedException {
            synchronized (this) {
                intervals.clear();
                applies.clear();
            }
            recording = true;
            Thread.sleep(duration.toMillis());
            recording = false;
            synchronized (this) {
                long[] i = intervals.stream().mapToLong(Long::longValue).toArray();
                long[] a = applies.stream().mapToLong(Long::longValue).toArray();
                return new Summary(pct(i, 50), pct(i, 99), pct(a, 50), pct(a, 99),
                        Arrays.stream(a).max().orElse(0) / 1e6);
            }
        }
    }
}
