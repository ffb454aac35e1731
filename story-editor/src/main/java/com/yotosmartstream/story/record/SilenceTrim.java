package com.yotosmartstream.story.record;

import java.util.Arrays;

/**
 * Cuts the silence before the first word and after the last from a take. The take is measured in
 * 10 ms windows; its noise floor is the level of its quietest tenth (the room, the microphone's
 * hiss). A window is sound when it is {@value #ABOVE_FLOOR_DB} dB above that floor, and never
 * needs to be more than {@value #BELOW_LOUDEST_DB} dB under the loudest window (so a take with no
 * silence in it loses nothing). {@value #PAD_MS} ms are kept either side of the sound, so a soft
 * first consonant or a fading last word is not clipped.
 */
public final class SilenceTrim {

    static final int WINDOW_MS = 10;
    static final double ABOVE_FLOOR_DB = 15;
    static final double BELOW_LOUDEST_DB = 20;
    static final int PAD_MS = 20;
    /** Digital silence, counted as this level so the arithmetic stays finite. */
    private static final double FLOOR_OF_SILENCE = -120;

    private SilenceTrim() {
    }

    /** The frames worth keeping, {@code [from, to)}; the whole take when nothing stands out. */
    public record Range(int from, int to) {

        public int frames() {
            return to - from;
        }
    }

    public static Pcm.Sound trim(Pcm.Sound sound) {
        Range range = range(sound);
        int c = sound.format().channels();
        return new Pcm.Sound(sound.format(), Arrays.copyOfRange(sound.samples(), range.from() * c, range.to() * c));
    }

    public static Range range(Pcm.Sound sound) {
        PcmFormat format = sound.format();
        int frames = format.frames(sound.samples().length);
        int window = Math.max(1, format.sampleRate() * WINDOW_MS / 1000);
        int count = (frames + window - 1) / window;
        if (count < 3) {
            return new Range(0, frames);
        }
        double[] levels = new double[count];
        for (int w = 0; w < count; w++) {
            int from = w * window * format.channels();
            int to = Math.min(frames, (w + 1) * window) * format.channels();
            levels[w] = Math.max(FLOOR_OF_SILENCE, Pcm.rmsDbfs(sound.samples(), from, to));
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double floor = sorted[count / 10];
        double loudest = sorted[count - 1];
        double threshold = Math.min(floor + ABOVE_FLOOR_DB, loudest - BELOW_LOUDEST_DB);
        int first = -1;
        int last = -1;
        for (int w = 0; w < count; w++) {
            if (levels[w] > threshold) {
                if (first < 0) {
                    first = w;
                }
                last = w;
            }
        }
        if (first < 0) {
            return new Range(0, frames);
        }
        int pad = format.sampleRate() * PAD_MS / 1000;
        return new Range(Math.max(0, first * window - pad), Math.min(frames, (last + 1) * window + pad));
    }
}
