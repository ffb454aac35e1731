package com.yotosmartstream.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.traffic.TrafficFormat;
import com.yotosmartstream.client.traffic.TrafficLine;
import com.yotosmartstream.client.traffic.TrafficSwitch;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Diagnostics view model with background work and FX jobs on the calling thread. */
class DiagnosticsViewModelTest {

    @TempDir
    Path temp;

    private final TrafficSwitch traffic = new TrafficSwitch();
    private final AtomicInteger askedForStatus = new AtomicInteger();
    private DiagnosticsViewModel inTemp() {
        return new DiagnosticsViewModel(temp.resolve("diagnostics"), "2.0.0", traffic, new CurrentThreadTaskExecutor(),
                Runnable::run, Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC),
                askedForStatus::incrementAndGet);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void startingAttachesARecorderThatCountsWhatItWrites() throws Exception {
        DiagnosticsViewModel diagnostics = inTemp();
        assertThat(diagnostics.summaryProperty().get()).isEqualTo("Not recording.");

        diagnostics.start();
        traffic.mqttIn("device/y23IBS76kCaOSrGlz29XhIFO/data/events", utf8("{\"volume\":6,\"volumeMax\":13}"));

        assertThat(traffic.attached()).isTrue();
        assertThat(askedForStatus).as("players asked for their whole state").hasValue(1);
        assertThat(diagnostics.recordingProperty().get()).isTrue();
        Path file = Path.of(diagnostics.fileProperty().get());
        assertThat(file.getParent()).isEqualTo(temp.resolve("diagnostics"));
        assertThat(file.getFileName().toString()).isEqualTo("traffic-2026-12-07-070000.jsonl");
        assertThat(diagnostics.summaryProperty().get()).isEqualTo("Recording: 1 message, " + Files.size(file)
                + " bytes so far.");
    }

    @Test
    void stoppingDetachesClosesTheFileAndSaysWhatWasRecorded() throws Exception {
        DiagnosticsViewModel diagnostics = inTemp();
        diagnostics.start();
        traffic.mqttOut("device/abcdef123/command/card/stop", new byte[0]);
        traffic.restIn("GET", "/device-v2/devices/mine", 200, "{\"devices\":[]}");

        diagnostics.stop();
        traffic.mqttIn("device/abcdef123/data/events", utf8("{}"));

        assertThat(traffic.attached()).isFalse();
        assertThat(diagnostics.recordingProperty().get()).isFalse();
        assertThat(diagnostics.busyProperty().get()).isFalse();
        Path file = Path.of(diagnostics.fileProperty().get());
        List<TrafficLine> lines = TrafficFormat.readAll(new StringReader(Files.readString(file)));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).topic()).isEqualTo("device/DEVICE_1/command/card/stop");
        assertThat(diagnostics.summaryProperty().get()).startsWith("Recorded 2 messages, ");
    }

    @Test
    void closingTheAppEndsTheRecording() throws Exception {
        DiagnosticsViewModel diagnostics = inTemp();
        diagnostics.start();
        traffic.mqttIn("device/abcdef123/data/events", utf8("{\"volume\":1}"));

        diagnostics.close();
        traffic.mqttIn("device/abcdef123/data/events", utf8("{\"volume\":2}"));

        assertThat(traffic.attached()).isFalse();
        Path file = Path.of(diagnostics.fileProperty().get());
        assertThat(TrafficFormat.readAll(new StringReader(Files.readString(file)))).hasSize(1);
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidAndNothingRecords() throws Exception {
        Path blocker = temp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        DiagnosticsViewModel diagnostics = new DiagnosticsViewModel(blocker.resolve("diagnostics"), "2.0.0", traffic,
                new CurrentThreadTaskExecutor(), Runnable::run, Clock.systemUTC(), askedForStatus::incrementAndGet);

        diagnostics.start();

        assertThat(diagnostics.problemProperty().get()).startsWith("Could not start recording in ");
        assertThat(diagnostics.recordingProperty().get()).isFalse();
        assertThat(diagnostics.busyProperty().get()).isFalse();
        assertThat(traffic.attached()).isFalse();
        assertThat(askedForStatus).hasValue(0);
    }

    @Test
    void sizesAreSaidInWords() {
        assertThat(DiagnosticsViewModel.bytes(512)).isEqualTo("512 bytes");
        assertThat(DiagnosticsViewModel.bytes(3 * 1024 + 512)).isEqualTo("3.5 KB");
        assertThat(DiagnosticsViewModel.bytes(5L * 1024 * 1024)).isEqualTo("5.0 MB");
        assertThat(DiagnosticsViewModel.lines(1)).isEqualTo("1 message");
    }
}
