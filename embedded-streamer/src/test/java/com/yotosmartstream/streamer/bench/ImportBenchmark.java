package com.yotosmartstream.streamer.bench;

import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.ImportReport;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Importing a shelf of audio against copying the same bytes with {@code cp} (the physical limit:
 * an import reads each file, hashes it, probes it and writes it once). Issue 17's goal: within 1.5x
 * for MP3, which needs only a probe. Files: {@code N} MP3s and {@code N} M4As of about 1 MB each,
 * made here (synthetic frames; the probe reads MP3 frame headers throughout, the M4A's index only).
 * Each round copies with {@code cp -r} into a fresh folder and imports into a fresh library, in
 * alternating order; the medians are printed. Each round imports twice: files one at a time, and
 * one per core at once (the library's default). References: SHA-256 in Java over the same bytes, and
 * {@code sha256sum} (the hash alone, in C) against {@code cp}. Run with {@code scripts/bench.sh import}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perFormat = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("import-bench");
        try {
            Path mp3s = Files.createDirectories(root.resolve("mp3"));
            Path m4as = Files.createDirectories(root.resolve("m4a"));
            for (int i = 0; i < perFormat; i++) {
                // about 60 s at 128 kbps (1 MB); each a frame longer than the last, so none is a duplicate
                Files.write(mp3s.resolve(String.format(Locale.ROOT, "%03d.mp3", i)),
                        AudioFixtures.mp3(60 + i * 0.05, 44_100, 2, 128, false));
                Files.write(m4as.resolve(String.format(Locale.ROOT, "%03d.m4a", i)), Containers.m4a("mp4a", 44_100,
                        2, 44_100, 44_100L * (60 + i), 128_000, "Chapter " + i, "Narrator", "Book", i, null,
                        1_000_000 + i, false));
            }
            int threads = Runtime.getRuntime().availableProcessors();
            double[] mp3Ratio = new double[rounds];
            double[] mp3OneRatio = new double[rounds];
            double[] m4aRatio = new double[rounds];
            double[] m4aOneRatio = new double[rounds];
            long[] mp3Ms = new long[rounds];
            long[] mp3OneMs = new long[rounds];
            long[] cpMp3Ms = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean copyFirst = r % 2 == 0;
                long cpMp3 = copyFirst ? copy(mp3s, root.resolve("cp-mp3-" + r)) : -1;
                long importMp3 = importAll(mp3s, root.resolve("lib-mp3-" + r), perFormat, 0);
                long importMp3One = importAll(mp3s, root.resolve("lib1-mp3-" + r), perFormat, 1);
                if (!copyFirst) {
                    cpMp3 = copy(mp3s, root.resolve("cp-mp3-" + r));
                }
                long cpM4a = copy(m4as, root.resolve("cp-m4a-" + r));
                long importM4a = importAll(m4as, root.resolve("lib-m4a-" + r), perFormat, 0);
                long importM4aOne = importAll(m4as, root.resolve("lib1-m4a-" + r), perFormat, 1);
                mp3Ratio[r] = (double) importMp3 / cpMp3;
                mp3OneRatio[r] = (double) importMp3One / cpMp3;
                m4aRatio[r] = (double) importM4a / cpM4a;
                m4aOneRatio[r] = (double) importM4aOne / cpM4a;
                mp3Ms[r] = importMp3 / 1_000_000;
                mp3OneMs[r] = importMp3One / 1_000_000;
                cpMp3Ms[r] = cpMp3 / 1_000_000;
                for (String dir : List.of("cp-mp3-", "cp-m4a-", "lib-mp3-", "lib-m4a-", "lib1-mp3-", "lib1-m4a-")) {
                    deleteTree(root.resolve(dir + r));
                }
            }
            System.out.printf(Locale.ROOT, "| %d MP3s, one file at a time | import %d ms | import/cp %.2fx (rounds: %s) |%n",
                    perFormat, median(mp3OneMs), median(mp3OneRatio), Arrays.toString(round(mp3OneRatio)));
            System.out.printf(Locale.ROOT, "| %d M4As, one file at a time | | import/cp %.2fx (rounds: %s) |%n",
                    perFormat, median(m4aOneRatio), Arrays.toString(round(m4aOneRatio)));
            System.out.printf(Locale.ROOT, "(the rows below: %d files at a time, one per core)%n", Math.min(4, threads));
            long[] hashMs = new long[rounds];
            long[] sumMs = new long[rounds];
            double[] sumRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                hashMs[r] = hashAll(mp3s) / 1_000_000;
                long sum = sha256sum(mp3s);
                long cp = copy(mp3s, root.resolve("cp-sum-" + r));
                deleteTree(root.resolve("cp-sum-" + r));
                sumMs[r] = sum / 1_000_000;
                sumRatio[r] = (double) sum / cp;
            }
            System.out.printf(Locale.ROOT, "| %d MP3s (%.0f MB) | import %d ms, cp %d ms, SHA-256 of the same bytes %d ms"
                    + " | import/cp %.2fx (rounds: %s) |%n", perFormat, size(mp3s) / 1e6, median(mp3Ms),
                    median(cpMp3Ms), median(hashMs), median(mp3Ratio), Arrays.toString(round(mp3Ratio)));
            System.out.printf(Locale.ROOT, "| sha256sum of the same %d MP3s (the floor of a content address) | %d ms"
                    + " | sha256sum/cp %.2fx (rounds: %s) |%n", perFormat, median(sumMs), median(sumRatio),
                    Arrays.toString(round(sumRatio)));
            System.out.printf(Locale.ROOT, "| %d M4As (%.0f MB) | | import/cp %.2fx (rounds: %s) |%n", perFormat,
                    size(m4as) / 1e6, median(m4aRatio), Arrays.toString(round(m4aRatio)));
        } finally {
            deleteTree(root);
        }
    }

    /** Reading and hashing every file (what the content address costs by itself, with no copy and no probe). */
    private static long hashAll(Path folder) throws Exception {
        long start = System.nanoTime();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            }
        }
        return System.nanoTime() - start;
    }

    /** {@code sha256sum} of every file, as a process (the hash alone, in C, reading from the page cache). */
    private static long sha256sum(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(Path::toString).sorted().forEach(command::add);
        }
        long start = System.nanoTime();
        Process sum = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (sum.waitFor() != 0) {
            throw new IOException("sha256sum failed");
        }
        return System.nanoTime() - start;
    }

    private static long copy(Path from, Path to) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process cp = new ProcessBuilder("cp", "-r", from.toString(), to.toString()).inheritIO().start();
        if (cp.waitFor() != 0) {
            throw new IOException("cp failed");
        }
        return System.nanoTime() - start;
    }

    /** @param threads files at a time; 0 for the library's default (one per core) */
    private static long importAll(Path folder, Path dir, int expected, int threads) throws Exception {
        Files.createDirectories(dir);
        try (LibraryFixture fixture = new LibraryFixture(dir)) {
            if (threads > 0) {
                fixture.library.setImportThreads(threads);
            }
            long start = System.nanoTime();
            ImportReport report = fixture.library.importAll(List.of(folder), TaskContext.QUIET);
            long took = System.nanoTime() - start;
            if (report.count(ImportLine.Outcome.IMPORTED) != expected) {
                throw new IllegalStateException("Imported " + report.summary());
            }
            return took;
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
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
