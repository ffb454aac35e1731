package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MP4 audio (.m4a, .m4b): walks the top-level boxes (a box running past the end of the file means
 * the file is cut short), then reads {@code moov} in memory: the sound track's codec (AAC or
 * ALAC), channels, sample rate, duration and average bitrate, and the iTunes tags in
 * {@code udta/meta/ilst} (title, artist, album, track number, cover).
 */
final class Mp4Probe {

    private static final int MAX_MOOV = 64 * 1024 * 1024;

    private Mp4Probe() {
    }

    /** Whether the file starts with an {@code ftyp} box. */
    /** What a file protected by DRM is told; only unprotected audio can be converted and streamed. */
    static final String DRM = "It is protected by DRM: it cannot be imported. Only audio without copy protection"
            + " can go on a card";

    static boolean isMp4(byte[] head) {
        return head.length >= 12 && FileSource.ascii(head, 4, "ftyp");
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        long position = 0;
        byte[] moov = null;
        while (position + 8 <= source.size()) {
            byte[] header = source.read(position, 8);
            long size = FileSource.u32be(header, 0);
            String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
            int headerLength = 8;
            if (size == 1) {
                size = FileSource.u64be(source.read(position + 8, 8), 0);
                headerLength = 16;
            } else if (size == 0) {
                size = source.size() - position;
            }
            if (size < headerLength) {
                throw new ProbeException("Its MP4 structure is damaged. Copy it again from the original.");
            }
            if (!FileSource.fits(position, size, source.size())) {
                throw new ProbeException("It is cut short: its '" + type.strip() + "' part runs past the end of the"
                        + " file. Copy it again from the original.");
            }
            if (type.equals("moov")) {
                if (size > MAX_MOOV) {
                    throw new ProbeException("Its MP4 index is too large to read (" + size / (1024 * 1024) + " MB).");
                }
                moov = source.read(position + headerLength, (int) (size - headerLength));
            }
            position += size;
        }
        if (moov == null) {
            throw new ProbeException("It has no MP4 index ('moov'): it was not finished or is cut short. Copy it again"
                    + " from the original.");
        }
        return fromMoov(moov, source.size());
    }

    private static AudioInfo fromMoov(byte[] moov, long fileSize) throws ProbeException {
        Track sound = null;
        boolean video = false;
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        for (Box trak : children(moov, 0, moov.length)) {
            if (trak.is("trak")) {
                Track track = track(moov, trak);
                if (track.handler.equals("soun") && sound == null) {
                    sound = track;
                } else if (track.handler.equals("vide")) {
                    video = true;
                }
            } else if (trak.is("udta")) {
                Box meta = find(moov, trak, "meta");
                if (meta != null) {
                    int start = meta.body;
                    if (start + 4 <= meta.end && FileSource.u32be(moov, start) == 0) {
                        start += 4; // the full-box version and flags
                    }
                    Box ilst = find(moov, new Box("meta", start, meta.end), "ilst");
                    if (ilst != null) {
                        VorbisComments.Read read = ilst(moov, ilst);
                        tags = read.tags();
                        cover = read.cover();
                    }
                }
            }
        }
        if (sound == null) {
            throw new ProbeException(video ? "It is a video without a sound track." : "It is an MP4 file without audio.");
        }
        if (video) {
            throw new ProbeException("It is a video (an MP4 file with pictures). Import the audio on its own, for"
                    + " example saved as .m4a or .mp3.");
        }
        AudioFormat format = switch (sound.codec) {
            case "mp4a" -> AudioFormat.AAC_MP4;
            case "alac" -> AudioFormat.ALAC;
            // FairPlay-protected iTunes audio (M4P), Audible's AAX, and encrypted audio (ISO/IEC 23001-7 'enca')
            case "drms" -> throw new ProbeException(DRM + " (iTunes FairPlay, M4P).");
            case "aavd" -> throw new ProbeException(DRM + " (an Audible AAX audiobook).");
            case "enca" -> throw new ProbeException(DRM + " (encrypted audio).");
            default -> throw new ProbeException("It holds '" + sound.codec.strip() + "' audio in an MP4 file, which"
                    + " this app cannot use. Convert it to MP3 first.");
        };
        if (sound.timescale <= 0) {
            throw new ProbeException("Its MP4 track has no time scale; the file is damaged.");
        }
        if (sound.duration < 0 || sound.sampleRate <= 0 || sound.channels <= 0) {
            throw new ProbeException("Its MP4 track header is damaged (" + sound.channels + " channels at "
                    + sound.sampleRate + " Hz).");
        }
        Duration duration = Duration.ofNanos(Math.round(sound.duration * 1e9 / sound.timescale));
        // the descriptor's field is unsigned 32-bit: above Integer.MAX_VALUE it is damaged, so measure instead
        int bitrate = sound.avgBitrate > 0 && sound.avgBitrate <= Integer.MAX_VALUE ? (int) sound.avgBitrate
                : Mp3Probe.bitrate(fileSize, duration);
        List<String> notes = new ArrayList<>();
        return new AudioInfo(format, duration, bitrate, sound.sampleRate, sound.channels, false, tags, cover, notes);
    }

    private static final class Track {
        String handler = "";
        String codec = "";
        long timescale;
        long duration;
        int channels;
        int sampleRate;
        long avgBitrate;
    }

    private static Track track(byte[] b, Box trak) {
        Track track = new Track();
        Box mdia = find(b, trak, "mdia");
        if (mdia == null) {
            return track;
        }
        Box hdlr = find(b, mdia, "hdlr");
        if (hdlr != null && hdlr.body + 12 <= hdlr.end) {
            track.handler = new String(b, hdlr.body + 8, 4, StandardCharsets.ISO_8859_1);
        }
        Box mdhd = find(b, mdia, "mdhd");
        if (mdhd != null && mdhd.body + 24 <= mdhd.end) {
            int version = b[mdhd.body];
            if (version == 1 && mdhd.body + 36 <= mdhd.end) {
                track.timescale = FileSource.u32be(b, mdhd.body + 20);
                track.duration = FileSource.u64be(b, mdhd.body + 24);
            } else {
                track.timescale = FileSource.u32be(b, mdhd.body + 12);
                track.duration = FileSource.u32be(b, mdhd.body + 16);
            }
        }
        Box stsd = path(b, mdia, "minf", "stbl", "stsd");
        if (stsd != null && stsd.body + 16 <= stsd.end) {
            int entry = stsd.body + 8;
            Box sample = new Box(new String(b, entry + 4, 4, StandardCharsets.ISO_8859_1), entry + 8,
                    (int) Math.min(stsd.end, entry + FileSource.u32be(b, entry)));
            track.codec = sample.type;
            int p = sample.body;
            if (p + 28 <= sample.end) {
                int soundVersion = FileSource.u16be(b, p + 8);
                track.channels = FileSource.u16be(b, p + 16);
                track.sampleRate = FileSource.u16be(b, p + 24);
                int children = p + 28 + (soundVersion == 1 ? 16 : soundVersion == 2 ? 36 : 0);
                Box esds = find(b, new Box("mp4a", children, sample.end), "esds");
                if (esds != null) {
                    track.avgBitrate = avgBitrate(b, esds.body + 4, esds.end);
                }
            }
        }
        return track;
    }

    /** The average bitrate in an ES descriptor's decoder configuration, 0 if absent. */
    private static long avgBitrate(byte[] b, int p, int end) {
        while (p + 2 <= end) {
            int tag = b[p++] & 0xFF;
            int length = 0;
            for (int i = 0; i < 4 && p < end; i++) {
                int c = b[p++] & 0xFF;
                length = (length << 7) | (c & 0x7F);
                if ((c & 0x80) == 0) {
                    break;
                }
            }
            if (tag == 0x03) {
                if (p + 3 > end) {
                    return 0;
                }
                int flags = b[p + 2] & 0xFF;
                p += 3;
                if ((flags & 0x80) != 0) {
                    p += 2;
                }
                if ((flags & 0x40) != 0 && p < end) {
                    p += 1 + (b[p] & 0xFF);
                }
                if ((flags & 0x20) != 0) {
                    p += 2;
                }
            } else if (tag == 0x04) {
                return p + 13 <= end ? FileSource.u32be(b, p + 9) : 0;
            } else {
                p += length;
            }
        }
        return 0;
    }

    private static VorbisComments.Read ilst(byte[] b, Box ilst) {
        String title = "";
        String artist = "";
        String album = "";
        int track = 0;
        int disc = 0;
        Optional<Cover> cover = Optional.empty();
        for (Box item : children(b, ilst.body, ilst.end)) {
            Box data = find(b, item, "data");
            if (data == null || data.body + 8 > data.end) {
                continue;
            }
            int value = data.body + 8;
            String text = new String(b, value, data.end - value, StandardCharsets.UTF_8);
            switch (item.type) {
                case "\u00a9nam" -> title = text;
                case "\u00a9ART", "aART" -> artist = artist.isEmpty() ? text : artist;
                case "\u00a9alb" -> album = text;
                case "trkn" -> track = data.end - value >= 4 ? FileSource.u16be(b, value + 2) : 0;
                case "disk" -> disc = data.end - value >= 4 ? FileSource.u16be(b, value + 2) : 0;
                case "covr" -> cover = cover.isPresent() ? cover
                        : Cover.of(java.util.Arrays.copyOfRange(b, value, data.end));
                default -> {
                    // an item we do not show
                }
            }
        }
        return new VorbisComments.Read(new Tags(title, artist, album, track, disc), cover);
    }

    private record Box(String type, int body, int end) {
        boolean is(String name) {
            return type.equals(name);
        }
    }

    private static List<Box> children(byte[] b, int start, int end) {
        List<Box> boxes = new ArrayList<>();
        int p = start;
        while (p + 8 <= end) {
            long size = FileSource.u32be(b, p);
            String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1 && p + 16 <= end) {
                size = FileSource.u64be(b, p + 8);
                header = 16;
            } else if (size == 0) {
                size = end - p;
            }
            if (size < header || !FileSource.fits(p, size, end)) {
                break;
            }
            boxes.add(new Box(type, p + header, (int) (p + size)));
            p += (int) size;
        }
        return boxes;
    }

    private static Box find(byte[] b, Box parent, String type) {
        for (Box child : children(b, parent.body, parent.end)) {
            if (child.is(type)) {
                return child;
            }
        }
        return null;
    }

    private static Box path(byte[] b, Box from, String... types) {
        Box box = from;
        for (String type : types) {
            box = find(b, box, type);
            if (box == null) {
                return null;
            }
        }
        return box;
    }
}
