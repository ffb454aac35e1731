package com.yotosmartstream.streamer.testing;

import static com.yotosmartstream.streamer.testing.Containers.concat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * Files built to attack the probes and converters: each is a valid file with one size or rate
 * field set to what a damaged or malicious file holds (a top bit set, a length past the end, a
 * rate no audio has). Issue 16 found the first two in 5,600 mutated files.
 */
public final class Hostile {

    private Hostile() {
    }

    /**
     * An ID3v2.3 tag whose TIT2 frame size has its top bit set (0xFFFFFFF0: clamped to
     * Integer.MAX_VALUE, {@code start + size} overflows), before 40 good MP3 frames.
     */
    public static byte[] id3FrameSizeTopBit() {
        byte[] frame = concat("TIT2".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 0, 0}, new byte[] {0, 'a', 'b', 'c'});
        byte[] body = concat(frame, new byte[32]);
        byte[] header = concat("ID3".getBytes(StandardCharsets.ISO_8859_1), new byte[] {3, 0, 0},
                syncsafe(body.length));
        return concat(header, body, Containers.frames(120, 128));
    }

    /** A real WAV (javax.sound) with its sample rate field replaced by {@code rate} (unsigned 32-bit). */
    public static byte[] wavWithRate(long rate) throws IOException {
        java.nio.file.Path temp = Files.createTempFile("hostile", ".wav");
        try {
            byte[] wav = Files.readAllBytes(AudioFixtures.wav(temp, 2.0, 8000, 1));
            ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(24, (int) rate);
            return wav;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A WAV whose LIST/INFO chunk holds an INAM entry claiming 0x7FFFFFFF bytes. */
    public static byte[] wavListOverflow() throws IOException {
        byte[] wav = wavWithRate(8000);
        byte[] info = concat("INFO".getBytes(StandardCharsets.ISO_8859_1), "INAM".getBytes(StandardCharsets.ISO_8859_1),
                le32(0x7FFFFFFF), "title".getBytes(StandardCharsets.ISO_8859_1), new byte[1]);
        byte[] list = concat("LIST".getBytes(StandardCharsets.ISO_8859_1), le32(info.length), info);
        byte[] out = concat(Arrays.copyOf(wav, 12), list, Arrays.copyOfRange(wav, 12, wav.length));
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(4, out.length - 8);
        return out;
    }

    /** A FLAC file whose last metadata block is a picture block of length 0. */
    public static byte[] flacEmptyPicture() {
        byte[] flac = Containers.flac(44_100, 2, 44_100L * 3, List.of(), null, 0);
        byte[] streamInfo = Arrays.copyOf(flac, 4 + 4 + 34);
        return concat(streamInfo, new byte[] {(byte) 0x86, 0, 0, 0}, new byte[4000]);
    }

    /** An M4A whose {@code mdat} gives a 64-bit size of 2^63 - 16 (position + size overflows). */
    public static byte[] mp4HugeTopLevelBox() {
        byte[] m4a = Containers.m4a("mp4a", 44_100, 2, 44_100, 44_100L * 3, 96_000, "t", "a", "b", 1, null, 0, false);
        byte[] mdat = concat(be32(1), "free".getBytes(StandardCharsets.ISO_8859_1), be64(Long.MAX_VALUE - 15),
                new byte[64]);
        return concat(m4a, mdat);
    }

    /** An M4A whose {@code moov} holds a child with a 64-bit size of 2^63 - 1 before the sound track. */
    public static byte[] mp4HugeChildBox() {
        byte[] m4a = Containers.m4a("mp4a", 44_100, 2, 44_100, 44_100L * 3, 96_000, "t", "a", "b", 1, null, 100, false);
        int moov = indexOf(m4a, "moov") - 4;
        int moovSize = ByteBuffer.wrap(m4a).getInt(moov);
        byte[] child = concat(be32(1), "junk".getBytes(StandardCharsets.ISO_8859_1), be64(Long.MAX_VALUE));
        byte[] out = concat(Arrays.copyOf(m4a, moov + 8), child, Arrays.copyOfRange(m4a, moov + 8, m4a.length));
        ByteBuffer.wrap(out).putInt(moov, moovSize + child.length);
        return out;
    }

    /** An Ogg Vorbis stream whose identification header gives {@code rate} (unsigned 32-bit). */
    public static byte[] oggVorbisWithRate(int rate) {
        return Containers.ogg(false, rate, 2, List.of("TITLE=x"), 44_100L * 10, 3, true);
    }

    /** 100 MP3 frames whose Xing header claims 0xFFFFFFFF frames (three and a half years). */
    public static byte[] xingClaimingFourBillionFrames() {
        byte[] first = Containers.xingFrame("Xing", -1, 0, 576, 1000);
        return concat(first, Containers.frames(100, 128));
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(text + " not found");
    }

    static byte[] syncsafe(int n) {
        return new byte[] {(byte) ((n >> 21) & 0x7F), (byte) ((n >> 14) & 0x7F), (byte) ((n >> 7) & 0x7F),
            (byte) (n & 0x7F)};
    }

    private static byte[] be32(int n) {
        return ByteBuffer.allocate(4).putInt(n).array();
    }

    private static byte[] be64(long n) {
        return ByteBuffer.allocate(8).putLong(n).array();
    }

    private static byte[] le32(int n) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array();
    }
}
