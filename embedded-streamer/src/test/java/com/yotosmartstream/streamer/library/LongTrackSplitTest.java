package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 70-minute MP3 without chapters (made by the ffmpeg inside the app: a tone with two seconds of
 * silence at 58:00) is split for a card (ADR 0074): two parts, each under 60 minutes, cut inside
 * the silence (checked by decoding each side of the cut), no re-encoding, total length kept.
 */
class LongTrackSplitTest {

    private static final Duration HOUR = Duration.ofMinutes(60);

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        fixture.maxImportBytes = 1L << 30;
        library = fixture.library;
        library.setFfmpeg(Ffmpeg.locate(FfmpegChoice.AUTOMATIC, Map.of("PATH", "")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSeventyMinuteTrackIsCutAtItsQuietMomentIntoPartsUnderAnHour() throws Exception {
        Path file = fixture.inbox("long").resolve("lecture.mp3");
        // 8 kHz mono at 8 kbps keeps 70 minutes small and quick to make; no Xing header, so every part's length is
        // its frames (the source's encoder delay would otherwise count in the whole and in no part)
        AudioFixtures.ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000:duration=4200", "-af",
                "volume='if(between(t,3480,3482),0,1)':eval=frame", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "8k",
                "-write_xing", "0", "-metadata", "title=Lecture", file.toString());
        String id = library.importAll(List.of(file), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();
        Track whole = library.catalogue().find(id).orElseThrow();
        assertThat(whole.duration()).isGreaterThan(Duration.ofMinutes(69));

        List<Track> parts = library.splitForCard(id, HOUR, RecordingContext.running());

        assertThat(parts).extracting(Track::title).containsExactly("Lecture (part 1 of 2)", "Lecture (part 2 of 2)");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.duration()).isLessThan(HOUR);
            assertThat(p.format()).isEqualTo(AudioFormat.MP3);
        });
        assertThat(parts.get(0).duration().toMillis()).isBetween(3480_000L, 3482_000L);
        long total = parts.stream().mapToLong(p -> p.duration().toMillis()).sum();
        assertThat(Math.abs(total - whole.duration().toMillis())).isLessThanOrEqualTo(50);
        // decoded: the end of the first part and the start of the second are the silence, the rest is the tone
        Ffmpeg ffmpeg = library.ffmpeg().orElseThrow();
        Duration firstEnd = parts.get(0).duration();
        assertThat(energy(ffmpeg, library.sourcePath(parts.get(0)), firstEnd.minusMillis(400), firstEnd)).isZero();
        assertThat(energy(ffmpeg, library.sourcePath(parts.get(1)), Duration.ZERO, Duration.ofMillis(400))).isZero();
        assertThat(energy(ffmpeg, library.sourcePath(parts.get(1)), Duration.ofSeconds(5), Duration.ofMillis(5400)))
                .isPositive();
        assertThat(library.splitForCard(parts.get(1).id(), HOUR, RecordingContext.running()))
                .containsExactly(parts.get(1));
    }

    /** The loudest sample of a stretch of a file, decoded by ffmpeg (0 for digital silence, up to 32767). */
    private static long energy(Ffmpeg ffmpeg, Path file, Duration from, Duration to) throws Exception {
        Process process = ffmpeg.command(List.of("-v", "error", "-ss", String.valueOf(from.toMillis() / 1000.0),
                "-t", String.valueOf((to.toMillis() - from.toMillis()) / 1000.0), "-i", file.toString(), "-ac", "1",
                "-ar", "8000", "-f", "s16le", "-")).start();
        byte[] pcm = process.getInputStream().readAllBytes();
        process.waitFor();
        assertThat(pcm.length).as("decoded samples").isGreaterThan(1000);
        long loudest = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            loudest = Math.max(loudest, Math.abs((short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8))));
        }
        return loudest < 100 ? 0 : loudest;
    }
}
