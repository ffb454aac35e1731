package com.yotosmartstream.story.record;

import java.util.Random;

/** Test sound: a 440 Hz tone standing for speech, with a room's quiet hiss around it. */
public final class Tones {

    private Tones() {
    }

    /**
     * {@code before} seconds of hiss at {@code hissDbfs} (RMS), {@code tone} seconds of a 440 Hz sine
     * at {@code toneDbfs} peak (with the hiss under it), {@code after} seconds of hiss; mono.
     */
    public static short[] toneInHiss(int rate, double before, double tone, double after, double toneDbfs,
            double hissDbfs) {
        Random random = new Random(18);
        int start = (int) Math.round(before * rate);
        int end = start + (int) Math.round(tone * rate);
        int total = end + (int) Math.round(after * rate);
        double amplitude = Math.pow(10, toneDbfs / 20) * 32767;
        double hiss = Math.pow(10, hissDbfs / 20) * 32767;
        short[] samples = new short[total];
        for (int i = 0; i < total; i++) {
            double v = random.nextGaussian() * hiss;
            if (i >= start && i < end) {
                v += amplitude * Math.sin(2 * Math.PI * 440 * (i - start) / rate);
            }
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return samples;
    }

    /** A take as a parent records one: 1 s of room, 2.5 s of "speech" at -30 dBFS, 1.5 s of room at -62 dBFS. */
    public static short[] take() {
        return toneInHiss(44_100, 1.0, 2.5, 1.5, -30, -62);
    }
}
