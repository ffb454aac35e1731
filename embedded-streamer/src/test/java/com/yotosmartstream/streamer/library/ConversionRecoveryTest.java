package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Hostile;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversions a stop interrupts, and ones that fail: restarted from zero at most once per start,
 * never in a loop; what they leave is cleaned at start; a failed track says so and can be retried
 * or removed (ADR 0053).
 */
class ConversionRecoveryTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir.resolve("data"));
        library = fixture.library;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Track importOne(Path file) {
        String id = library.importAll(List.of(file), RecordingContext.running()).lines().get(0).trackId().orElseThrow();
        return library.catalogue().find(id).orElseThrow();
    }

    private Track find(Track track) {
        return library.catalogue().find(track.id()).orElseThrow();
    }

    @Test
    void unfinishedConversionsAreRemovedWhenTheLibraryOpens() throws Exception {
        Path converted = library.folder().root().resolve("converted");
        String sha = "a".repeat(64);
        Path part = Files.write(converted.resolve(sha + "-b96.mp3.part"), new byte[12_500]);
        Path done = Files.write(converted.resolve(sha + "-b128.mp3"), new byte[10]);
        fixture.close();

        fixture = new LibraryFixture(dir.resolve("data"));

        assertThat(part).doesNotExist();
        assertThat(done).exists();
    }

    @Test
    void anInterruptedConversionRestartsFromZeroOnceThenWaitsForRetry() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("long").resolve("long.wav"), 20.0, 44_100, 2));

        assertThat(library.convertPending(RecordingContext.cancelAfter(2))).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CANCELLED);
        RecordingContext restart = RecordingContext.cancelAfter(2);
        assertThat(library.convertPending(restart)).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CANCELLED);
        assertThat(restart.fractions.get(0)).isLessThan(0.05); // from zero, not resumed
        assertThat(find(wav).status()).isEqualTo(TrackStatus.CONVERTING);

        assertThat(library.convertPending(RecordingContext.running())).isEmpty();
        assertThat(library.convertPending(RecordingContext.running())).isEmpty();
        assertThat(find(wav).statusDetail()).isEqualTo(Library.HELD);
        assertThat(fixture.filesIn("converted")).isEmpty();

        library.retryConversion(wav.id());
        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CONVERTED);
        assertThat(find(wav).status()).isEqualTo(TrackStatus.READY);
    }

    @Test
    void aConversionInterruptedByAStopStartsAgainOnceAfterTheNextStart() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("stop").resolve("stop.wav"), 20.0, 44_100, 2));
        library.convertPending(RecordingContext.cancelAfter(2));
        library.convertPending(RecordingContext.cancelAfter(2));
        fixture.close();

        fixture = new LibraryFixture(dir.resolve("data"));
        library = fixture.library;

        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CONVERTED);
        assertThat(find(wav).status()).isEqualTo(TrackStatus.READY);
    }

    @Test
    void aFailedConversionSaysSoIsNotRetriedInALoopAndCanBeRetriedOrRemoved() throws Exception {
        Track bad = importOne(AudioFixtures.wav(fixture.inbox("bad").resolve("bad.wav"), 1.0, 8000, 1));
        Files.write(library.sourcePath(bad), Hostile.wavWithRate(4_278_212_130L));

        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.FAILED);
        assertThat(find(bad).status()).isEqualTo(TrackStatus.FAILED);
        assertThat(find(bad).status().label()).isEqualTo("Cannot convert");
        assertThat(find(bad).statusDetail()).containsIgnoringCase("retry").contains("remove");

        // a later run (another import, a settings change) does not try it again
        assertThat(library.convertPending(RecordingContext.running())).isEmpty();
        assertThat(find(bad).status()).isEqualTo(TrackStatus.FAILED);

        // Retry: one more attempt, which fails again and says so
        assertThat(library.retryConversion(bad.id()).status()).isEqualTo(TrackStatus.CONVERTING);
        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.FAILED);

        // the file repaired, Retry converts it
        Files.write(library.sourcePath(bad), Files.readAllBytes(AudioFixtures.wav(dir.resolve("fixed.wav"), 1.0, 8000,
                1)));
        library.retryConversion(bad.id());
        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CONVERTED);

        library.delete(bad.id());
        assertThat(library.catalogue().all()).isEmpty();
    }
}
