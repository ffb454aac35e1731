package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * WebM and Matroska audio (.webm, .mka): an EBML file (RFC 8794) whose header names the DocType
 * "webm" or "matroska". Walks the Segment's top-level elements (clusters skipped by their size)
 * and reads three of them in memory: Info (TimestampScale, Duration, Title), Tracks (the first
 * audio track's codec, sampling frequency and channels; encrypted content is refused) and Tags
 * (ARTIST, ALBUM, PART_NUMBER or TRACK, DISC). Element ids and defaults from RFC 9559 (Matroska),
 * section 5.1; tag names from Matroska's tagging specification and what ffmpeg's muxer writes.
 */
final class MatroskaProbe {

    static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMESTAMP_SCALE = 0x2AD7B1;
    private static final long DURATION = 0x4489;
    private static final long TITLE = 0x7BA9;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAE;
    private static final long TRACK_TYPE = 0x83;
    private static final long CODEC_ID = 0x86;
    private static final long AUDIO = 0xE1;
    private static final long SAMPLING_FREQUENCY = 0xB5;
    private static final long CHANNELS = 0x9F;
    private static final long CONTENT_ENCODINGS = 0x6D80;
    private static final long CONTENT_ENCODING = 0x6240;
    private static final long CONTENT_ENCRYPTION = 0x5035;
    private static final long TAGS = 0x1254C367L;
    private static final long TAG = 0x7373;
    private static final long SIMPLE_TAG = 0x67C8;
    private static final long TAG_NAME = 0x45A3;
    private static final long TAG_STRING = 0x4487;
    private static final int TRACK_TYPE_VIDEO = 1;
    private static final int TRACK_TYPE_AUDIO = 2;
    /** Info, Tracks or Tags larger than this are not read (a cover in Tags, say): the file still imports. */
    private static final int MAX_MASTER = 8 * 1024 * 1024;
    /** Longer than this (about 115 days) is a damaged Duration, not a recording. */
    private static final double MAX_SECONDS = 1e7;

    private MatroskaProbe() {
    }

    /** Whether the file starts with an EBML header (1A 45 DF A3). */
    static boolean isEbml(byte[] head) {
        return head.length >= 4 && FileSource.u32be(head, 0) == EBML;
    }

    /** An element: its id (marker bits kept, as the specification writes them), body and size (-1: unknown). */
    private record Element(long id, long body, long size) {
        long end() {
            return body + size;
        }
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        long fileSize = source.size();
        Element ebml = header(source.readUpTo(0, 12), 0, 0);
        if (ebml == null || ebml.id != EBML || ebml.size < 0 || ebml.size > 4096
                || !FileSource.fits(ebml.body, ebml.size, fileSize)) {
            throw new ProbeException(damaged("header"));
        }
        byte[] head = source.read(ebml.body, (int) ebml.size);
        String docType = "matroska"; // the default DocType (RFC 8794, section 11.2.6)
        for (Element e : children(head, 0, head.length)) {
            if (e.id == DOC_TYPE) {
                docType = text(head, e);
            }
        }
        AudioFormat format = switch (docType) {
            case "webm" -> AudioFormat.WEBM;
            case "matroska" -> AudioFormat.MATROSKA;
            default -> throw new ProbeException("It is an EBML file of type \u201c" + printable(docType)
                    + "\u201d, not WebM or Matroska audio.");
        };
        long position = ebml.end();
        Element segment = null;
        while (segment == null && position < fileSize) {
            Element e = header(source.readUpTo(position, 12), 0, position);
            if (e == null || e.size < 0) {
                throw new ProbeException(damaged("structure"));
            }
            if (e.id == SEGMENT) {
                segment = e;
            }
            position = e.end();
        }
        if (segment == null) {
            throw new ProbeException("It holds no " + format.label() + " segment: it is cut short or damaged. Copy it"
                    + " again from the original.");
        }
        long end = segment.size < 0 ? fileSize : segment.end();
        if (end > fileSize) {
            throw new ProbeException(cutShort(format));
        }
        Found found = new Found();
        position = segment.body;
        while (position < end) {
            Element e = header(source.readUpTo(position, 12), 0, position);
            if (e == null) {
                throw new ProbeException(damaged("structure"));
            }
            if (e.size < 0) {
                break; // a live recording's cluster of unknown size: nothing after it can be skipped to
            }
            if (!FileSource.fits(e.body, e.size, end)) {
                throw new ProbeException(cutShort(format));
            }
            if ((e.id == INFO || e.id == TRACKS || e.id == TAGS) && e.size <= MAX_MASTER) {
                byte[] body = source.read(e.body, (int) e.size);
                if (e.id == INFO) {
                    found.info(body);
                } else if (e.id == TRACKS) {
                    found.tracks(body);
                } else {
                    found.tags(body);
                }
            }
            position = e.end();
        }
        return found.info(format, end - segment.body);
    }

    /** What the three elements said. */
    private static final class Found {
        long scale = 1_000_000; // nanoseconds per tick: the default TimestampScale
        double ticks = -1;
        String title = "";
        boolean audio;
        boolean video;
        boolean encrypted;
        String codec = "";
        double rate = 8000; // the default SamplingFrequency
        long channels = 1; // the default Channels
        final Map<String, String> tags = new HashMap<>();

        void info(byte[] b) throws ProbeException {
            for (Element e : children(b, 0, b.length)) {
                if (e.id == TIMESTAMP_SCALE) {
                    scale = unsigned(b, e);
                } else if (e.id == DURATION) {
                    ticks = number(b, e);
                } else if (e.id == TITLE) {
                    title = text(b, e);
                }
            }
        }

        void tracks(byte[] b) throws ProbeException {
            for (Element entry : children(b, 0, b.length)) {
                if (entry.id != TRACK_ENTRY) {
                    continue;
                }
                long type = 0;
                String entryCodec = "";
                double entryRate = 8000;
                long entryChannels = 1;
                boolean entryEncrypted = false;
                for (Element e : children(b, (int) entry.body, (int) entry.end())) {
                    if (e.id == TRACK_TYPE) {
                        type = unsigned(b, e);
                    } else if (e.id == CODEC_ID) {
                        entryCodec = text(b, e);
                    } else if (e.id == CONTENT_ENCODINGS) {
                        for (Element encoding : children(b, (int) e.body, (int) e.end())) {
                            if (encoding.id == CONTENT_ENCODING && children(b, (int) encoding.body,
                                    (int) encoding.end()).stream().anyMatch(c -> c.id == CONTENT_ENCRYPTION)) {
                                entryEncrypted = true;
                            }
                        }
                    } else if (e.id == AUDIO) {
                        for (Element a : children(b, (int) e.body, (int) e.end())) {
                            if (a.id == SAMPLING_FREQUENCY) {
                                entryRate = number(b, a);
                            } else if (a.id == CHANNELS) {
                                entryChannels = unsigned(b, a);
                            }
                        }
                    }
                }
                if (type == TRACK_TYPE_VIDEO) {
                    video = true;
                } else if (type == TRACK_TYPE_AUDIO && !audio) {
                    audio = true;
                    codec = entryCodec;
                    rate = entryRate;
                    channels = entryChannels;
                    encrypted = entryEncrypted;
                }
            }
        }

        void tags(byte[] b) throws ProbeException {
            for (Element tag : children(b, 0, b.length)) {
                if (tag.id != TAG) {
                    continue;
                }
                for (Element simple : children(b, (int) tag.body, (int) tag.end())) {
                    if (simple.id != SIMPLE_TAG) {
                        continue;
                    }
                    String name = "";
                    String value = "";
                    for (Element e : children(b, (int) simple.body, (int) simple.end())) {
                        if (e.id == TAG_NAME) {
                            name = text(b, e).toUpperCase(Locale.ROOT);
                        } else if (e.id == TAG_STRING) {
                            value = text(b, e);
                        }
                    }
                    tags.putIfAbsent(name, value);
                }
            }
        }

        AudioInfo info(AudioFormat format, long bytes) throws ProbeException {
            if (!audio) {
                throw new ProbeException("It holds no audio: it is a " + format.label() + " file with "
                        + (video ? "only video." : "no sound track."));
            }
            if (encrypted) {
                throw new ProbeException(Mp4Probe.DRM + " (encrypted " + format.label() + ").");
            }
            if (channels < 1 || channels > WavProbe.MAX_CHANNELS || !(rate >= 1 && rate <= WavProbe.MAX_SAMPLE_RATE)) {
                throw new ProbeException("Its " + format.label() + " audio description is damaged (" + channels
                        + " channels at " + Math.round(rate) + " Hz).");
            }
            List<String> notes = new ArrayList<>();
            if (video) {
                notes.add("It is a video: only its sound is imported.");
            }
            double seconds = ticks * scale / 1e9;
            Duration duration = Duration.ZERO;
            if (Double.isFinite(seconds) && seconds > 0 && seconds <= MAX_SECONDS && scale > 0) {
                duration = Duration.ofNanos(Math.round(seconds * 1e9));
            } else {
                notes.add("It does not say how long it is (a live recording?); its length is known once it is"
                        + " converted.");
            }
            long bitrate = duration.isZero() ? 0 : Math.round(bytes * 8 / seconds);
            Tags read = new Tags(title.isEmpty() ? tags.getOrDefault("TITLE", "") : title,
                    tags.getOrDefault("ARTIST", ""), tags.getOrDefault("ALBUM", ""),
                    Tags.trackNumber(first("PART_NUMBER", "TRACK", "TRACKNUMBER")),
                    Tags.trackNumber(first("DISC", "DISCNUMBER")));
            return new AudioInfo(format, duration, (int) Math.min(Integer.MAX_VALUE, bitrate), (int) Math.round(rate),
                    (int) channels, !codec.startsWith("A_PCM"), read, Optional.empty(), notes);
        }

        private String first(String... names) {
            for (String name : names) {
                if (tags.containsKey(name)) {
                    return tags.get(name);
                }
            }
            return "";
        }
    }

    /**
     * The element header at {@code p} in {@code b} (read at file position {@code offset}): an id of
     * 1-4 bytes and a size of 1-8 (RFC 8794, sections 4 and 6); null when it is malformed or cut off.
     */
    private static Element header(byte[] b, int p, long offset) {
        if (p >= b.length) {
            return null;
        }
        int idLength = Integer.numberOfLeadingZeros(b[p] & 0xFF) - 23;
        if (idLength < 1 || idLength > 4 || p + idLength >= b.length) {
            return null;
        }
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = (id << 8) | (b[p + i] & 0xFF);
        }
        int q = p + idLength;
        int sizeLength = Integer.numberOfLeadingZeros(b[q] & 0xFF) - 23;
        if (sizeLength < 1 || sizeLength > 8 || q + sizeLength > b.length) {
            return null;
        }
        long size = (b[q] & 0xFF) & (0xFF >> sizeLength);
        boolean allOnes = size == (0xFF >> sizeLength);
        for (int i = 1; i < sizeLength; i++) {
            size = (size << 8) | (b[q + i] & 0xFF);
            allOnes &= (b[q + i] & 0xFF) == 0xFF;
        }
        return new Element(id, offset + q + sizeLength, allOnes ? -1 : size);
    }

    /** The elements inside {@code b[from, to)}; a child running past {@code to} means the parent is damaged. */
    private static List<Element> children(byte[] b, int from, int to) throws ProbeException {
        List<Element> found = new ArrayList<>();
        int p = from;
        while (p < to) {
            Element e = header(b, p, 0);
            if (e == null || e.size < 0 || !FileSource.fits(e.body, e.size, to)) {
                throw new ProbeException(damaged("structure"));
            }
            found.add(e);
            p = (int) e.end();
        }
        return found;
    }

    /** An unsigned integer element of 0-8 bytes (a value over 2^63 - 1 reads as damaged). */
    private static long unsigned(byte[] b, Element e) throws ProbeException {
        if (e.size > 8) {
            throw new ProbeException(damaged("structure"));
        }
        long value = 0;
        for (int i = 0; i < e.size; i++) {
            value = (value << 8) | (b[(int) e.body + i] & 0xFF);
        }
        if (value < 0) {
            throw new ProbeException(damaged("structure"));
        }
        return value;
    }

    /** A float element: 0, 4 or 8 bytes (RFC 8794, section 7.3). */
    private static double number(byte[] b, Element e) throws ProbeException {
        int at = (int) e.body;
        return switch ((int) e.size) {
            case 0 -> 0;
            case 4 -> Float.intBitsToFloat((int) FileSource.u32be(b, at));
            case 8 -> Double.longBitsToDouble(FileSource.u64be(b, at));
            default -> throw new ProbeException(damaged("structure"));
        };
    }

    /** A string or UTF-8 element, ending at its first zero byte if it has one. */
    private static String text(byte[] b, Element e) {
        String value = new String(b, (int) e.body, (int) e.size, StandardCharsets.UTF_8);
        int nul = value.indexOf('\0');
        return nul >= 0 ? value.substring(0, nul) : value;
    }

    private static String damaged(String what) {
        return "Its WebM/Matroska " + what + " is damaged. Copy it again from the original.";
    }

    private static String cutShort(AudioFormat format) {
        return "It is cut short: its " + format.label() + " data runs past the end of the file. Copy it again from"
                + " the original.";
    }

    /** A name from a file, made safe to show: printable ASCII, at most 40 characters. */
    private static String printable(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) : clean;
    }
}
