package com.yotosmartstream.streamer.bench;

import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import com.yotosmartstream.streamer.library.ConversionLine;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Converting an hour of FLAC to the MP3 players stream: the app's conversion path (an import, then
 * {@code Library.convertPending}, timed from the pass's start: ffmpeg as the library runs it, with
 * {@code -progress} read and the file moved into place) against the ffmpeg command line doing the
 * same conversion (the same bundled ffmpeg, the same arguments, output to a file). Issue 17. The
 * FLAC is a stereo 44.1 kHz tone made by the bundled ffmpeg. Rounds alternate which runs first;
 * medians are printed. Run with {@code scripts/bench.sh convert}.
 */
public final class ConversionBenchmark {

    private ConversionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 3600;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createTempDirectory("convert-bench");
        try {
            Path flac = root.resolve("hour.flac");
            Ffmpeg ffmpeg = Ffmpeg.locate(FfmpegChoice.AUTOMATIC, Map.of("PATH", "")).found().orElseThrow();
            run(ffmpeg, List.of("-hide_banner", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "sine=frequency=440:sample_rate=44100:duration=" + seconds, "-af",
                    "volume='0.3+0.2*sin(t/7)':eval=frame", "-ac", "2", "-c:a", "flac", flac.toString()));
            long[] app = new long[rounds];
            long[] cli = new long[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    app[r] = throughApp(flac, root.resolve("app-" + r), ffmpeg);
                    cli[r] = commandLine(flac, root.resolve("cli-" + r + ".mp3"), ffmpeg);
                } else {
                    cli[r] = commandLine(flac, root.resolve("cli-" + r + ".mp3"), ffmpeg);
                    app[r] = throughApp(flac, root.resolve("app-" + r), ffmpeg);
                }
                ratio[r] = (double) app[r] / cli[r];
                deleteTree(root.resolve("app-" + r));
                Files.deleteIfExists(root.resolve("cli-" + r + ".mp3"));
            }
            System.out.printf(Locale.ROOT, "| %d min of FLAC (%.0f MB), to 128 kbps MP3 | app %.1f s | ffmpeg command"
                    + " line %.1f s | app/cli %.2fx (rounds: %s) |%n", seconds / 60, Files.size(flac) / 1e6,
                    median(app) / 1e9, median(cli) / 1e9, median(ratio), Arrays.toString(Arrays.stream(ratio)
                    .map(v -> Math.round(v * 100) / 100.0).toArray()));
        } finally {
            deleteTree(root);
        }
    }

    /** Imports the FLAC into a fresh library and times its conversion pass. */
    private static long throughApp(Path flac, Path dir, Ffmpeg ffmpeg) throws Exception {
        Files.createDirectories(dir);
        try (LibraryFixture fixture = new LibraryFixture(dir)) {
            fixture.maxImportBytes = 4L << 30;
            fixture.library.setFfmpeg(Optional.of(ffmpeg));
            if (fixture.library.importAll(List.of(flac), TaskContext.QUIET).count(ImportLine.Outcome.IMPORTED) != 1) {
                throw new IllegalStateException("The FLAC did not import");
            }
            long start = System.nanoTime();
            List<ConversionLine> lines = fixture.library.convertPending(TaskContext.QUIET);
            long took = System.nanoTime() - start;
            if (lines.size() != 1 || lines.get(0).outcome() != ConversionLine.Outcome.CONVERTED) {
                throw new IllegalStateException("Not converted: " + lines);
            }
            return took;
        }
    }

    /** The same conversion as {@code FfmpegConverter} asks of ffmpeg, run from the command line. */
    private static long commandLine(Path flac, Path mp3, Ffmpeg ffmpeg) throws Exception {
        long start = System.nanoTime();
        run(ffmpeg, List.of("-hide_banner", "-v", "error", "-y", "-i", flac.toString(), "-map", "0:a:0", "-vn", "-sn",
                "-dn", "-map_metadata", "-1", "-c:a", "libmp3lame", "-b:a", "128k", "-ar", "44100", "-f", "mp3",
                mp3.toString()));
        return System.nanoTime() - start;
    }

    private static void run(Ffmpeg ffmpeg, List<String> args) throws IOException, InterruptedException {
        Process process = ffmpeg.command(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
