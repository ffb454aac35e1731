package com.yotosmartstream.streamer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Audio files with chapter marks, made by the ffmpeg inside the app. MP4/M4B chapter lists and ID3v2
 * {@code CHAP} frames in MP3 come from an FFMETADATA file (ffmpeg's own metadata format:
 * {@code [CHAPTER]} sections with TIMEBASE, START, END and title), which those muxers write as
 * marks. The FLAC and Ogg muxers do not write chapters, so there the marks are written as the
 * {@code CHAPTERxx=HH:MM:SS.mmm} and {@code CHAPTERxxNAME} Vorbis comments players read (the
 * "Vorbis comment chapter extension").
 */
public final class ChapterFiles {

    /** A mark to write: milliseconds and a title. */
    public record Mark(long startMs, long endMs, String title) {
    }

    private ChapterFiles() {
    }

    /** A tone of {@code seconds} in {@code file} (its extension picks the format), encoded with {@code codec}. */
    public static Path withChapters(Path file, double seconds, List<Mark> marks, String... codec)
            throws IOException, InterruptedException {
        StringBuilder meta = new StringBuilder(";FFMETADATA1\ntitle=Book with chapters\n");
        for (Mark mark : marks) {
            meta.append("[CHAPTER]\nTIMEBASE=1/1000\nSTART=").append(mark.startMs()).append("\nEND=")
                    .append(mark.endMs()).append("\ntitle=").append(mark.title()).append('\n');
        }
        Path metadata = Files.writeString(file.resolveSibling(file.getFileName() + ".ffmeta"), meta.toString());
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "sine=frequency=330:sample_rate=44100:duration=" + seconds, "-i", metadata.toString(), "-map", "0:a",
                "-map_metadata", "1", "-map_chapters", "1", "-ac", "1"));
        args.addAll(List.of(codec));
        String name = file.getFileName().toString();
        if (name.endsWith(".flac") || name.endsWith(".ogg") || name.endsWith(".opus")) {
            for (int i = 0; i < marks.size(); i++) {
                String key = String.format(java.util.Locale.ROOT, "CHAPTER%02d", i + 1);
                long ms = marks.get(i).startMs();
                args.addAll(List.of("-metadata", key + "=" + String.format(java.util.Locale.ROOT,
                        "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000),
                        "-metadata", key + "NAME=" + marks.get(i).title()));
            }
        }
        args.add(file.toString());
        AudioFixtures.ffmpeg(args.toArray(String[]::new));
        Files.delete(metadata);
        return file;
    }
}
