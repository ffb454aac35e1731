package com.yotosmartstream.streamer.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.streamer.testing.FuzzBudget;
import java.io.EOFException;
import java.io.IOException;

/**
 * Fuzz tests for every audio probe (ADR 0052). Each takes any bytes as a file and must answer with
 * an {@link AudioInfo} that makes sense or a {@link ProbeException}; a length pointing past the
 * end ({@link EOFException}) is the caller's "cut short". Anything else (an index out of bounds,
 * a negative size, an allocation the file cannot back, a hang) is a finding. {@code mvn test} runs
 * the seeds in {@code ProbeFuzzTestInputs/<method>/}; {@code scripts/fuzz.sh} fuzzes one method.
 */
class ProbeFuzzTest {

    /** The whole probe, as an import calls it: format detection, ID3v2/v1 and MPEG audio. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void anyFile(byte[] data) throws IOException {
        try {
            sane(AudioProbe.probe(data, "input.mp3"));
        } catch (ProbeException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void id3(byte[] data) throws IOException {
        FileSource source = FileSource.of(data);
        try {
            if (Id3Tags.startsAt(source, 0)) {
                Id3Tags.Found found = Id3Tags.readV2(source, 0);
                assertThat(found.end()).isBetween(10L, (long) data.length);
            }
            Id3Tags.readV1(source, data.length);
        } catch (EOFException e) {
            // cut short: the probe says so
        }
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void mp4(byte[] data) throws IOException {
        probe(() -> Mp4Probe.probe(FileSource.of(data)));
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void ogg(byte[] data) throws IOException {
        probe(() -> OggProbe.probe(FileSource.of(data)));
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void flac(byte[] data) throws IOException {
        probe(() -> FlacProbe.probe(FileSource.of(data), 0));
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void wav(byte[] data) throws IOException {
        probe(() -> WavProbe.probe(FileSource.of(data)));
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void aiff(byte[] data) throws IOException {
        probe(() -> AiffProbe.probe(FileSource.of(data)));
    }

    /** WebM/Matroska: EBML variable-length ids and sizes, Info, Tracks, Tags. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void matroska(byte[] data) throws IOException {
        probe(() -> MatroskaProbe.probe(FileSource.of(data)));
    }

    /** WMA: the ASF header's objects, attributes and WAVEFORMATEX. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void asf(byte[] data) throws IOException {
        probe(() -> AsfProbe.probe(FileSource.of(data)));
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void adts(byte[] data) throws IOException {
        probe(() -> {
            FileSource source = FileSource.of(data);
            if (!AdtsProbe.startsAt(source, 0)) {
                throw new ProbeException("not ADTS");
            }
            return AdtsProbe.probe(source, 0, data.length);
        });
    }

    /** A probe of one format, which assumes the caller saw its magic bytes. */
    @FunctionalInterface
    private interface Probe {
        AudioInfo run() throws IOException, ProbeException;
    }

    private static void probe(Probe probe) throws IOException {
        try {
            sane(probe.run());
        } catch (ProbeException e) {
            assertThat(e.getMessage()).isNotBlank();
        } catch (EOFException e) {
            // cut short: AudioProbe turns this into a ProbeException
        }
    }

    /** What any AudioInfo must hold, whatever the bytes said. */
    private static void sane(AudioInfo info) {
        assertThat(info.duration().isNegative()).as("negative duration %s", info.duration()).isFalse();
        assertThat(info.sampleRate()).isNotNegative();
        assertThat(info.channels()).isNotNegative();
        assertThat(info.bitrate()).isNotNegative();
        assertThat(info.notes()).doesNotContainNull();
    }
}
