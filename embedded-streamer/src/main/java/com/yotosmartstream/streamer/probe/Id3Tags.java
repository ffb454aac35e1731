package com.yotosmartstream.streamer.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * ID3 tags: version 2.2, 2.3 and 2.4 at the start of a file (title, artist, album, track and disc
 * numbers ({@code TRCK}, {@code TPOS}) and the front cover, with unsynchronisation, extended
 * headers, compressed frames and footers handled) and version 1 / 1.1 in the last 128 bytes.
 */
final class Id3Tags {

    /** A tag found at the start: what it says and where the audio after it begins. */
    record Found(Tags tags, Optional<Cover> cover, long end) {
    }

    /** Tags larger than this are not read (their cover is lost; the audio still imports). */
    private static final int MAX_TAG_BYTES = 32 * 1024 * 1024;

    private Id3Tags() {
    }

    /** Whether an ID3v2 tag starts at {@code position}. */
    static boolean startsAt(FileSource source, long position) throws IOException {
        byte[] head = source.readUpTo(position, 10);
        return head.length == 10 && FileSource.ascii(head, 0, "ID3") && (head[3] & 0xFF) <= 4 && (head[3] & 0xFF) >= 2
                && (head[6] & 0x80) == 0 && (head[7] & 0x80) == 0 && (head[8] & 0x80) == 0 && (head[9] & 0x80) == 0;
    }

    /**
     * Reads the ID3v2 tags at {@code position} (several may follow each other) and returns what they
     * say together and where the audio begins.
     */
    static Found readV2(FileSource source, long position) throws IOException {
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        long at = position;
        while (startsAt(source, at)) {
            byte[] head = source.read(at, 10);
            int version = head[3] & 0xFF;
            int flags = head[5] & 0xFF;
            int size = syncsafe(head, 6);
            long end = at + 10 + size + ((flags & 0x10) != 0 ? 10 : 0);
            if (size <= MAX_TAG_BYTES && at + 10 + size <= source.size()) {
                Parsed parsed = parse(source.read(at + 10, size), version, flags);
                tags = tags.orElse(parsed.tags);
                cover = cover.isPresent() ? cover : parsed.cover;
            }
            at = Math.min(end, source.size());
        }
        return new Found(tags, cover, at);
    }

    /** ID3v1 in the last 128 bytes, if there is one. */
    static Optional<Tags> readV1(FileSource source, long end) throws IOException {
        if (end < 128) {
            return Optional.empty();
        }
        byte[] tag = source.read(end - 128, 128);
        if (!FileSource.ascii(tag, 0, "TAG")) {
            return Optional.empty();
        }
        int track = tag[125] == 0 && tag[126] != 0 ? tag[126] & 0xFF : 0;
        return Optional.of(new Tags(latin1(tag, 3, 30), latin1(tag, 33, 30), latin1(tag, 63, 30), track));
    }

    private record Parsed(Tags tags, Optional<Cover> cover) {
    }

    private static Parsed parse(byte[] body, int version, int flags) {
        byte[] data = body;
        if ((flags & 0x80) != 0 && version < 4) {
            data = resync(data, 0, data.length);
        }
        int p = 0;
        if ((flags & 0x40) != 0 && data.length >= 4) {
            p = version == 4 ? syncsafe(data, 0) : (int) Math.min(FileSource.u32be(data, 0) + 4, data.length);
        }
        String title = "";
        String artist = "";
        String album = "";
        String track = "";
        String disc = "";
        Optional<Cover> front = Optional.empty();
        Optional<Cover> any = Optional.empty();
        int idLength = version == 2 ? 3 : 4;
        int headerLength = version == 2 ? 6 : 10;
        while (p + headerLength <= data.length && data[p] != 0) {
            String id = new String(data, p, idLength, StandardCharsets.ISO_8859_1);
            int size = version == 2 ? FileSource.u24be(data, p + 3)
                    : version == 4 ? syncsafe(data, p + 4) : (int) Math.min(FileSource.u32be(data, p + 4), Integer.MAX_VALUE);
            int formatFlags = version == 2 ? 0 : data[p + 9] & 0xFF;
            int start = p + headerLength;
            // a size with its top bit set is clamped to Integer.MAX_VALUE: start + size would overflow
            if (!FileSource.fits(start, size, data.length) || !id.chars().allMatch(c -> Character.isLetterOrDigit(c))) {
                break;
            }
            byte[] frame = frameData(data, start, size, version, formatFlags, (flags & 0x80) != 0);
            p = start + size;
            if (frame == null) {
                continue;
            }
            switch (id) {
                case "TIT2", "TT2" -> title = text(frame);
                case "TPE1", "TP1" -> artist = text(frame);
                case "TALB", "TAL" -> album = text(frame);
                case "TRCK", "TRK" -> track = text(frame);
                case "TPOS", "TPA" -> disc = text(frame);
                case "APIC", "PIC" -> {
                    Picture picture = picture(frame, version == 2);
                    if (picture != null) {
                        Optional<Cover> cover = Cover.of(picture.data);
                        if (picture.type == 3 && front.isEmpty()) {
                            front = cover;
                        } else if (any.isEmpty()) {
                            any = cover;
                        }
                    }
                }
                default -> {
                    // a frame we do not need
                }
            }
        }
        return new Parsed(new Tags(title, artist, album, Tags.trackNumber(track), Tags.trackNumber(disc)), front.isPresent() ? front : any);
    }

    /** A frame's content with its per-frame encodings undone; null if it cannot be read (encrypted). */
    private static byte[] frameData(byte[] data, int start, int size, int version, int formatFlags, boolean tagUnsync) {
        boolean compressed;
        boolean encrypted;
        boolean unsync = false;
        int skip = 0;
        if (version == 4) {
            boolean grouped = (formatFlags & 0x40) != 0;
            compressed = (formatFlags & 0x08) != 0;
            encrypted = (formatFlags & 0x04) != 0;
            unsync = (formatFlags & 0x02) != 0 || tagUnsync;
            skip = (grouped ? 1 : 0) + (encrypted ? 1 : 0) + ((formatFlags & 0x01) != 0 ? 4 : 0);
        } else if (version == 3) {
            compressed = (formatFlags & 0x80) != 0;
            encrypted = (formatFlags & 0x40) != 0;
            skip = (compressed ? 4 : 0) + (encrypted ? 1 : 0) + ((formatFlags & 0x20) != 0 ? 1 : 0);
        } else {
            compressed = false;
            encrypted = false;
        }
        if (encrypted || skip > size) {
            return null;
        }
        byte[] frame = unsync ? resync(data, start + skip, size - skip)
                : java.util.Arrays.copyOfRange(data, start + skip, start + size);
        return compressed ? inflate(frame) : frame;
    }

    private record Picture(int type, byte[] data) {
    }

    private static Picture picture(byte[] frame, boolean v22) {
        if (frame.length < 4) {
            return null;
        }
        int encoding = frame[0];
        int p = 1;
        if (v22) {
            p += 3;
        } else {
            while (p < frame.length && frame[p] != 0) {
                p++;
            }
            p++;
        }
        if (p >= frame.length) {
            return null;
        }
        int type = frame[p++] & 0xFF;
        p = afterTerminator(frame, p, encoding);
        if (p < 0 || p >= frame.length) {
            return null;
        }
        return new Picture(type, java.util.Arrays.copyOfRange(frame, p, frame.length));
    }

    /** Where a string in {@code encoding} that starts at {@code p} ends, past its terminator; -1 if it never ends. */
    private static int afterTerminator(byte[] b, int p, int encoding) {
        if (encoding == 1 || encoding == 2) {
            for (int i = p; i + 1 < b.length; i += 2) {
                if (b[i] == 0 && b[i + 1] == 0) {
                    return i + 2;
                }
            }
            return -1;
        }
        for (int i = p; i < b.length; i++) {
            if (b[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A text frame's first value. */
    static String text(byte[] frame) {
        if (frame.length < 1) {
            return "";
        }
        int encoding = frame[0];
        int end = afterTerminator(frame, 1, encoding);
        int stop = end < 0 ? frame.length : end - (encoding == 1 || encoding == 2 ? 2 : 1);
        Charset charset = switch (encoding) {
            case 1 -> StandardCharsets.UTF_16;
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
        if (stop <= 1) {
            return "";
        }
        return new String(frame, 1, stop - 1, charset);
    }

    /** Undoes unsynchronisation: every 0xFF 0x00 becomes 0xFF. */
    static byte[] resync(byte[] data, int start, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        for (int i = start; i < start + length; i++) {
            out.write(data[i]);
            if ((data[i] & 0xFF) == 0xFF && i + 1 < start + length && data[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_TAG_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    static int syncsafe(byte[] b, int i) {
        return ((b[i] & 0x7F) << 21) | ((b[i + 1] & 0x7F) << 14) | ((b[i + 2] & 0x7F) << 7) | (b[i + 3] & 0x7F);
    }

    private static String latin1(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }
}
