package com.yotosmartstream.client.sim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Learns the length of AAC sent as a stream (ADTS: every frame carries its own 7- or 9-byte header,
 * ISO/IEC 14496-3 1.A.2) by walking its frame headers, as a player must to play it. Something with no
 * ADTS frame (an MP4 file, a web page) is not an AAC stream.
 */
final class AdtsFrames {

    private static final int[] RATES = {96_000, 88_200, 64_000, 48_000, 44_100, 32_000, 24_000, 22_050, 16_000,
        12_000, 11_025, 8_000, 7_350};
    private static final long LIMIT_MS = Duration.ofHours(3).toMillis();

    private AdtsFrames() {
    }

    /** The stream's duration; IOException (with the reason) when it is not AAC in ADTS frames. */
    static Duration duration(InputStream body) throws IOException {
        InputStream in = new BufferedInputStream(body);
        byte[] header = new byte[7];
        double millis = 0;
        int frames = 0;
        while (millis < LIMIT_MS && in.readNBytes(header, 0, 7) == 7) {
            boolean sync = (header[0] & 0xFF) == 0xFF && (header[1] & 0xF6) == 0xF0;
            int rateIndex = (header[2] & 0x3C) >> 2;
            int length = ((header[3] & 0x03) << 11) | ((header[4] & 0xFF) << 3) | ((header[5] & 0xE0) >> 5);
            if (!sync || rateIndex >= RATES.length || length < 7) {
                if (frames == 0) {
                    throw new IOException("it is not AAC in ADTS frames");
                }
                break;
            }
            int blocks = (header[6] & 0x03) + 1;
            millis += blocks * 1024 * 1000.0 / RATES[rateIndex];
            frames++;
            in.skipNBytes(length - 7);
        }
        if (frames == 0) {
            throw new IOException("it holds no AAC frames");
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
