package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.LibraryTrackSource;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A track is ready only in a form players stream: MP3, or AAC as an ADTS stream (Yoto's stream
 * tracks name {@code format} "mp3" or "aac"; docs/yoto-protocol.md, "Streamed audio"). An M4A is
 * AAC in an MP4 file, served as {@code audio/mp4}, which players refuse: it is converted.
 */
class PlayerStreamFormatsTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anM4aIsNotReadyAndGetsNoStreamLinkUntilConverted() throws Exception {
        Path m4a = Files.write(fixture.inbox("m4a").resolve("book.m4a"), Containers.m4a("mp4a", 44_100, 2, 44_100,
                44_100L * 5, 96_000, "Audiobook", "Narrator", "Album", 1, null, 2000, false));
        String id = library.importAll(List.of(m4a), RecordingContext.running()).lines().get(0).trackId().orElseThrow();

        Track imported = library.catalogue().find(id).orElseThrow();
        assertThat(imported.format()).isEqualTo(AudioFormat.AAC_MP4);
        assertThat(imported.status()).isEqualTo(TrackStatus.CONVERTING);
        assertThat(imported.streamable()).isFalse();
        assertThat(new LibraryTrackSource(library).find(id)).isEmpty();

        List<ConversionLine> lines = library.convertPending(RecordingContext.running());

        // the built-in converter cannot decode AAC; without ffmpeg it waits and says so
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(ConversionLine.Outcome.NEEDS_FFMPEG);
            assertThat(line.message()).startsWith("AAC (M4A) can only be converted with ffmpeg");
        });
        assertThat(library.catalogue().find(id).orElseThrow().streamable()).isFalse();
        assertThat(new LibraryTrackSource(library).find(id)).isEmpty();
    }

    @Test
    void aTrackSavedAsAReadyM4aStreamIsReadAsWaitingForConversion() {
        Track saved = new Track("0123456789abcdef", "0123456789abcdef".repeat(4), "book.m4a", "originals/x.m4a",
                AudioFormat.AAC_MP4, 1000, Duration.ofSeconds(5), 96_000, 44_100, 2, false, "Book", "", "", 0,
                Optional.empty(), Optional.of("originals/x.m4a"), "m4a", TrackStatus.READY, "", Instant.now());

        assertThat(saved.status()).isEqualTo(TrackStatus.CONVERTING);
        assertThat(saved.streamable()).isFalse();
        assertThat(saved.streamFile()).isEmpty();
        assertThat(saved.statusDetail()).contains("players do not stream AAC (M4A)");
    }

    @Test
    void whatPlayersStreamIsMp3OrAacAsAStream() {
        assertThat(AudioFormat.MP3.streamable()).isTrue();
        assertThat(AudioFormat.AAC_ADTS.streamable()).isTrue();
        assertThat(AudioFormat.AAC_MP4.streamable()).isFalse();
        assertThat(AudioFormat.ALAC.streamable()).isFalse();
        assertThat(AudioFormat.playerStreams("mp3")).isTrue();
        assertThat(AudioFormat.playerStreams("aac")).isTrue();
        assertThat(AudioFormat.playerStreams("m4a")).isFalse();
    }
}
