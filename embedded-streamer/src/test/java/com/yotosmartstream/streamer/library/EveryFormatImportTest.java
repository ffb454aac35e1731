package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.probe.AudioInfo;
import com.yotosmartstream.streamer.probe.AudioProbe;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats parents have import and become MP3 players stream with no system ffmpeg: the library
 * looks for ffmpeg with an empty PATH, so only the one inside the app (ADR 0072) can do it. The
 * files are made by that ffmpeg, 3 seconds of a tone each.
 */
class EveryFormatImportTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
        library.setFfmpeg(Ffmpeg.locate(FfmpegChoice.AUTOMATIC, Map.of("PATH", "")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            album.flac,    FLAC,    -c:a flac
            story.ogg,     VORBIS,  -c:a vorbis -strict -2
            podcast.opus,  OPUS,    -c:a libopus -b:a 48k
            book.m4a,      AAC_MP4, -c:a aac -b:a 64k
            lossless.m4a,  ALAC,    -c:a alac
            apple.aiff,    AIFF,    -c:a pcm_s16be
            clip.webm,     WEBM,    -c:a libopus -b:a 48k
            tale.mka,      MATROSKA, -c:a flac
            old.wma,       WMA,     -c:a wmav2 -b:a 64k
            """)
    void importsAndConvertsWithTheFfmpegInsideTheApp(String name, AudioFormat format, String codec) throws Exception {
        Path file = fixture.inbox(format.name()).resolve(name);
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=44100:duration=3", "-ac", "2"));
        args.addAll(List.of(codec.split(" ")));
        args.addAll(List.of("-metadata", "title=A " + format.label(), file.toString()));
        AudioFixtures.ffmpeg(args.toArray(String[]::new));

        ImportReport report = library.importAll(List.of(file), RecordingContext.running());
        String id = report.lines().get(0).trackId().orElseThrow();
        assertThat(library.catalogue().find(id).orElseThrow().format()).isEqualTo(format);

        List<ConversionLine> lines = library.convertPending(RecordingContext.running());

        assertThat(lines).extracting(ConversionLine::outcome).containsExactly(ConversionLine.Outcome.CONVERTED);
        Track track = library.catalogue().find(id).orElseThrow();
        assertThat(track.status()).isEqualTo(TrackStatus.READY);
        assertThat(track.streamExtension()).isEqualTo("mp3");
        AudioInfo mp3 = AudioProbe.probe(library.streamPath(track).orElseThrow());
        assertThat(mp3.format()).isEqualTo(AudioFormat.MP3);
        assertThat(mp3.duration().toMillis() / 1000.0).isCloseTo(3.0, within(0.1));
    }
}
