package com.yotosmartstream.streamer.chapters;

import com.yotosmartstream.streamer.convert.Ffmpeg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file's chapter marks with the ffprobe beside the ffmpeg in use (the one inside the app
 * when no system one is installed; ADR 0073). A file ffprobe cannot read, or that it takes too long
 * over, has no chapters; the import goes on.
 */
public final class ChapterReader {

    private static final Logger LOG = LoggerFactory.getLogger(ChapterReader.class);
    /** ffprobe's answer is small; more than this is not chapters. */
    private static final int MAX_OUTPUT = 4 << 20;
    private static final long TIMEOUT_SECONDS = 30;

    private final Ffmpeg ffmpeg;

    private ChapterReader(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** A reader through {@code ffmpeg}'s ffprobe, or empty when it has none. */
    public static Optional<ChapterReader> of(Optional<Ffmpeg> ffmpeg) {
        return ffmpeg.filter(f -> f.ffprobe().isPresent()).map(ChapterReader::new);
    }

    /** The chapters of {@code file}, whose audio lasts {@code length}. */
    public Chapters read(Path file, Duration length) {
        Optional<ProcessBuilder> command = ffmpeg.probeCommand(List.of("-v", "error", "-show_chapters", "-of",
                "json", "-i", file.toString()));
        if (command.isEmpty()) {
            return Chapters.NONE;
        }
        try {
            Process process = command.get().redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(MAX_OUTPUT);
            process.getInputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("ffprobe took too long over {}; read no chapters", file.getFileName());
                return Chapters.NONE;
            }
            if (process.exitValue() != 0) {
                return Chapters.NONE;
            }
            return ChapterJson.parse(new String(output, StandardCharsets.UTF_8), length);
        } catch (IOException e) {
            LOG.warn("Could not read the chapters of {}: {}", file.getFileName(), e.getMessage());
            return Chapters.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Chapters.NONE;
        }
    }
}
