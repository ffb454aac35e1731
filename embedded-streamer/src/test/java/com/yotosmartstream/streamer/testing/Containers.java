package com.yotosmartstream.streamer.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Byte-exact audio containers for probe tests: MP3 frames with Xing, Info/LAME and VBRI headers,
 * FLAC, Ogg (Vorbis, Opus) and MP4 metadata with a few bytes standing for the audio.
 */
public final class Containers {

    /** MPEG-1 layer III, 44.1 kHz, joint stereo, no CRC; bitrate index in the third byte. */
    private static final int KBPS_128 = 0x90;
    private static final int KBPS_192 = 0xB0;

    private Containers() {
    }

    /** A frame of silence-like zeros at 128 or 192 kbps (417 or 626 bytes). */
    public static byte[] frame(int kbps) {
        int index = kbps == 192 ? KBPS_192 : KBPS_128;
        int length = 144 * kbps * 1000 / 44_100;
        byte[] frame = new byte[length];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = (byte) index;
        frame[3] = (byte) 0x40;
        return frame;
    }

    /** {@code count} frames, all at {@code kbps}. */
    public static byte[] frames(int count, int kbps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.writeBytes(frame(kbps));
        }
        return out.toByteArray();
    }

    /** A first frame carrying a Xing (VBR) or Info (CBR) header with a LAME tag giving delay and padding. */
    public static byte[] xingFrame(String tag, int frames, int bytes, int delay, int padding) {
        byte[] frame = frame(128);
        ByteBuffer b = ByteBuffer.wrap(frame);
        b.position(36);
        b.put(tag.getBytes(StandardCharsets.US_ASCII));
        b.putInt(0x0F);
        b.putInt(frames);
        b.putInt(bytes);
        for (int i = 0; i < 100; i++) {
            b.put((byte) (i * 255 / 100));
        }
        b.putInt(50);
        int lame = b.position();
        b.put("LAME3.100".getBytes(StandardCharsets.US_ASCII));
        b.position(lame + 21);
        b.put((byte) (delay >> 4));
        b.put((byte) (((delay & 0xF) << 4) | (padding >> 8)));
        b.put((byte) padding);
        return frame;
    }

    /** A first frame carrying a Fraunhofer VBRI header. */
    public static byte[] vbriFrame(int frames, int bytes) {
        byte[] frame = frame(128);
        ByteBuffer b = ByteBuffer.wrap(frame);
        b.position(36);
        b.put("VBRI".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 1);
        b.putShort((short) 576);
        b.putShort((short) 75);
        b.putInt(bytes);
        b.putInt(frames);
        return frame;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** FLAC metadata (STREAMINFO, Vorbis comments, a front-cover picture) and some stand-in frame bytes. */
    public static byte[] flac(int sampleRate, int channels, long totalSamples, List<String> comments, byte[] cover,
            int audioBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("fLaC".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer info = ByteBuffer.allocate(34);
        info.putShort((short) 4096).putShort((short) 4096);
        info.put(new byte[6]);
        long packed = ((long) sampleRate << 44) | ((long) (channels - 1) << 41) | (15L << 36) | totalSamples;
        info.putLong(packed);
        info.put(new byte[16]);
        block(out, 0, info.array(), false);
        block(out, 4, vorbisComments(comments), cover == null);
        if (cover != null) {
            block(out, 6, pictureBlock(3, "image/png", cover), true);
        }
        out.writeBytes(new byte[audioBytes]);
        return out.toByteArray();
    }

    private static void block(ByteArrayOutputStream out, int type, byte[] body, boolean last) {
        out.write((last ? 0x80 : 0) | type);
        out.write(body.length >> 16);
        out.write(body.length >> 8);
        out.write(body.length);
        out.writeBytes(body);
    }

    public static byte[] pictureBlock(int type, String mime, byte[] data) {
        byte[] mimeBytes = mime.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(32 + mimeBytes.length + data.length);
        b.putInt(type).putInt(mimeBytes.length).put(mimeBytes).putInt(0);
        b.putInt(1).putInt(1).putInt(24).putInt(0).putInt(data.length).put(data);
        return b.array();
    }

    public static byte[] vorbisComments(List<String> comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] vendor = "test".getBytes(StandardCharsets.UTF_8);
        out.writeBytes(le32(vendor.length));
        out.writeBytes(vendor);
        out.writeBytes(le32(comments.size()));
        for (String comment : comments) {
            byte[] bytes = comment.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(le32(bytes.length));
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** An Ogg Vorbis or Opus stream: id and comment packets, {@code audioPages} pages of filler, the last with {@code granule}. */
    public static byte[] ogg(boolean opus, int sampleRate, int channels, List<String> comments, long granule,
            int audioPages, boolean endOfStream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] id;
        byte[] tags;
        if (opus) {
            ByteBuffer b = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
            b.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) channels)
                    .putShort((short) 312).putInt(sampleRate).putShort((short) 0).put((byte) 0);
            id = b.array();
            tags = concat("OpusTags".getBytes(StandardCharsets.US_ASCII), vorbisComments(comments));
        } else {
            ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 1).put("vorbis".getBytes(StandardCharsets.US_ASCII)).putInt(0).put((byte) channels)
                    .putInt(sampleRate).putInt(0).putInt(128_000).putInt(0).put((byte) 0xB8).put((byte) 1);
            id = b.array();
            tags = concat(new byte[] {3}, "vorbis".getBytes(StandardCharsets.US_ASCII), vorbisComments(comments),
                    new byte[] {1});
        }
        int sequence = 0;
        page(out, 0x02, 0, sequence++, id);
        page(out, 0, 0, sequence++, tags);
        for (int i = 0; i < audioPages; i++) {
            boolean last = i == audioPages - 1;
            page(out, last && endOfStream ? 0x04 : 0, last ? granule : granule * (i + 1) / audioPages, sequence++,
                    new byte[4000]);
        }
        return out.toByteArray();
    }

    /** One Ogg page holding one packet (split into 255-byte lacing values). */
    private static void page(ByteArrayOutputStream out, int flags, long granule, int sequence, byte[] packet) {
        int segments = packet.length / 255 + 1;
        ByteBuffer b = ByteBuffer.allocate(27 + segments).order(ByteOrder.LITTLE_ENDIAN);
        b.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags).putLong(granule)
                .putInt(0x1234).putInt(sequence).putInt(0).put((byte) segments);
        for (int i = 0; i < segments - 1; i++) {
            b.put((byte) 255);
        }
        b.put((byte) (packet.length % 255));
        out.writeBytes(b.array());
        out.writeBytes(packet);
    }

    /** An M4A: ftyp, moov (a sound track of {@code codec} with mdhd duration and esds bitrate, iTunes tags), mdat. */
    public static byte[] m4a(String codec, int sampleRate, int channels, long timescale, long duration, int avgBitrate,
            String title, String artist, String album, int track, byte[] cover, int mdatBytes, boolean withVideo) {
        byte[] esds = fullBox("esds", concat(
                new byte[] {0x03, 25, 0, 1, 0},
                new byte[] {0x04, 17, 0x40, 0x15, 0, 0, 0},
                be32(avgBitrate * 2), be32(avgBitrate),
                new byte[] {0x05, 2, 0x12, 0x10}));
        ByteBuffer entry = ByteBuffer.allocate(28);
        entry.put(new byte[6]).putShort((short) 1).putShort((short) 0).putShort((short) 0).putInt(0)
                .putShort((short) channels).putShort((short) 16).putShort((short) 0).putShort((short) 0)
                .putInt(sampleRate << 16);
        byte[] sampleEntry = box(codec, concat(entry.array(), esds));
        byte[] stsd = fullBox("stsd", concat(be32(1), sampleEntry));
        byte[] mdhd = fullBox("mdhd", concat(be32(0), be32(0), be32((int) timescale), be32((int) duration),
                new byte[4]));
        byte[] sound = box("trak", box("mdia", concat(mdhd, hdlr("soun"), box("minf", box("stbl", stsd)))));
        byte[] tracks = sound;
        if (withVideo) {
            tracks = concat(sound, box("trak", box("mdia", concat(mdhd, hdlr("vide")))));
        }
        byte[] ilst = box("ilst", concat(
                item("\u00a9nam", 1, title.getBytes(StandardCharsets.UTF_8)),
                item("\u00a9ART", 1, artist.getBytes(StandardCharsets.UTF_8)),
                item("\u00a9alb", 1, album.getBytes(StandardCharsets.UTF_8)),
                item("trkn", 0, new byte[] {0, 0, 0, (byte) track, 0, 12, 0, 0}),
                cover == null ? new byte[0] : item("covr", 14, cover)));
        byte[] udta = box("udta", fullBox("meta", concat(hdlr("mdir"), ilst)));
        byte[] mvhd = fullBox("mvhd", concat(be32(0), be32(0), be32(1000), be32(0), new byte[80]));
        return concat(box("ftyp", concat("M4A ".getBytes(StandardCharsets.ISO_8859_1), be32(0),
                "M4A isom".getBytes(StandardCharsets.ISO_8859_1))), box("moov", concat(mvhd, tracks, udta)),
                box("mdat", new byte[mdatBytes]));
    }

    private static byte[] item(String type, int dataType, byte[] value) {
        return box(type, box("data", concat(be32(dataType), be32(0), value)));
    }

    private static byte[] hdlr(String handler) {
        return fullBox("hdlr", concat(be32(0), handler.getBytes(StandardCharsets.ISO_8859_1), new byte[12], new byte[1]));
    }

    public static byte[] box(String type, byte[] body) {
        return concat(be32(8 + body.length), type.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] fullBox(String type, byte[] body) {
        return box(type, concat(new byte[4], body));
    }

    private static byte[] be32(int n) {
        return ByteBuffer.allocate(4).putInt(n).array();
    }

    private static byte[] le32(int n) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array();
    }

    /**
     * AIFF ({@code FORM}/{@code AIFF}) as Apple's AIFF 1.3 lays it out: a {@code COMM} chunk (channels,
     * sample frames, bits, the rate as an 80-bit extended float), a {@code NAME} chunk, then an
     * {@code SSND} chunk of {@code dataBytes} zero bytes.
     */
    public static byte[] aiff(int sampleRate, int channels, long frames, String name, int dataBytes) {
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer comm = java.nio.ByteBuffer.allocate(8 + 18);
        comm.put("COMM".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(18).putShort((short) channels)
                .putInt((int) frames).putShort((short) 16);
        // the rate as an extended float: exponent 16383 + (bits - 1), mantissa with its integer bit on top
        int bits = 64 - Long.numberOfLeadingZeros(sampleRate);
        comm.putShort((short) (16383 + bits - 1)).putLong((long) sampleRate << (64 - bits));
        chunks.writeBytes(comm.array());
        byte[] title = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer named = java.nio.ByteBuffer.allocate(8 + title.length + (title.length & 1));
        named.put("NAME".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(title.length).put(title);
        chunks.writeBytes(named.array());
        java.nio.ByteBuffer ssnd = java.nio.ByteBuffer.allocate(8 + 8 + dataBytes);
        ssnd.put("SSND".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + dataBytes).putInt(0).putInt(0);
        chunks.writeBytes(ssnd.array());
        byte[] body = chunks.toByteArray();
        java.nio.ByteBuffer form = java.nio.ByteBuffer.allocate(12 + body.length);
        form.put("FORM".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("AIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(body);
        return form.array();
    }
}
