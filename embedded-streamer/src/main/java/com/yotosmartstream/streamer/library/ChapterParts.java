package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.chapters.Chapter;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.probe.AudioFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a track into parts (one per chapter mark, or the parts of a track too long for a card) and
 * imports each as a track of its own, so a card can have one chapter per mark (a Yoto chapter plays
 * whole tracks; ADR 0073, 0074). The audio is copied as it is ({@code -c copy}: no re-encoding, cut
 * at the packet nearest each point), the part keeps the track's container, gets the part's title,
 * and no chapters of its own. Parts are
 * content-addressed like every import, so cutting the same book again finds the same tracks.
 */
final class ChapterParts {

    private static final Logger LOG = LoggerFactory.getLogger(ChapterParts.class);

    private final Library library;
    private final Ffmpeg ffmpeg;

    ChapterParts(Library library, Ffmpeg ffmpeg) {
        this.library = library;
        this.ffmpeg = ffmpeg;
    }

    List<Library.ChapterPart> cut(Track track, List<Chapter> chapters, TaskContext context) throws IOException,
            TaskCancelledException {
        Path source = library.sourcePath(track);
        List<Path> files = new ArrayList<>();
        List<Library.ChapterPart> parts = new ArrayList<>();
        try {
            for (int i = 0; i < chapters.size(); i++) {
                context.throwIfCancelled();
                Chapter chapter = chapters.get(i);
                context.updateMessage("Cutting part " + (i + 1) + " of " + chapters.size() + ": "
                        + chapter.title());
                context.updateProgress(i, chapters.size() * 2L);
                Path part = library.folder().newIncoming("." + extension(track.format()));
                files.add(part);
                cutOne(source, chapter, track, part);
            }
            context.updateMessage("Adding the chapters to the library");
            ImportReport report = library.importAll(files, context);
            for (int i = 0; i < chapters.size(); i++) {
                ImportLine line = report.lines().get(i);
                Optional<Track> imported = line.trackId().flatMap(id -> library.catalogue().find(id));
                if (imported.isEmpty()) {
                    throw new IOException("Chapter " + (i + 1) + " (" + chapters.get(i).title() + ") could not be"
                            + " added: " + line.message());
                }
                parts.add(new Library.ChapterPart(imported.get(), chapters.get(i)));
            }
            return parts;
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void cutOne(Path source, Chapter chapter, Track track, Path target) throws IOException {
        // -ss and -to after -i: with a stream copy, packets before the start and from the end on are dropped, so
        // consecutive parts share no packet and miss none (their lengths add up to the whole)
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-v", "error",
                "-i", source.toString(), "-ss", seconds(chapter.start()), "-to", seconds(chapter.end()),
                "-map", "0:a:0", "-c", "copy", "-map_chapters", "-1", "-map_metadata", "-1",
                "-metadata", "title=" + chapter.title()));
        if (!track.artist().isEmpty()) {
            args.addAll(List.of("-metadata", "artist=" + track.artist()));
        }
        if (!track.title().isEmpty()) {
            args.addAll(List.of("-metadata", "album=" + track.title()));
        }
        args.addAll(List.of("-f", muxer(track.format()), target.toString()));
        Process process = ffmpeg.command(args).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(1 << 16);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish cutting " + chapter.title());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Cutting was interrupted", e);
        }
        if (process.exitValue() != 0) {
            String why = new String(output, StandardCharsets.UTF_8).strip();
            LOG.warn("ffmpeg could not cut a chapter of track {}: {}", track.id(), why);
            throw new IOException("ffmpeg could not cut \u201c" + chapter.title() + "\u201d: "
                    + (why.length() > 300 ? why.substring(0, 300) : why));
        }
    }

    /** Where each part is written: the track's own container. */
    static String extension(AudioFormat format) {
        return format.extension();
    }

    private static String muxer(AudioFormat format) {
        return switch (format) {
            case MP3 -> "mp3";
            case AAC_MP4, ALAC -> "ipod";
            case AAC_ADTS -> "adts";
            case WAV -> "wav";
            case FLAC -> "flac";
            case VORBIS, OPUS -> "ogg";
            case AIFF -> "aiff";
            case WEBM -> "webm";
            case MATROSKA -> "matroska";
            case WMA -> "asf";
        };
    }

    private static String seconds(Duration at) {
        return String.format(Locale.ROOT, "%.3f", at.toMillis() / 1000.0);
    }
}
