package com.yotosmartstream.streamer.probe;

/**
 * One MPEG audio frame header (ISO 11172-3 / 13818-3): version, layer, bitrate, sample rate,
 * padding, channel mode, and from them the frame's length in bytes and in samples.
 */
record MpegHeader(int version, int layer, int bitrateKbps, int sampleRate, boolean padding, boolean mono,
        boolean crc) {

    /** 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5. */
    static final int MPEG1 = 1;
    static final int MPEG2 = 2;
    static final int MPEG25 = 25;

    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG-1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG-1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG-2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}, // MPEG-2/2.5 layers II and III
    };
    private static final int[][] SAMPLE_RATES = {
        {44_100, 48_000, 32_000}, {22_050, 24_000, 16_000}, {11_025, 12_000, 8_000}};

    /** The header in these four bytes, or null if they are not a valid (non-free-format) header. */
    static MpegHeader parse(int b0, int b1, int b2, int b3) {
        if (b0 != 0xFF || (b1 & 0xE0) != 0xE0) {
            return null;
        }
        int versionBits = (b1 >> 3) & 3;
        int layerBits = (b1 >> 1) & 3;
        int bitrateIndex = (b2 >> 4) & 0xF;
        int rateIndex = (b2 >> 2) & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3
                || (b3 & 3) == 2) {
            return null;
        }
        int version = versionBits == 3 ? MPEG1 : versionBits == 2 ? MPEG2 : MPEG25;
        int layer = 4 - layerBits;
        int table = version == MPEG1 ? layer - 1 : layer == 1 ? 3 : 4;
        int rate = SAMPLE_RATES[version == MPEG1 ? 0 : version == MPEG2 ? 1 : 2][rateIndex];
        return new MpegHeader(version, layer, BITRATES[table][bitrateIndex], rate, ((b2 >> 1) & 1) == 1,
                ((b3 >> 6) & 3) == 3, (b1 & 1) == 0);
    }

    /** The whole frame's length in bytes, header included. */
    int frameLength() {
        int bitrate = bitrateKbps * 1000;
        if (layer == 1) {
            return (12 * bitrate / sampleRate + (padding ? 1 : 0)) * 4;
        }
        int factor = layer == 3 && version != MPEG1 ? 72 : 144;
        return factor * bitrate / sampleRate + (padding ? 1 : 0);
    }

    int samplesPerFrame() {
        if (layer == 1) {
            return 384;
        }
        return layer == 3 && version != MPEG1 ? 576 : 1152;
    }

    /** Where a Xing/Info header starts in the first frame: after the header and the side information. */
    int xingOffset() {
        if (version == MPEG1) {
            return 4 + (mono ? 17 : 32);
        }
        return 4 + (mono ? 9 : 17);
    }

    int channels() {
        return mono ? 1 : 2;
    }

    /** Whether another frame belongs to the same stream (same version, layer and sample rate). */
    boolean sameStream(MpegHeader other) {
        return other != null && other.version == version && other.layer == layer && other.sampleRate == sampleRate;
    }
}
