package com.yotosmartstream.client.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.sim.ManualClock;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficRecorderTest {

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T08:15:30Z"));
    /** The writer: jobs wait here until the test runs them, as a busy serial executor would hold them. */
    private final Queue<Runnable> jobs = new ArrayDeque<>();
    private final Executor writer = jobs::add;

    private void runJobs() {
        Runnable job;
        while ((job = jobs.poll()) != null) {
            job.run();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<TrafficLine> read(Path file) throws Exception {
        return TrafficFormat.readAll(new StringReader(Files.readString(file)));
    }

    @Test
    void theTapOnlyQueuesAndTheWriterRedactsAndWrites() throws Exception {
        TrafficRecorder recorder = TrafficRecorder.start(temp.resolve("diagnostics"), "0.9.1", clock, writer);

        recorder.mqttIn("device/y23IBS76kCaOSrGlz29XhIFO/status", utf8("{\"status\":{\"ssid\":\"Home Net 5G\"}}"));

        assertThat(Files.size(recorder.file())).as("nothing written on the caller's thread").isZero();
        assertThat(recorder.stats().lines()).isZero();
        runJobs();
        List<TrafficLine> lines = read(recorder.file());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).topic()).isEqualTo("device/DEVICE_1/status");
        assertThat(lines.get(0).at()).isEqualTo(Instant.parse("2026-12-07T08:15:30Z"));
        assertThat(lines.get(0).source()).isEqualTo("recorded: Yoto Smart Stream 0.9.1 2026-12-07");
        assertThat(Files.readString(recorder.file())).doesNotContain("Home Net", "y23IBS76kCaOSrGlz29XhIFO");
        assertThat(recorder.stats().lines()).isEqualTo(1);
        assertThat(recorder.stats().bytes()).isEqualTo(Files.size(recorder.file()));
    }

    @Test
    void theFileIsNamedByItsStartAndReadableByItsOwnerAlone() throws Exception {
        Path folder = temp.resolve("diagnostics");
        TrafficRecorder first = TrafficRecorder.start(folder, "1", clock, writer);
        TrafficRecorder second = TrafficRecorder.start(folder, "1", clock, writer);

        assertThat(first.file().getFileName().toString()).isEqualTo("traffic-2026-12-07-081530.jsonl");
        assertThat(second.file().getFileName().toString()).isEqualTo("traffic-2026-12-07-081530-2.jsonl");
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void restBodiesAreKeptAsJsonAndPicturesOnlyBySize() throws Exception {
        TrafficRecorder recorder = TrafficRecorder.start(temp, "1", clock, writer);

        recorder.restOut("GET", "/content/mine", null, null);
        recorder.restIn("GET", "/content/mine", 200, "{\"cards\":[]}");
        recorder.restOut("POST", "/media/coverImage/user/me/upload?coverType=default", new byte[] {(byte) 0x89, 'P',
            'N', 'G'}, "image/png");
        recorder.restIn("GET", "/x", 502, "<html>Bad gateway</html>");
        runJobs();

        List<TrafficLine> lines = read(recorder.file());
        assertThat(lines.get(0).payload().isJsonNull()).isTrue();
        assertThat(lines.get(0).status()).isNull();
        assertThat(lines.get(1).status()).isEqualTo(200);
        assertThat(lines.get(1).payload().getAsJsonObject().getAsJsonArray("cards")).isEmpty();
        assertThat(lines.get(2).payload().getAsString()).isEqualTo("(4 bytes of image/png, not recorded)");
        assertThat(lines.get(3).payload().getAsString()).isEqualTo("<html>Bad gateway</html>");
        assertThat(lines).extracting(TrafficLine::seq).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aWriterThatFallsBehindDropsAndCountsRatherThanHolding() throws Exception {
        TrafficRecorder recorder = TrafficRecorder.start(temp, "1", clock, writer);

        for (int i = 0; i < TrafficRecorder.MAX_QUEUED + 3; i++) {
            recorder.mqttIn("device/abcdef/data/events", utf8("{\"volume\":" + (i % 16) + "}"));
        }
        assertThat(jobs).as("one drain job, however many messages").hasSize(1);
        runJobs();

        assertThat(recorder.stats().lines()).isEqualTo(TrafficRecorder.MAX_QUEUED);
        assertThat(recorder.stats().dropped()).isEqualTo(3);
        recorder.mqttIn("device/abcdef/data/events", utf8("{}"));
        runJobs();
        assertThat(recorder.stats().lines()).as("room again once written").isEqualTo(TrafficRecorder.MAX_QUEUED + 1);
    }

    @Test
    void stoppingWritesWhatIsQueuedClosesTheFileAndIgnoresLaterTraffic() throws Exception {
        TrafficRecorder recorder = TrafficRecorder.start(temp, "1", clock, writer);
        List<TrafficRecorder.Stats> told = new CopyOnWriteArrayList<>();
        recorder.onChange(told::add);
        recorder.mqttOut("device/abcdef/command/card/stop", new byte[0]);

        var stopped = recorder.stop();
        recorder.mqttIn("device/abcdef/data/events", utf8("{\"volume\":3}"));
        assertThat(stopped).isNotDone();
        runJobs();

        assertThat(stopped).isDone();
        assertThat(stopped.get().open()).isFalse();
        assertThat(stopped.get().lines()).isEqualTo(1);
        assertThat(read(recorder.file())).hasSize(1);
        assertThat(told).last().satisfies(stats -> assertThat(stats.open()).isFalse());
        assertThat(told.get(0).lines()).isEqualTo(1);
        recorder.mqttIn("device/abcdef/data/events", utf8("{\"volume\":4}"));
        runJobs();
        assertThat(read(recorder.file())).hasSize(1);
    }

    @Test
    void aMessageNoLineCanHoldIsSkippedAndTheRecordingGoesOn() throws Exception {
        TrafficRecorder recorder = TrafficRecorder.start(temp, "1", clock, writer);

        recorder.mqttIn("", utf8("{}"));
        recorder.mqttIn("device/abcdef/data/events", utf8("{\"volume\":3}"));
        runJobs();

        assertThat(read(recorder.file())).hasSize(1);
        assertThat(recorder.stats().dropped()).isEqualTo(1);
        assertThat(recorder.stats().open()).isTrue();
        assertThat(recorder.stats().problem()).isEmpty();
    }
}
