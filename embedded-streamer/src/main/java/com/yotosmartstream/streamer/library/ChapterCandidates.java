package com.yotosmartstream.streamer.library;

import com.yotosmartstream.streamer.probe.AudioFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Which files are worth asking ffprobe for chapter marks (ADR 0073): at import, and when read later. */
final class ChapterCandidates {

    /**
     * Formats whose files can hold chapter marks (MP4 chapter lists, ID3 CHAP, Vorbis CHAPTERxx comments,
     * Matroska's Chapters element).
     */
    static final Set<AudioFormat> CHAPTERED = Set.of(AudioFormat.MP3, AudioFormat.AAC_MP4, AudioFormat.ALAC,
            AudioFormat.FLAC, AudioFormat.VORBIS, AudioFormat.OPUS, AudioFormat.WEBM, AudioFormat.MATROSKA);

    private ChapterCandidates() {
    }

    /** Whether a file of {@code format} may hold chapter marks (an MP3 only when its ID3 tag mentions them). */
    static boolean mayHoldChapters(AudioFormat format, Path file) {
        return CHAPTERED.contains(format) && (format != AudioFormat.MP3 || id3MentionsChapters(file));
    }

    /**
     * Whether an MP3's ID3v2 tag holds the frame id {@code CHAP} anywhere (ID3v2 Chapter Frame
     * Addendum): most MP3s (songs) have none, and skipping ffprobe for them keeps imports close to a
     * copy. A "CHAP" in some text only costs one ffprobe run.
     */
    static boolean id3MentionsChapters(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(10);
            if (channel.read(head, 0) < 10 || head.get(0) != 'I' || head.get(1) != 'D' || head.get(2) != '3') {
                return false;
            }
            int size = ((head.get(6) & 0x7F) << 21) | ((head.get(7) & 0x7F) << 14) | ((head.get(8) & 0x7F) << 7)
                    | (head.get(9) & 0x7F);
            java.nio.ByteBuffer tag = java.nio.ByteBuffer.allocate((int) Math.min(size, Math.min(channel.size() - 10,
                    16L << 20)));
            channel.read(tag, 10);
            byte[] bytes = tag.array();
            for (int i = 0; i + 4 <= tag.position(); i++) {
                if (bytes[i] == 'C' && bytes[i + 1] == 'H' && bytes[i + 2] == 'A' && bytes[i + 3] == 'P') {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // let ffprobe say
        }
    }
}
