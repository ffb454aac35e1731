package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Windows Media Audio (.wma): an ASF file, whose Header Object (GUID 75B22630-668E-11CF-A6D9-00AA0062CE6C)
 * holds the objects read here in memory: File Properties (play duration in 100 ns units less the
 * preroll in ms), the first audio Stream Properties (its WAVEFORMATEX: channels, sample rate,
 * average bytes per second), Content Description (title, author) and Extended Content Description
 * ({@code WM/AlbumTitle}, {@code WM/TrackNumber}, {@code WM/PartOfSet}). A Content Encryption
 * object means DRM. GUIDs, layouts and attribute names from Microsoft's "Advanced Systems Format
 * (ASF) Specification", revision 01.20.03, sections 3 and 10, and its "Windows Media Format SDK"
 * attribute list.
 */
final class AsfProbe {

    static final byte[] HEADER = guid("75B22630-668E-11CF-A6D9-00AA0062CE6C");
    private static final byte[] DATA = guid("75B22636-668E-11CF-A6D9-00AA0062CE6C");
    private static final byte[] FILE_PROPERTIES = guid("8CABDCA1-A947-11CF-8EE4-00C00C205365");
    private static final byte[] STREAM_PROPERTIES = guid("B7DC0791-A9B7-11CF-8EE6-00C00C205365");
    private static final byte[] AUDIO_MEDIA = guid("F8699E40-5B4D-11CF-A8FD-00805F5C442B");
    private static final byte[] VIDEO_MEDIA = guid("BC19EFC0-5B4D-11CF-A8FD-00805F5C442B");
    private static final byte[] CONTENT_DESCRIPTION = guid("75B22633-668E-11CF-A6D9-00AA0062CE6C");
    private static final byte[] EXTENDED_CONTENT_DESCRIPTION = guid("D2D0A440-E307-11D2-97F0-00A0C95EA850");
    private static final byte[] CONTENT_ENCRYPTION = guid("2211B3FB-BD23-11D2-B4B7-00A0C955FC6E");
    private static final byte[] EXTENDED_CONTENT_ENCRYPTION = guid("298AE614-2622-4C17-B935-DAE07EE9289C");
    /** A header larger than this (pictures in the attributes, say) is not read. */
    private static final int MAX_HEADER = 32 * 1024 * 1024;
    /** Longer than this (about 115 days) is a damaged duration, not a recording. */
    private static final long MAX_SECONDS = 10_000_000;
    /** An object's GUID and size. */
    private static final int OBJECT_HEADER = 24;

    private AsfProbe() {
    }

    /** Whether the file starts with the ASF Header Object's GUID. */
    static boolean isAsf(byte[] head) {
        return head.length >= 16 && Arrays.equals(head, 0, 16, HEADER, 0, 16);
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        byte[] start = source.read(0, 30);
        long size = FileSource.u64le(start, 16);
        if (size < 30 || size > MAX_HEADER) {
            throw new ProbeException("Its WMA header is " + (size < 30 ? "damaged" : "too large to read (" + size
                    / (1024 * 1024) + " MB)") + ".");
        }
        if (!FileSource.fits(0, size, source.size())) {
            throw new ProbeException(cutShort());
        }
        byte[] b = source.read(0, (int) size);
        Found found = new Found();
        int p = 30;
        while (p + OBJECT_HEADER <= b.length) {
            long length = FileSource.u64le(b, p + 16);
            if (length < OBJECT_HEADER || length > b.length - p) {
                throw new ProbeException("Its WMA header is damaged. Copy it again from the original.");
            }
            found.object(b, p, p + (int) length);
            p += (int) length;
        }
        byte[] next = source.readUpTo(size, 16);
        if (next.length < 16 || !Arrays.equals(next, DATA)) {
            throw new ProbeException(cutShort());
        }
        return found.info();
    }

    /** What the header's objects said. */
    private static final class Found {
        long playDuration = -1; // 100 ns units
        long preroll; // ms
        boolean broadcast;
        boolean audio;
        boolean video;
        boolean encrypted;
        int channels;
        long rate;
        long bytesPerSecond;
        String title = "";
        String author = "";
        String album = "";
        String albumArtist = "";
        String track = "";
        String zeroBasedTrack = "";
        String disc = "";

        void object(byte[] b, int at, int end) throws ProbeException {
            if (is(b, at, FILE_PROPERTIES)) {
                need(end - at >= 104);
                playDuration = FileSource.u64le(b, at + 64);
                preroll = FileSource.u64le(b, at + 80);
                broadcast = (FileSource.u32le(b, at + 88) & 1) != 0;
            } else if (is(b, at, STREAM_PROPERTIES)) {
                need(end - at >= 78);
                if (is(b, at + OBJECT_HEADER, VIDEO_MEDIA)) {
                    video = true;
                } else if (is(b, at + OBJECT_HEADER, AUDIO_MEDIA) && !audio) {
                    long typeSpecific = FileSource.u32le(b, at + 64);
                    need(typeSpecific >= 16 && typeSpecific <= end - at - 78);
                    audio = true;
                    channels = FileSource.u16le(b, at + 78 + 2);
                    rate = FileSource.u32le(b, at + 78 + 4);
                    bytesPerSecond = FileSource.u32le(b, at + 78 + 8);
                }
            } else if (is(b, at, CONTENT_DESCRIPTION)) {
                need(end - at >= 34);
                int p = at + 34;
                String[] texts = new String[5];
                for (int i = 0; i < 5; i++) {
                    int length = FileSource.u16le(b, at + 24 + 2 * i);
                    need(length <= end - p);
                    texts[i] = utf16(b, p, length);
                    p += length;
                }
                title = texts[0];
                author = texts[1];
            } else if (is(b, at, EXTENDED_CONTENT_DESCRIPTION)) {
                attributes(b, at, end);
            } else if (is(b, at, CONTENT_ENCRYPTION) || is(b, at, EXTENDED_CONTENT_ENCRYPTION)) {
                encrypted = true;
            }
        }

        /** Descriptors: name length, name (UTF-16LE), value type, value length, value (section 3.11). */
        private void attributes(byte[] b, int at, int end) throws ProbeException {
            need(end - at >= 26);
            int count = FileSource.u16le(b, at + 24);
            int p = at + 26;
            for (int i = 0; i < count; i++) {
                need(end - p >= 2);
                int nameLength = FileSource.u16le(b, p);
                need(nameLength <= end - p - 2 - 4);
                String name = utf16(b, p + 2, nameLength);
                p += 2 + nameLength;
                int type = FileSource.u16le(b, p);
                int length = FileSource.u16le(b, p + 2);
                p += 4;
                need(length <= end - p);
                String value = switch (type) {
                    case 0 -> utf16(b, p, length);
                    case 3 -> length >= 4 ? Long.toString(FileSource.u32le(b, p)) : "";
                    case 4 -> length >= 8 ? Long.toUnsignedString(FileSource.u64le(b, p)) : "";
                    case 5 -> length >= 2 ? Integer.toString(FileSource.u16le(b, p)) : "";
                    default -> "";
                };
                p += length;
                switch (name) {
                    case "WM/AlbumTitle" -> album = value;
                    case "WM/AlbumArtist" -> albumArtist = value;
                    case "WM/TrackNumber" -> track = value;
                    case "WM/Track" -> zeroBasedTrack = value;
                    case "WM/PartOfSet" -> disc = value;
                    default -> {
                        // an attribute we do not show
                    }
                }
            }
        }

        AudioInfo info() throws ProbeException {
            if (encrypted) {
                throw new ProbeException(Mp4Probe.DRM + " (Windows Media DRM).");
            }
            if (!audio) {
                throw new ProbeException("It holds no audio: it is a Windows Media file with " + (video ? "only video."
                        : "no sound stream."));
            }
            if (channels < 1 || channels > WavProbe.MAX_CHANNELS || rate < 1 || rate > WavProbe.MAX_SAMPLE_RATE) {
                throw new ProbeException("Its WMA audio description is damaged (" + channels + " channels at " + rate
                        + " Hz).");
            }
            List<String> notes = new ArrayList<>();
            if (video) {
                notes.add("It is a video: only its sound is imported.");
            }
            Duration duration = Duration.ZERO;
            // play duration is in 100 ns units, preroll in ms (section 3.2); a broadcast file's are not valid
            if (!broadcast && playDuration > 0 && preroll >= 0 && playDuration / 10_000 > preroll
                    && playDuration / 10_000_000 <= MAX_SECONDS) {
                duration = Duration.ofSeconds(playDuration / 10_000_000, playDuration % 10_000_000 * 100)
                        .minusMillis(preroll);
            } else {
                notes.add("It does not say how long it is; its length is known once it is converted.");
            }
            int number = Tags.trackNumber(track);
            if (number == 0 && Tags.trackNumber(zeroBasedTrack) > 0) {
                number = Tags.trackNumber(zeroBasedTrack) + 1;
            }
            Tags tags = new Tags(title, author.isEmpty() ? albumArtist : author, album, number,
                    Tags.trackNumber(disc));
            long bitrate = bytesPerSecond * 8;
            return new AudioInfo(AudioFormat.WMA, duration, (int) Math.min(Integer.MAX_VALUE, bitrate), (int) rate,
                    channels, false, tags, Optional.empty(), notes);
        }
    }

    private static boolean is(byte[] b, int at, byte[] guid) {
        return at + 16 <= b.length && Arrays.equals(b, at, at + 16, guid, 0, 16);
    }

    private static void need(boolean holds) throws ProbeException {
        if (!holds) {
            throw new ProbeException("Its WMA header is damaged. Copy it again from the original.");
        }
    }

    private static String utf16(byte[] b, int at, int length) {
        String text = new String(b, at, length & ~1, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return nul >= 0 ? text.substring(0, nul) : text;
    }

    private static String cutShort() {
        return "It is cut short: its WMA header or audio is missing. Copy it again from the original.";
    }

    /** A GUID as ASF stores it: the first three fields little-endian, the last two as written. */
    static byte[] guid(String text) {
        byte[] big = HexFormat.of().parseHex(text.replace("-", ""));
        byte[] stored = big.clone();
        reverse(stored, 0, 4);
        reverse(stored, 4, 2);
        reverse(stored, 6, 2);
        return stored;
    }

    private static void reverse(byte[] b, int at, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = b[at + i];
            b[at + i] = b[at + length - 1 - i];
            b[at + length - 1 - i] = t;
        }
    }
}
