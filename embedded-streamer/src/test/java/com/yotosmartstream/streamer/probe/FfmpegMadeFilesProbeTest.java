package com.yotosmartstream.streamer.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as a real encoder writes them (the ffmpeg inside the app, ADR 0072): the probe
 * agrees with the length that was encoded, and reads the tags ffmpeg wrote.
 */
class FfmpegMadeFilesProbeTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsFfmpeg() {
        assumeTrue(AudioFixtures.ffmpegAvailable(), "ffmpeg is not installed; the pure-Java probe tests still ran");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            vbr.mp3,  MP3,      -c:a libmp3lame -q:a 5
            cbr.mp3,  MP3,      -c:a libmp3lame -b:a 64k
            book.m4a, AAC_MP4,  -c:a aac -b:a 96k
            raw.aac,  AAC_ADTS, -c:a aac -b:a 96k -f adts
            song.flac,FLAC,     -c:a flac
            tale.ogg, VORBIS,   -c:a vorbis -strict -2
            voice.opus,OPUS,    -c:a libopus -b:a 48k
            sound.aiff,AIFF,    -c:a pcm_s16be -metadata author=ffmpeg
            clip.webm, WEBM,    -c:a libopus -b:a 48k
            tale.mka, MATROSKA, -c:a flac
            old.wma,  WMA,      -c:a wmav2 -b:a 64k
            """)
    void theProbeAgreesWithTheEncodedLength(String name, AudioFormat format, String codec) throws Exception {
        Path file = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=44100:duration=7.5", "-ac", "2"));
        args.addAll(java.util.List.of(codec.split(" ")));
        args.addAll(java.util.List.of("-metadata", "title=Encoded " + name, "-metadata", "artist=ffmpeg",
                file.toString()));
        AudioFixtures.ffmpeg(args.toArray(String[]::new));

        AudioInfo info = AudioProbe.probe(file);

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(7.5, within(0.06));
        if (format != AudioFormat.AAC_ADTS) {
            assertThat(info.tags().title()).isEqualTo("Encoded " + name);
            assertThat(info.tags().artist()).isEqualTo("ffmpeg");
        }
        assertThat(info.channels()).isEqualTo(2);
    }

    /** Track and disc numbers as ffmpeg writes them in each container (ID3 TRCK/TPOS, trkn/disk, ...). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            set.mp3,  -c:a libmp3lame -b:a 64k
            set.m4a,  -c:a aac -b:a 64k
            set.flac, -c:a flac
            set.ogg,  -c:a libopus -b:a 48k
            set.webm, -c:a libopus -b:a 48k
            set.mka,  -c:a flac
            set.wma,  -c:a wmav2 -b:a 64k
            """)
    void readsTrackAndDiscNumbers(String name, String codec) throws Exception {
        Path file = dir.resolve("numbers-" + name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=44100:duration=2", "-ac", "2"));
        args.addAll(java.util.List.of(codec.split(" ")));
        args.addAll(java.util.List.of("-metadata", "track=7/12", "-metadata", "disc=2/3", "-metadata",
                "album=The Set", file.toString()));
        AudioFixtures.ffmpeg(args.toArray(String[]::new));

        Tags tags = AudioProbe.probe(file).tags();

        assertThat(tags.trackNumber()).isEqualTo(7);
        assertThat(tags.discNumber()).isEqualTo(2);
        assertThat(tags.album()).isEqualTo("The Set");
    }
}
