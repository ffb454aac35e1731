package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Raw AAC in ADTS frames: each frame header gives its length and sample rate; 1024 samples per block. */
final class AdtsProbe {

    private static final int[] RATES = {96_000, 88_200, 64_000, 48_000, 44_100, 32_000, 24_000, 22_050, 16_000,
        12_000, 11_025, 8_000, 7_350};

    private AdtsProbe() {
    }

    /** Whether an ADTS header, followed by another, starts at {@code position}. */
    static boolean startsAt(FileSource source, long position) throws IOException {
        byte[] head = source.readUpTo(position, 7);
        int length = frameLength(head);
        if (length < 7) {
            return false;
        }
        return position + length == source.size() || frameLength(source.readUpTo(position + length, 7)) >= 7;
    }

    static AudioInfo probe(FileSource source, long start, long end) throws IOException, ProbeException {
        ByteWindow window = new ByteWindow(source, 1 << 20);
        long position = start;
        long samples = 0;
        long bytes = 0;
        int rate = 0;
        int channels = 0;
        List<String> notes = new ArrayList<>();
        byte[] head = new byte[7];
        while (position + 7 <= end) {
            for (int i = 0; i < 7; i++) {
                head[i] = (byte) window.at(position + i);
            }
            int length = frameLength(head);
            if (length < 7) {
                notes.add("Damaged data after " + Math.round(samples * 1000.0 / Math.max(1, rate)) / 1000
                        + " seconds was left out of the duration.");
                break;
            }
            if (position + length > end) {
                notes.add("The last frame is cut off; the rest plays normally.");
                break;
            }
            rate = RATES[(head[2] >> 2) & 0xF];
            channels = ((head[2] & 1) << 2) | ((head[3] >> 6) & 3);
            samples += 1024L * ((head[6] & 3) + 1);
            bytes += length;
            position += length;
        }
        if (samples == 0) {
            throw new ProbeException("No complete AAC frame was found in it: it is damaged or cut short.");
        }
        Duration duration = Mp3Probe.duration(samples, rate);
        return new AudioInfo(AudioFormat.AAC_ADTS, duration, Mp3Probe.bitrate(bytes, duration), rate, channels, true,
                Tags.NONE, Optional.empty(), notes);
    }

    /** The frame length in a 7-byte ADTS header, or -1 if the bytes are not one. */
    private static int frameLength(byte[] h) {
        if (h.length < 7 || (h[0] & 0xFF) != 0xFF || (h[1] & 0xF6) != 0xF0 || ((h[2] >> 2) & 0xF) >= RATES.length) {
            return -1;
        }
        return ((h[3] & 3) << 11) | ((h[4] & 0xFF) << 3) | ((h[5] & 0xFF) >> 5);
    }
}
