package com.yotosmartstream.story.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept take: its silence measured and cut within 50 ms, its loudness within 1 LU of the library's target. */
class TakeProcessingTest {

    private static final int RATE = 44_100;

    @TempDir
    Path folder;

    @Test
    void theRoomBeforeAndAfterTheWordsIsCutWithin50Milliseconds() {
        Pcm.Sound take = new Pcm.Sound(PcmFormat.SPEECH, Tones.take()); // 1 s room, 2.5 s words, 1.5 s room

        SilenceTrim.Range kept = SilenceTrim.range(take);

        assertThat(kept.from() / (double) RATE).isCloseTo(1.0, within(0.05));
        assertThat(kept.to() / (double) RATE).isCloseTo(3.5, within(0.05));
        assertThat(SilenceTrim.trim(take).seconds()).isCloseTo(2.5, within(0.05));
    }

    @Test
    void aLoudRoomStillHasItsSilenceFoundAgainstItsOwnNoiseFloor() {
        short[] noisy = Tones.toneInHiss(RATE, 0.6, 1.2, 0.8, -12, -40); // a fan running, a loud reader
        SilenceTrim.Range kept = SilenceTrim.range(new Pcm.Sound(PcmFormat.SPEECH, noisy));
        assertThat(kept.from() / (double) RATE).isCloseTo(0.6, within(0.05));
        assertThat(kept.to() / (double) RATE).isCloseTo(1.8, within(0.05));
    }

    @Test
    void aTakeWithoutSilenceLosesNothing() {
        short[] words = Tones.toneInHiss(RATE, 0, 2, 0, -20, -70);
        assertThat(SilenceTrim.range(new Pcm.Sound(PcmFormat.SPEECH, words)).frames()).isEqualTo(words.length);
    }

    @Test
    void stereoTakesAreCutOnWholeFrames() {
        short[] mono = Tones.take();
        short[] stereo = new short[mono.length * 2];
        for (int i = 0; i < mono.length; i++) {
            stereo[2 * i] = mono[i];
            stereo[2 * i + 1] = mono[i];
        }
        Pcm.Sound trimmed = SilenceTrim.trim(new Pcm.Sound(new PcmFormat(RATE, 2), stereo));
        assertThat(trimmed.samples().length % 2).isZero();
        assertThat(trimmed.seconds()).isCloseTo(2.5, within(0.05));
    }

    @Test
    void aKeptTakeIsTrimmedAndAtTheLibrarysLoudnessWithin1Lu() throws Exception {
        Path file = folder.resolve("take.wav");
        Pcm.writeWav(file, PcmFormat.SPEECH, Tones.take());
        Take take = new Take("n1", 1, file, 5.0);
        assertThat(Loudness.integrated(Pcm.readWav(file))).isLessThan(-30);

        for (double target : new double[] {-16, -23}) {
            Path kept = TakeRecorder.keep(take, target);
            Pcm.Sound sound = Pcm.readWav(kept);
            assertThat(Loudness.integrated(sound)).as("target %s", target).isCloseTo(target, within(1.0));
            assertThat(sound.seconds()).isCloseTo(2.5, within(0.05));
        }
        assertThat(Files.readAllBytes(file)).as("the take itself is left as recorded").hasSizeGreaterThan(RATE * 2 * 4);
    }

    @Test
    void aVeryPeakyTakeStopsShortOfClippingRatherThanReachingTheTarget() {
        short[] clicks = new short[RATE * 3];
        for (int i = 0; i < clicks.length; i += RATE / 2) {
            clicks[i] = 16_000;
        }
        Pcm.Sound louder = Loudness.normalise(new Pcm.Sound(PcmFormat.SPEECH, clicks), -16);
        assertThat(Pcm.peakDbfs(louder.samples(), 0, louder.samples().length)).isLessThanOrEqualTo(Loudness.CEILING_DBFS + 0.01);
    }

    @Test
    void aTakeWrittenAndReadBackIsTheSameSound() throws Exception {
        short[] samples = Arrays.copyOf(Tones.take(), RATE);
        Path file = folder.resolve("same.wav");
        Pcm.writeWav(file, new PcmFormat(48_000, 1), samples);
        Pcm.Sound back = Pcm.readWav(file);
        assertThat(back.format()).isEqualTo(new PcmFormat(48_000, 1));
        assertThat(back.samples()).isEqualTo(samples);
    }
}
