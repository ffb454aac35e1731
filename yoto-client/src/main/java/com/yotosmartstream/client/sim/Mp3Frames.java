package com.yotosmartstream.client.sim;

import java.time.Duration;

/**
 * Silent MP3 audio made on the spot (MPEG-1 Layer III, 44.1 kHz mono, 32 kbps), so the simulated
 * household and tests have real, decodable tracks of any length without shipping audio files.
 */
public final class Mp3Frames {

    /** Samples per Layer III frame at 44.1 kHz. */
    private static final int SAMPLES_PER_FRAME = 1152;
    private static final int SAMPLE_RATE = 44_100;
    /** 144 * 32000 / 44100, rounded down (no padding). */
    static final int FRAME_BYTES = 104;
    private static final byte[] HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x10, (byte) 0xC0};

    private Mp3Frames() {
    }

    /** The number of frames that last at least {@code duration}. */
    public static int framesFor(Duration duration) {
        return (int) Math.ceil(duration.toNanos() / 1e9 * SAMPLE_RATE / SAMPLES_PER_FRAME);
    }

    /** The exact length of {@code frames} frames. */
    public static Duration durationOf(int frames) {
        return Duration.ofNanos(Math.round(frames * (double) SAMPLES_PER_FRAME / SAMPLE_RATE * 1e9));
    }

    /** At least {@code duration} of silence. */
    public static byte[] silence(Duration duration) {
        int frames = framesFor(duration);
        byte[] bytes = new byte[frames * FRAME_BYTES];
        for (int i = 0; i < frames; i++) {
            System.arraycopy(HEADER, 0, bytes, i * FRAME_BYTES, HEADER.length);
        }
        return bytes;
    }
}
