package com.yotosmartstream.story.record;

/**
 * Frames a microphone delivered: interleaved samples in {@code format}, and their peak level in
 * dBFS (0 is full scale; negative infinity for digital silence), for the level meter.
 */
public record PcmChunk(PcmFormat format, short[] samples, double levelDbfs) {

    /** A chunk of {@code samples} with its level measured. */
    public static PcmChunk of(PcmFormat format, short[] samples) {
        return new PcmChunk(format, samples, Pcm.peakDbfs(samples, 0, samples.length));
    }
}
