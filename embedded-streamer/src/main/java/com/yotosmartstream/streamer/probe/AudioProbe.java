package com.yotosmartstream.streamer.probe;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what an audio file is from its content (never from its name) and reads its duration,
 * bitrate, sample rate, channels, tags and cover without decoding it. A file whose name promises
 * another format gets a note; a file that is not audio gets a message naming what it looks like.
 */
public final class AudioProbe {

    private AudioProbe() {
    }

    public static AudioInfo probe(Path file) throws IOException, ProbeException {
        return probe(file, file.getFileName().toString());
    }

    /**
     * Probes {@code file}, judging the name against the content as if the file were called
     * {@code name} (an import probes its copy, under the name the user gave the original).
     */
    public static AudioInfo probe(Path file, String name) throws IOException, ProbeException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return probe(new FileSource(channel), name);
        }
    }

    /** Probes bytes in memory as if they were a file called {@code name} (the fuzz tests' way in). */
    static AudioInfo probe(byte[] bytes, String name) throws IOException, ProbeException {
        return probe(FileSource.of(bytes), name);
    }

    private static AudioInfo probe(FileSource source, String name) throws IOException, ProbeException {
        if (source.size() == 0) {
            throw new ProbeException("It is empty (0 bytes).");
        }
        AudioInfo info;
        try {
            info = probe(source);
        } catch (EOFException e) {
            // a length in a header that points past the end: the file is cut short, not unreadable
            throw new ProbeException("It is cut short or damaged: a header points past its end. Copy it again from the"
                    + " original.");
        }
        if (!info.format().matchesName(name)) {
            info = info.withNote("Its name says " + extension(name) + " but it is " + info.format().label()
                    + "; it was imported as " + info.format().label() + ".");
        }
        return info;
    }

    private static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        byte[] head = source.readUpTo(0, 64);
        if (FileSource.ascii(head, 0, "RIFF") && FileSource.ascii(head, 8, "WAVE")) {
            return WavProbe.probe(source);
        }
        if (FileSource.ascii(head, 0, "FORM") && (FileSource.ascii(head, 8, "AIFF")
                || FileSource.ascii(head, 8, "AIFC"))) {
            return AiffProbe.probe(source);
        }
        if (FileSource.ascii(head, 0, "fLaC")) {
            return FlacProbe.probe(source, 0);
        }
        if (FileSource.ascii(head, 0, "OggS")) {
            return OggProbe.probe(source);
        }
        if (Mp4Probe.isMp4(head)) {
            return Mp4Probe.probe(source);
        }
        if (MatroskaProbe.isEbml(head)) {
            return MatroskaProbe.probe(source);
        }
        if (AsfProbe.isAsf(head)) {
            return AsfProbe.probe(source);
        }
        long start = 0;
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        if (Id3Tags.startsAt(source, 0)) {
            Id3Tags.Found found = Id3Tags.readV2(source, 0);
            start = found.end();
            tags = found.tags();
            cover = found.cover();
            if (start >= source.size()) {
                throw new ProbeException("It holds only tags (ID3), no audio: it is cut short or damaged.");
            }
            if (FileSource.ascii(source.readUpTo(start, 4), 0, "fLaC")) {
                AudioInfo flac = FlacProbe.probe(source, start);
                return flac.withTags(flac.tags().orElse(tags), flac.cover().isPresent() ? flac.cover() : cover);
            }
        }
        long end = audioEnd(source, start);
        Optional<Tags> v1 = Id3Tags.readV1(source, source.size());
        if (AdtsProbe.startsAt(source, start)) {
            AudioInfo adts = AdtsProbe.probe(source, start, end);
            return adts.withTags(tags.orElse(v1.orElse(Tags.NONE)), cover);
        }
        if (start > 0 || Mp3Probe.looksLikeMpeg(source, start, end)) {
            AudioInfo mp3 = Mp3Probe.probe(source, start, end);
            return mp3.withTags(tags.orElse(v1.orElse(Tags.NONE)), cover);
        }
        throw new ProbeException(notAudio(head));
    }

    /** Where the audio ends: before an ID3v1 tag and an APE tag at the end of the file. */
    private static long audioEnd(FileSource source, long start) throws IOException {
        long end = source.size();
        if (end - start >= 128 && FileSource.ascii(source.read(end - 128, 3), 0, "TAG")) {
            end -= 128;
        }
        if (end - start >= 32) {
            byte[] footer = source.read(end - 32, 32);
            if (FileSource.ascii(footer, 0, "APETAGEX")) {
                long size = FileSource.u32le(footer, 12);
                boolean hasHeader = (FileSource.u32le(footer, 20) & 0x80000000L) != 0;
                long total = size + (hasHeader ? 32 : 0);
                if (total <= end - start) {
                    end -= total;
                }
            }
        }
        return end;
    }

    /** What a file that is not audio looks like, from its first bytes. */
    static String notAudio(byte[] head) {
        String kind;
        if (head.length >= 4 && (head[0] & 0xFF) == 0x89 && FileSource.ascii(head, 1, "PNG")) {
            kind = "a PNG picture";
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            kind = "a JPEG picture";
        } else if (FileSource.ascii(head, 0, "GIF8")) {
            kind = "a GIF picture";
        } else if (FileSource.ascii(head, 0, "%PDF")) {
            kind = "a PDF document";
        } else if (FileSource.ascii(head, 0, "PK\u0003\u0004")) {
            kind = "a ZIP archive (unpack it and import the audio inside)";
        } else if (FileSource.ascii(head, 0, "RIFF")) {
            kind = "a RIFF file that is not WAV audio (perhaps AVI video)";
        } else if (FileSource.ascii(head, 0, "FORM")) {
            kind = "an IFF file that is not AIFF audio";
        } else if (head.length >= 8 && (head[4] & 0xFF) == 0x57 && (head[5] & 0xFF) == 0x90
                && (head[6] & 0xFF) == 0x75 && (head[7] & 0xFF) == 0x36) {
            // Audible's older .aa format: its magic number 0x57907536 after the file size
            return Mp4Probe.DRM + " (an Audible .aa audiobook).";
        } else if (FileSource.ascii(head, 0, "MThd")) {
            kind = "a MIDI file (notes, not recorded sound)";
        } else if (looksLikeText(head)) {
            String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
            kind = text.startsWith("<!doctype html") || text.startsWith("<html") ? "a web page (HTML)" : "a text file";
        } else {
            return "It is not audio in a format this app knows (MP3, M4A/AAC, WAV, AIFF, FLAC, Ogg Vorbis, Opus,"
                    + " WebM, Matroska, WMA), or it is damaged.";
        }
        return "It is not audio: it looks like " + kind + ".";
    }

    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "no format" : "." + name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
