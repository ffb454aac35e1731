package com.yotosmartstream.story.record;

/**
 * The shape of captured audio: signed 16-bit little-endian PCM at {@code sampleRate} frames a
 * second, {@code channels} samples a frame (interleaved).
 */
public record PcmFormat(int sampleRate, int channels) {

    /** What a recording asks a microphone for first: CD rate, mono, as speech needs no more. */
    public static final PcmFormat SPEECH = new PcmFormat(44_100, 1);

    public PcmFormat {
        if (sampleRate < 8_000 || sampleRate > 192_000 || channels < 1 || channels > 2) {
            throw new IllegalArgumentException(sampleRate + " Hz, " + channels + " channels");
        }
    }

    /** The number of whole frames in {@code samples} samples. */
    public int frames(int samples) {
        return samples / channels;
    }

    public double seconds(int samples) {
        return frames(samples) / (double) sampleRate;
    }

    public javax.sound.sampled.AudioFormat javaSound() {
        return new javax.sound.sampled.AudioFormat(sampleRate, 16, channels, true, false);
    }
}
