package com.yotosmartstream.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The BS.1770 meter against the EBU Tech 3341 reference signals. */
class LoudnessMeterTest {

    /** A 1 kHz sine at {@code dbfs} peak in every channel. */
    static short[] sine(double seconds, int rate, int channels, double dbfs) {
        double amplitude = Math.pow(10, dbfs / 20) * 32767;
        int frames = (int) (seconds * rate);
        short[] samples = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            short value = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 1000 * i / rate));
            for (int c = 0; c < channels; c++) {
                samples[i * channels + c] = value;
            }
        }
        return samples;
    }

    private static double measure(int rate, int channels, short[]... parts) {
        LoudnessMeter meter = new LoudnessMeter(rate, channels);
        for (short[] part : parts) {
            meter.add(part, part.length / channels);
        }
        return meter.integrated();
    }

    @Test
    void aStereoSineAtMinus23DbfsMeasuresMinus23Lufs() {
        assertThat(measure(48_000, 2, sine(20, 48_000, 2, -23))).isCloseTo(-23.0, within(0.1));
        assertThat(measure(44_100, 2, sine(20, 44_100, 2, -23))).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void aStereoSineAtMinus33DbfsMeasuresMinus33Lufs() {
        assertThat(measure(48_000, 2, sine(20, 48_000, 2, -33))).isCloseTo(-33.0, within(0.1));
    }

    @Test
    void aMonoSineCountsOneChannel() {
        assertThat(measure(22_050, 1, sine(10, 22_050, 1, -23))).isCloseTo(-26.0, within(0.1));
    }

    @Test
    void silenceBetweenSpeechIsGatedOut() {
        short[] tone = sine(10, 48_000, 2, -23);
        short[] silence = new short[48_000 * 2 * 20];

        assertThat(measure(48_000, 2, tone, silence, tone)).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void thePeakAndTheGainRespectTheCeiling() {
        LoudnessMeter meter = new LoudnessMeter(48_000, 2);
        short[] tone = sine(5, 48_000, 2, -6);
        meter.add(tone, tone.length / 2);

        assertThat(meter.peakDbfs()).isCloseTo(-6.0, within(0.01));
        assertThat(LoudnessMeter.gainDb(-30, -6, -16, -1)).isEqualTo(5.0);
        assertThat(LoudnessMeter.gainDb(-30, -20, -16, -1)).isEqualTo(14.0);
        assertThat(LoudnessMeter.gainDb(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, -16, -1)).isZero();
        assertThat(new LoudnessMeter(8000, 1).integrated()).isInfinite();
    }
}
