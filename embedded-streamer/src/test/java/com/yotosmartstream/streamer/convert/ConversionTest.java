package com.yotosmartstream.streamer.convert;

import com.yotosmartstream.core.audio.LoudnessMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.yotosmartstream.streamer.LibraryTrackSource;
import com.yotosmartstream.streamer.library.ConversionLine;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.probe.AudioInfo;
import com.yotosmartstream.streamer.probe.AudioProbe;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converting what players cannot stream: pure Java (always tested), ffmpeg (tested when installed),
 * loudness normalisation, the output cache, cancelling.
 */
class ConversionTest {

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

    private Track importOne(Path file) {
        String id = library.importAll(List.of(file), RecordingContext.running()).lines().get(0).trackId().orElseThrow();
        return library.catalogue().find(id).orElseThrow();
    }

    /** Integrated loudness of an MP3, decoded in Java. */
    private static double loudnessOf(Path mp3) throws Exception {
        try (PcmReader reader = PcmReader.mp3(mp3)) {
            LoudnessMeter meter = new LoudnessMeter(reader.sampleRate(), reader.channels());
            short[] buffer = new short[4096 * reader.channels()];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                meter.add(buffer, n);
            }
            return meter.integrated();
        }
    }

    private static short[] toShorts(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }

    @Test
    void aWavIsConvertedToMp3InPureJavaAndThenStreams() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("wav").resolve("story.wav"), 3.0, 44_100, 2));
        assertThat(new LibraryTrackSource(library).find(wav.id())).isEmpty();

        List<ConversionLine> lines = library.convertPending(RecordingContext.running());

        assertThat(lines).extracting(ConversionLine::outcome).containsExactly(ConversionLine.Outcome.CONVERTED);
        Track converted = library.catalogue().find(wav.id()).orElseThrow();
        assertThat(converted.status()).isEqualTo(TrackStatus.READY);
        assertThat(converted.streamFile()).hasValue("converted/" + wav.sha256() + "-b128.mp3");
        assertThat(converted.streamMediaType()).isEqualTo("audio/mpeg");
        Path mp3 = library.streamPath(converted).orElseThrow();
        AudioInfo info = AudioProbe.probe(mp3);
        assertThat(info.format()).isEqualTo(AudioFormat.MP3);
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.bitrate()).isEqualTo(128_000);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(3.0, within(0.08));
        assertThat(new LibraryTrackSource(library).find(wav.id())).hasValueSatisfying(f -> assertThat(f.file()).isEqualTo(mp3));
    }

    @Test
    void monoAndOtherSampleRatesConvertToo() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("mono").resolve("voice.wav"), 2.0, 22_050, 1));

        library.convertPending(RecordingContext.running());

        AudioInfo info = AudioProbe.probe(library.streamPath(library.catalogue().find(wav.id()).orElseThrow())
                .orElseThrow());
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(2.0, within(0.1));
    }

    @Test
    void withoutFfmpegFlacWaitsAndSaysWhatToInstall() throws Exception {
        Track flac = importOne(Files.write(fixture.inbox("flac").resolve("song.flac"),
                Containers.flac(44_100, 2, 44_100L * 3, List.of("TITLE=Song"), null, 2000)));

        List<ConversionLine> lines = library.convertPending(RecordingContext.running());

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(ConversionLine.Outcome.NEEDS_FFMPEG);
            assertThat(line.message()).isEqualTo("FLAC can only be converted with ffmpeg, and none can run here"
                    + " (Settings says why); the library converts it once one can.");
        });
        assertThat(library.catalogue().find(flac.id()).orElseThrow().status()).isEqualTo(TrackStatus.NEEDS_FFMPEG);
        assertThat(new LibraryTrackSource(library).find(flac.id())).isEmpty();
    }

    @Test
    void aQuietRecordingIsNormalisedToTheTargetLoudnessInPureJava() throws Exception {
        byte[] quiet = AudioFixtures.tone(8.0, 44_100, 2, 0.02);
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("quiet").resolve("quiet.wav"), quiet, 44_100, 2));
        fixture.profile = new ConversionProfile(128, OptionalDouble.of(-16));

        library.convertPending(RecordingContext.running());

        Track done = library.catalogue().find(wav.id()).orElseThrow();
        assertThat(done.streamFile()).hasValue("converted/" + wav.sha256() + "-b128-n160.mp3");
        LoudnessMeter source = new LoudnessMeter(44_100, 2);
        short[] samples = toShorts(quiet);
        source.add(samples, samples.length / 2);
        assertThat(source.integrated()).isLessThan(-30);
        assertThat(loudnessOf(library.streamPath(done).orElseThrow())).isCloseTo(-16.0, within(1.0));
    }

    @Test
    void normalisingAnMp3ReencodesItAndItStreamsAsItWasMeanwhile() throws Exception {
        Track mp3 = importOne(AudioFixtures.mp3(fixture.inbox("mp3").resolve("loud.mp3"), 4.0));
        fixture.profile = new ConversionProfile(96, OptionalDouble.of(-20));
        assertThat(new LibraryTrackSource(library).find(mp3.id())).isPresent();

        library.convertPending(RecordingContext.running());

        Track done = library.catalogue().find(mp3.id()).orElseThrow();
        assertThat(done.streamFile()).hasValue("converted/" + mp3.sha256() + "-b96-n200.mp3");
        assertThat(loudnessOf(library.streamPath(done).orElseThrow())).isCloseTo(-20.0, within(1.0));
    }

    @Test
    void aRenameWhileConvertingIsNotUndoneByTheConversion() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("rename").resolve("talk.wav"), 1.0, 44_100, 1));
        com.yotosmartstream.core.task.TaskContext renamesMidway = new RecordingContext0() {
            @Override
            public void updateMessage(String message) {
                try {
                    library.rename(wav.id(), "Renamed meanwhile", "Me");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }.context();

        library.convertPending(renamesMidway);

        Track done = library.catalogue().find(wav.id()).orElseThrow();
        assertThat(done.title()).isEqualTo("Renamed meanwhile");
        assertThat(done.status()).isEqualTo(TrackStatus.READY);
        assertThat(com.yotosmartstream.streamer.library.Catalogue.load(fixture.database).find(wav.id()).orElseThrow()
                .title()).isEqualTo("Renamed meanwhile");
    }

    /** A context whose message callback does something (for changes made during a run). */
    private abstract static class RecordingContext0 implements com.yotosmartstream.core.task.TaskContext {
        @Override
        public void updateProgress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        com.yotosmartstream.core.task.TaskContext context() {
            return this;
        }
    }

    @Test
    void convertedFilesAreCachedPerProfile() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("cache").resolve("c.wav"), 1.0, 44_100, 2));
        library.convertPending(RecordingContext.running());
        Path first = library.streamPath(library.catalogue().find(wav.id()).orElseThrow()).orElseThrow();
        long modified = Files.getLastModifiedTime(first).toMillis();

        assertThat(library.convertPending(RecordingContext.running())).isEmpty();
        assertThat(Files.getLastModifiedTime(first).toMillis()).isEqualTo(modified);

        fixture.profile = new ConversionProfile(64, OptionalDouble.empty());
        assertThat(library.convertPending(RecordingContext.running())).hasSize(1);
        fixture.profile = ConversionProfile.DEFAULT;
        assertThat(library.convertPending(RecordingContext.running())).isEmpty();
        assertThat(library.streamPath(library.catalogue().find(wav.id()).orElseThrow())).hasValue(first);
    }

    @Test
    void cancellingAConversionLeavesNoOutputAndTheTrackWaiting() throws Exception {
        Track wav = importOne(AudioFixtures.wav(fixture.inbox("cancel").resolve("long.wav"), 20.0, 44_100, 2));

        List<ConversionLine> lines = library.convertPending(RecordingContext.cancelAfter(2));

        assertThat(lines).extracting(ConversionLine::outcome).containsExactly(ConversionLine.Outcome.CANCELLED);
        assertThat(fixture.filesIn("converted")).isEmpty();
        assertThat(library.catalogue().find(wav.id()).orElseThrow().status()).isEqualTo(TrackStatus.CONVERTING);
        assertThat(library.convertPending(RecordingContext.running())).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CONVERTED);
    }

    @Test
    void ffmpegConvertsWhatJavaCannotAndNormalisesWhenInstalled() throws Exception {
        assumeTrue(AudioFixtures.ffmpegAvailable(), "ffmpeg is not installed; the pure-Java conversion tests ran");
        library.setFfmpeg(java.util.Optional.of(AudioFixtures.bundledFfmpeg()));
        assertThat(library.ffmpeg()).hasValueSatisfying(f -> assertThat(f.mp3Encoder()).isTrue());
        Path flac = fixture.inbox("ffmpeg").resolve("real.flac");
        AudioFixtures.ffmpeg("-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=6", "-ac", "2",
                "-af", "volume=-30dB", "-c:a", "flac", flac.toString());
        Track track = importOne(flac);
        fixture.profile = new ConversionProfile(128, OptionalDouble.of(-16));
        RecordingContext context = RecordingContext.running();

        assertThat(library.convertPending(context)).extracting(ConversionLine::outcome)
                .containsExactly(ConversionLine.Outcome.CONVERTED);

        Path mp3 = library.streamPath(library.catalogue().find(track.id()).orElseThrow()).orElseThrow();
        AudioInfo info = AudioProbe.probe(mp3);
        assertThat(info.format()).isEqualTo(AudioFormat.MP3);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(6.0, within(0.1));
        assertThat(loudnessOf(mp3)).isCloseTo(-16.0, within(1.0));
        assertThat(context.fractions).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
    }

    @Test
    void aProgramThatIsNotFfmpegIsNotTakenForIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path fake = Files.writeString(bin.resolve("ffmpeg"), "#!/bin/sh\necho 'I am not ffmpeg'\n");
        fake.toFile().setExecutable(true);

        assertThat(Ffmpeg.detect(java.util.Map.of("PATH", bin.toString()), "Linux")).isEmpty();
        assertThat(Ffmpeg.detect(java.util.Map.of("PATH", dir.resolve("nowhere").toString()), "Linux")).isEmpty();
    }
}
