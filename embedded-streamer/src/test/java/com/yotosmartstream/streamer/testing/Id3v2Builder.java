package com.yotosmartstream.streamer.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes ID3v2.2, 2.3 and 2.4 tags for tests, with text frames, pictures and unsynchronisation. */
public final class Id3v2Builder {

    private final int version;
    private final ByteArrayOutputStream frames = new ByteArrayOutputStream();
    private boolean unsync;
    private int padding;

    public Id3v2Builder(int version) {
        this.version = version;
    }

    /** A text frame: id such as TIT2 (TT2 in 2.2); encoding 0 Latin-1, 1 UTF-16 with BOM, 3 UTF-8. */
    public Id3v2Builder text(String id, int encoding, String value) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(encoding);
        body.writeBytes(encode(value, encoding));
        return frame(id, body.toByteArray());
    }

    /** A picture: APIC (PIC in 2.2) of {@code type} (3 is the front cover). */
    public Id3v2Builder picture(int type, String mime, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        if (version == 2) {
            body.writeBytes(mime.equals("image/png") ? "PNG".getBytes(StandardCharsets.ISO_8859_1)
                    : "JPG".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            body.writeBytes(mime.getBytes(StandardCharsets.ISO_8859_1));
            body.write(0);
        }
        body.write(type);
        body.writeBytes("cover".getBytes(StandardCharsets.ISO_8859_1));
        body.write(0);
        body.writeBytes(data);
        return frame(version == 2 ? "PIC" : "APIC", body.toByteArray());
    }

    /** Applies unsynchronisation to the whole tag (2.3) or to every frame (2.4). */
    public Id3v2Builder unsynchronised() {
        this.unsync = true;
        return this;
    }

    public Id3v2Builder padding(int bytes) {
        this.padding = bytes;
        return this;
    }

    public Id3v2Builder frame(String id, byte[] content) {
        byte[] body = version == 4 && unsync ? unsync(content) : content;
        frames.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        if (version == 2) {
            frames.write(body.length >> 16);
            frames.write(body.length >> 8);
            frames.write(body.length);
        } else {
            frames.writeBytes(version == 4 ? syncsafe(body.length) : int32(body.length));
            frames.write(0);
            frames.write(version == 4 && unsync ? 0x02 : 0);
        }
        frames.writeBytes(body);
        return this;
    }

    public byte[] build() {
        byte[] content = frames.toByteArray();
        if (version < 4 && unsync) {
            content = unsync(content);
        }
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes("ID3".getBytes(StandardCharsets.ISO_8859_1));
        tag.write(version);
        tag.write(0);
        tag.write(unsync ? 0x80 : 0);
        tag.writeBytes(syncsafe(content.length + padding));
        tag.writeBytes(content);
        tag.writeBytes(new byte[padding]);
        return tag.toByteArray();
    }

    /** An ID3v1.1 tag (the last 128 bytes of a file). */
    public static byte[] v1(String title, String artist, String album, int track) {
        byte[] tag = new byte[128];
        System.arraycopy("TAG".getBytes(StandardCharsets.ISO_8859_1), 0, tag, 0, 3);
        put(tag, 3, title);
        put(tag, 33, artist);
        put(tag, 63, album);
        tag[125] = 0;
        tag[126] = (byte) track;
        tag[127] = (byte) 255;
        return tag;
    }

    private static void put(byte[] tag, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, tag, offset, Math.min(30, bytes.length));
    }

    private static byte[] encode(String value, int encoding) {
        return switch (encoding) {
            case 1 -> (value + "\0").getBytes(StandardCharsets.UTF_16); // with a BOM
            case 3 -> (value + "\0").getBytes(StandardCharsets.UTF_8);
            default -> (value + "\0").getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    static byte[] unsync(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length; i++) {
            out.write(data[i]);
            if ((data[i] & 0xFF) == 0xFF && (i + 1 == data.length || (data[i + 1] & 0xE0) == 0xE0 || data[i + 1] == 0)) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    static byte[] syncsafe(int n) {
        return new byte[] {(byte) ((n >> 21) & 0x7F), (byte) ((n >> 14) & 0x7F), (byte) ((n >> 7) & 0x7F),
            (byte) (n & 0x7F)};
    }

    static byte[] int32(int n) {
        return new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
}
