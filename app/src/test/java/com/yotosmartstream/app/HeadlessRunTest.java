package com.yotosmartstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.yotosmartstream.app.task.PoolTaskExecutor;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.streamer.StreamerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --headless}: the library and the server with no window, stopped by a call or by SIGTERM. */
class HeadlessRunTest {

    @TempDir
    Path dataDir;

    private AppServices prepare() throws StartupException {
        return Startup.prepare(LaunchOptions.parse("--headless", "--data-dir=" + dataDir), PoolTaskExecutor::new,
                () -> ThemePreference.LIGHT, false);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws Exception {
        Await.until(Duration.ofSeconds(60), condition, () -> what);
    }

    @Test
    void headlessServesUntilStoppedThenFreesTheDataFolder() throws Exception {
        AppServices services = prepare();
        services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        HeadlessRun run = new HeadlessRun(services);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(run::run);
            waitUntil(() -> services.streamer().status().running(), "the server to start");

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + services.streamer().status().port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            run.stop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Launcher.EXIT_OK);
            assertThat(services.streamer().status().running()).isFalse();
        } finally {
            runner.shutdownNow();
        }
        prepare().close();
    }

    @Test
    void aSigtermStopsAHeadlessProcessCleanly() throws Exception {
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
                "SIGTERM is a Unix signal");
        try (AppServices services = prepare()) {
            services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the app's own logging set-up (the tests' logback-test.xml would keep INFO out of the log file)
        String logging = Path.of(HeadlessRunTest.class.getResource("/logback.xml").toURI()).toString();
        Process process = new ProcessBuilder(java.toString(), "-Dlogback.configurationFile=" + logging, "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--headless", "--data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("console.txt").toFile()).start();
        Path log = dataDir.resolve("logs").resolve("yoto-smart-stream.log");
        Pattern serving = Pattern.compile("Streaming 0 tracks at (http://127\\.0\\.0\\.1:\\d+)");
        try {
            waitUntil(() -> read(log).contains("Streaming 0 tracks at") || !process.isAlive(), "the headless server");
            Matcher m = serving.matcher(read(log));
            assertThat(m.find()).as(read(dataDir.resolve("console.txt"))).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(m.group(1) + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            process.destroy(); // SIGTERM

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Stopping on request"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Streaming server stopped"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Yoto Smart Stream closed"));
        prepare().close();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
