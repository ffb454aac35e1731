package com.yotosmartstream.streamer.testing;

import static com.yotosmartstream.streamer.testing.Containers.concat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/**
 * Byte-exact WebM/Matroska and ASF (WMA) files for the probe tests and fuzz seeds, written from the
 * specifications: EBML elements (RFC 8794: an id, a size as a variable-length integer, a body) with
 * Matroska's ids (RFC 9559, section 5.1), and ASF objects (a GUID stored with its first three fields
 * little-endian, a 64-bit size, a body; Microsoft's ASF Specification 01.20.03, section 3). The
 * audio itself is zeros: the probes read headers only.
 */
public final class MatroskaAsf {

    private MatroskaAsf() {
    }

    /** What a Matroska file holds. */
    public record Mkv(String docType, double durationMs, String title, String codec, double rate, int channels,
            Map<String, String> tags, boolean encrypted, boolean withVideo, boolean withAudio) {

        public static Mkv webm(double durationMs) {
            return new Mkv("webm", durationMs, "A Clip", "A_OPUS", 48_000, 2, Map.of("ARTIST", "Someone",
                    "PART_NUMBER", "4", "DISC", "2"), false, false, true);
        }

        public Mkv docType(String type) {
            return new Mkv(type, durationMs, title, codec, rate, channels, tags, encrypted, withVideo, withAudio);
        }

        public Mkv withEncryption() {
            return new Mkv(docType, durationMs, title, codec, rate, channels, tags, true, withVideo, withAudio);
        }

        public Mkv videoOnly() {
            return new Mkv(docType, durationMs, title, codec, rate, channels, tags, encrypted, true, false);
        }

        public Mkv rate(double hz) {
            return new Mkv(docType, durationMs, title, codec, hz, channels, tags, encrypted, withVideo, withAudio);
        }
    }

    /** A Matroska file: EBML header, then a Segment with Info, Tracks, Tags and one cluster of zeros. */
    public static byte[] matroska(Mkv m) {
        byte[] header = element(0x1A45DFA3L, concat(element(0x4286, uint(1)), element(0x4282, ascii(m.docType()))));
        byte[] info = element(0x1549A966L, concat(element(0x2AD7B1, uint(1_000_000)),
                m.durationMs() < 0 ? new byte[0] : element(0x4489, float64(m.durationMs())),
                element(0x7BA9, utf8(m.title()))));
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        if (m.withVideo()) {
            entries.writeBytes(element(0xAE, concat(element(0xD7, uint(1)), element(0x83, uint(1)),
                    element(0x86, ascii("V_VP9")))));
        }
        if (m.withAudio()) {
            byte[] encodings = m.encrypted() ? element(0x6D80, element(0x6240, element(0x5035,
                    element(0x47E1, uint(5))))) : new byte[0];
            entries.writeBytes(element(0xAE, concat(element(0xD7, uint(2)), element(0x83, uint(2)),
                    element(0x86, ascii(m.codec())), encodings, element(0xE1, concat(element(0xB5,
                    float64(m.rate())), element(0x9F, uint(m.channels())))))));
        }
        byte[] tracks = element(0x1654AE6BL, entries.toByteArray());
        ByteArrayOutputStream simple = new ByteArrayOutputStream();
        m.tags().forEach((name, value) -> simple.writeBytes(element(0x67C8, concat(element(0x45A3, utf8(name)),
                element(0x4487, utf8(value))))));
        byte[] tags = element(0x1254C367L, element(0x7373, concat(element(0x63C0, element(0x68CA, uint(50))),
                simple.toByteArray())));
        byte[] cluster = element(0x1F43B675L, concat(element(0xE7, uint(0)), element(0xA3, new byte[64])));
        return concat(header, element(0x18538067L, concat(info, tracks, tags, cluster)));
    }

    /** An EBML element: its id's bytes as written, an 8-byte size, the body. */
    public static byte[] element(long id, byte[] body) {
        int idLength = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        ByteBuffer out = ByteBuffer.allocate(idLength + 8 + body.length);
        for (int i = idLength - 1; i >= 0; i--) {
            out.put((byte) (id >>> (8 * i)));
        }
        out.put((byte) 0x01); // an 8-byte size: the marker bit, then 56 bits of length
        for (int i = 6; i >= 0; i--) {
            out.put((byte) ((long) body.length >>> (8 * i)));
        }
        return out.put(body).array();
    }

    private static byte[] uint(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] float64(double value) {
        return ByteBuffer.allocate(8).putDouble(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What an ASF file holds. */
    public record Wma(long playDuration100ns, long prerollMs, boolean broadcast, int channels, long rate,
            long bytesPerSecond, String title, String author, String album, long track, String disc,
            boolean encrypted, boolean audio) {

        public static Wma of(double seconds) {
            long preroll = 3_000;
            return new Wma(Math.round((seconds * 1000 + preroll) * 10_000), preroll, false, 2, 44_100, 8_000,
                    "An Old Song", "A Band", "An Album", 3, "1/2", false, true);
        }

        public Wma withEncryption() {
            return new Wma(playDuration100ns, prerollMs, broadcast, channels, rate, bytesPerSecond, title, author,
                    album, track, disc, true, audio);
        }

        public Wma rate(long hz) {
            return new Wma(playDuration100ns, prerollMs, broadcast, channels, hz, bytesPerSecond, title, author,
                    album, track, disc, encrypted, audio);
        }

        public Wma asBroadcast() {
            return new Wma(playDuration100ns, prerollMs, true, channels, rate, bytesPerSecond, title, author,
                    album, track, disc, encrypted, audio);
        }
    }

    /** An ASF file: the Header Object with its objects, then a Data Object of one empty packet. */
    public static byte[] asf(Wma w) {
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        objects.writeBytes(object("8CABDCA1-A947-11CF-8EE4-00C00C205365", le(80).put(new byte[16]).putLong(0)
                .putLong(0).putLong(1).putLong(w.playDuration100ns()).putLong(w.playDuration100ns())
                .putLong(w.prerollMs()).putInt(w.broadcast() ? 1 : 2).putInt(512).putInt(512)
                .putInt((int) (w.bytesPerSecond() * 8)).array()));
        byte[] waveFormat = le(18).putShort((short) 0x0161).putShort((short) w.channels()).putInt((int) w.rate())
                .putInt((int) w.bytesPerSecond()).putShort((short) 2048).putShort((short) 16).putShort((short) 0)
                .array();
        byte[] streamType = guid(w.audio() ? "F8699E40-5B4D-11CF-A8FD-00805F5C442B"
                : "BC19EFC0-5B4D-11CF-A8FD-00805F5C442B");
        objects.writeBytes(object("B7DC0791-A9B7-11CF-8EE6-00C00C205365", concat(streamType,
                guid("20FB5700-5B55-11CF-A8FD-00805F5C442B"), le(22).putLong(0).putInt(waveFormat.length).putInt(0)
                .putShort((short) 1).putInt(0).array(), waveFormat)));
        byte[] title = utf16z(w.title());
        byte[] author = utf16z(w.author());
        objects.writeBytes(object("75B22633-668E-11CF-A6D9-00AA0062CE6C", concat(le(10)
                .putShort((short) title.length).putShort((short) author.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).array(), title, author)));
        objects.writeBytes(object("D2D0A440-E307-11D2-97F0-00A0C95EA850", concat(le(2).putShort((short) 3).array(),
                attribute("WM/AlbumTitle", 0, utf16z(w.album())),
                attribute("WM/TrackNumber", 3, le(4).putInt((int) w.track()).array()),
                attribute("WM/PartOfSet", 0, utf16z(w.disc())))));
        if (w.encrypted()) {
            objects.writeBytes(object("2211B3FB-BD23-11D2-B4B7-00A0C955FC6E", le(16).putInt(0).putInt(0).putInt(0)
                    .putInt(0).array()));
        }
        byte[] body = objects.toByteArray();
        byte[] header = concat(guid("75B22630-668E-11CF-A6D9-00AA0062CE6C"), le(14).putLong(30 + body.length)
                .putInt(4 + (w.encrypted() ? 1 : 0)).put((byte) 1).put((byte) 2).array(), body);
        byte[] data = concat(guid("75B22636-668E-11CF-A6D9-00AA0062CE6C"), le(34).putLong(50 + 512)
                .put(new byte[16]).putLong(1).putShort((short) 0x0101).array(), new byte[512]);
        return concat(header, data);
    }

    private static byte[] object(String guid, byte[] body) {
        return concat(guid(guid), le(8).putLong(24 + body.length).array(), body);
    }

    private static byte[] attribute(String name, int type, byte[] value) {
        byte[] n = utf16z(name);
        return concat(le(2).putShort((short) n.length).array(), n, le(4).putShort((short) type)
                .putShort((short) value.length).array(), value);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] utf16z(String text) {
        return (text + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    /** A GUID as ASF stores it: the first three fields little-endian, the last two as written. */
    public static byte[] guid(String text) {
        byte[] b = HexFormat.of().parseHex(text.replace("-", ""));
        return new byte[] {b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13],
                b[14], b[15]};
    }
}
