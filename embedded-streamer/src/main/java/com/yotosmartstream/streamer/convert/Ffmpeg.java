package com.yotosmartstream.streamer.convert;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ffmpeg found on the PATH: where it is, its version, and whether it has the MP3 encoder
 * (libmp3lame) conversion needs. Detection runs the program, so call it in the background.
 */
public record Ffmpeg(Path executable, String version, boolean mp3Encoder) {

    private static final Logger LOG = LoggerFactory.getLogger(Ffmpeg.class);

    /** Looks for ffmpeg on this process's PATH. */
    public static Optional<Ffmpeg> detect() {
        return detect(System.getenv(), System.getProperty("os.name", ""));
    }

    static Optional<Ffmpeg> detect(Map<String, String> env, String osName) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate;
            try {
                candidate = Path.of(dir.strip()).resolve(windows ? "ffmpeg.exe" : "ffmpeg");
            } catch (java.nio.file.InvalidPathException e) {
                continue;
            }
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                Optional<Ffmpeg> found = probe(candidate);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code executable -version} and {@code -encoders}; empty if it does not answer like ffmpeg. */
    public static Optional<Ffmpeg> probe(Path executable) {
        try {
            String version = run(executable, "-version");
            String first = version.lines().findFirst().orElse("");
            if (!first.startsWith("ffmpeg version")) {
                return Optional.empty();
            }
            String number = first.substring("ffmpeg version".length()).strip().split("\\s+")[0];
            boolean mp3 = run(executable, "-hide_banner", "-encoders").contains("libmp3lame");
            LOG.info("Found ffmpeg {} at {}{}", number, executable, mp3 ? "" : " (without the MP3 encoder)");
            return Optional.of(new Ffmpeg(executable, number, mp3));
        } catch (IOException e) {
            LOG.debug("{} could not be run: {}", executable, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "ffmpeg 5.1.9 at /usr/bin/ffmpeg". */
    public String describe() {
        return "ffmpeg " + version + " at " + executable + (mp3Encoder ? "" : " (it lacks the MP3 encoder libmp3lame)");
    }

    private static String run(Path executable, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(1 << 20);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("it did not answer within 20 seconds");
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
