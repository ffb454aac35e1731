package com.yotosmartstream.story.record;

import com.yotosmartstream.core.audio.LoudnessMeter;

/**
 * Brings a take to the library's loudness target: its integrated loudness measured per ITU-R
 * BS.1770 / EBU R 128 ({@link LoudnessMeter}, the one the library's own converter uses), then one
 * gain for the whole take, held back so no sample passes {@value #CEILING_DBFS} dBFS (as the
 * library's converter does: a very peaky take ends up a little under the target rather than
 * clipped).
 */
public final class Loudness {

    static final double CEILING_DBFS = -1.0;

    private Loudness() {
    }

    /** Integrated loudness in LUFS; negative infinity for silence. */
    public static double integrated(Pcm.Sound sound) {
        LoudnessMeter meter = new LoudnessMeter(sound.format().sampleRate(), sound.format().channels());
        meter.add(sound.samples(), sound.format().frames(sound.samples().length));
        return meter.integrated();
    }

    /** The take at {@code targetLufs} (unchanged when it is silent). */
    public static Pcm.Sound normalise(Pcm.Sound sound, double targetLufs) {
        LoudnessMeter meter = new LoudnessMeter(sound.format().sampleRate(), sound.format().channels());
        meter.add(sound.samples(), sound.format().frames(sound.samples().length));
        double gain = LoudnessMeter.gainDb(meter.integrated(), meter.peakDbfs(), targetLufs, CEILING_DBFS);
        return gain == 0 ? sound : new Pcm.Sound(sound.format(), Pcm.gain(sound.samples(), gain));
    }
}
