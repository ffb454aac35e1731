package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.api.UploadProgress.Phase;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.model.UploadedAudio;
import com.yotosmartstream.client.sim.SimulatedUploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioUploadTest {

    private static final int SIZE = 200_000;

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private SimulatedUploads uploads;
    private YotoApi api;
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final UploadProgress progress = (phase, done, total) -> reports.add(new Report(phase, done, total));

    record Report(Phase phase, long done, long total) {
    }

    @BeforeEach
    void signIn() throws Exception {
        fixture = new ApiFixture(temp);
        uploads = fixture.account.uploads();
        api = withPolling(fixture.sleeper, new TranscodeWait(Duration.ofSeconds(1), Duration.ofMinutes(1)));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anAudioFileBecomesATrackThatPlaysYotosConvertedCopy() throws Exception {
        byte[] bytes = audioBytes(1);
        Path file = write("story.mp3", bytes);

        UploadedAudio audio = api.uploadAudio(file, progress);

        assertThat(audio.trackUrl()).matches("yoto:#[0-9a-f]{64}");
        assertThat(audio.format()).contains("aac");
        assertThat(audio.fileSize()).contains((long) SIZE);
        assertThat(audio.toJson().getAsJsonObject("transcodedInfo").has("metadata")).as("unknown fields kept").isTrue();
        Track track = audio.toTrack("01", "The story");
        assertThat(track.key()).isEqualTo("01");
        assertThat(track.title()).isEqualTo("The story");
        assertThat(track.type()).isEqualTo("audio");
        assertThat(track.trackUrl()).isEqualTo(audio.trackUrl());
        assertThat(track.format()).contains("aac");
        assertThat(track.durationSeconds()).contains((double) (SIZE / 16_000));
        assertThat(track.toJson().get("fileSize").getAsLong()).isEqualTo(SIZE);

        assertThat(uploads.has(sha256(bytes))).as("the emulator got the file's own hash").isTrue();
        assertThat(uploads.puts()).isEqualTo(1);
        assertThat(uploads.lastContentType()).contains("audio/mpeg");
        assertThat(uploads.polls()).as("two answers 'in progress', then done").isEqualTo(3);
        assertThat(fixture.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void progressGoesThroughHashingUploadingAndTranscodingWithTheBytesDone() throws Exception {
        api.uploadAudio(write("story.mp3", audioBytes(2)), progress);

        assertThat(reports).extracting(Report::phase).containsSubsequence(Phase.HASHING, Phase.UPLOADING,
                Phase.TRANSCODING);
        assertThat(reports).extracting(Report::phase).isSortedAccordingTo(Enum::compareTo);
        assertThat(reports).allSatisfy(report -> assertThat(report.total()).isEqualTo(SIZE));
        assertThat(last(Phase.HASHING).done()).isEqualTo(SIZE);
        assertThat(last(Phase.UPLOADING).done()).isEqualTo(SIZE);
        assertThat(reports.stream().filter(r -> r.phase() == Phase.UPLOADING).map(Report::done).toList())
                .as("bytes sent only grow").isSorted().hasSizeGreaterThan(2);
        assertThat(reports.stream().filter(r -> r.phase() == Phase.TRANSCODING).count()).isEqualTo(3);
    }

    @Test
    void aSecondUploadOfTheSameBytesNeedsNoPut() throws Exception {
        byte[] bytes = audioBytes(3);
        UploadedAudio first = api.uploadAudio(write("one.mp3", bytes), UploadProgress.NONE);
        int pollsBefore = uploads.polls();

        UploadedAudio second = api.uploadAudio(write("copy-of-one.mp3", bytes), progress);

        assertThat(second.trackUrl()).isEqualTo(first.trackUrl());
        assertThat(uploads.puts()).as("the bytes went up once").isEqualTo(1);
        assertThat(reports).extracting(Report::phase).doesNotContain(Phase.UPLOADING);
        assertThat(uploads.polls() - pollsBefore).as("already converted").isEqualTo(1);
    }

    @Test
    void aConversionYotoGivesUpOnSaysWhatToDo() throws Exception {
        uploads.failNextTranscodes(1);
        byte[] bytes = audioBytes(4);
        Path file = write("not-really-audio.mp3", bytes);

        assertThatThrownBy(() -> api.uploadAudio(file, progress)).isInstanceOf(YotoApiException.class)
                .hasMessageContaining("could not convert not-really-audio.mp3")
                .hasMessageContaining("convert it to MP3, then upload it again");
        assertThat(uploads.has(sha256(bytes))).isFalse();
    }

    @Test
    void bytesThatDifferFromTheAnnouncedHashAreRefusedByTheUploadServer() throws Exception {
        Path file = write("changing.mp3", audioBytes(5));
        byte[] other = audioBytes(6);
        UploadProgress rewriteBeforeSending = (phase, done, total) -> {
            if (phase == Phase.UPLOADING && done == 0) {
                try {
                    Files.write(file, other);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };

        assertThatThrownBy(() -> api.uploadAudio(file, rewriteBeforeSending))
                .isInstanceOfSatisfying(YotoApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("the file may have changed").hasMessageContaining("upload it again");
        assertThat(uploads.puts()).isZero();
        assertThat(uploads.polls()).as("nothing to wait for").isZero();
    }

    @Test
    void waitingForTheConversionIsBounded() throws Exception {
        uploads.transcodeAfterPolls(1_000);
        YotoApi patient = withPolling(fixture.sleeper, new TranscodeWait(Duration.ofSeconds(2), Duration.ofSeconds(10)));
        Path file = write("long.mp3", audioBytes(7));

        assertThatThrownBy(() -> patient.uploadAudio(file, progress)).isInstanceOf(YotoApiException.class)
                .hasMessageContaining("still converting long.mp3 after 10 s").hasMessageContaining("Try the upload"
                        + " again later");
        assertThat(fixture.waits).hasSize(5).containsOnly(Duration.ofSeconds(2));
        assertThat(uploads.polls()).isEqualTo(6);
    }

    @Test
    void interruptingTheUploadStopsThePolling() throws Exception {
        uploads.transcodeAfterPolls(1_000_000);
        YotoApi realTime = withPolling(Sleeper.REAL, new TranscodeWait(Duration.ofMillis(10), Duration.ofMinutes(5)));
        Path file = write("endless.mp3", audioBytes(8));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> upload = executor.submit(() -> {
                try {
                    realTime.uploadAudio(file, progress);
                } catch (Exception e) {
                    outcome.set(e);
                } finally {
                    finished.countDown();
                }
            });
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (uploads.polls() < 3 && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            assertThat(uploads.polls()).as("polling had started").isGreaterThanOrEqualTo(3);

            upload.cancel(true);

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            int polls = uploads.polls();
            Thread.sleep(100);
            assertThat(uploads.polls()).as("no poll after the cancel").isEqualTo(polls);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFileThatCannotBeReadSaysSo() {
        Path missing = temp.resolve("gone.mp3");

        assertThatThrownBy(() -> api.uploadAudio(missing, progress)).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isZero()).hasMessageContaining("Cannot read gone.mp3")
                .hasMessageContaining("Check that the file still exists");
        assertThat(uploads.polls()).isZero();
    }

    private YotoApi withPolling(Sleeper sleeper, TranscodeWait wait) {
        return new YotoApi(fixture.config, fixture.http, fixture.tokens, sleeper, wait);
    }

    private Report last(Phase phase) {
        return reports.stream().filter(r -> r.phase() == phase).reduce((a, b) -> b).orElseThrow();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    private static byte[] audioBytes(long seed) {
        byte[] bytes = new byte[SIZE];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
