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
 * An ffmpeg: where it is, its version, whether it has the MP3 encoder (libmp3lame) conversion needs,
 * where it came from (the system's PATH, or inside the app: {@link BundledFfmpeg}) and the ffprobe
 * beside it, which reads chapters. Detection runs the program, so call it in the background.
 */
public record Ffmpeg(Path executable, String version, boolean mp3Encoder, Origin origin, Optional<Path> ffprobe) {

    private static final Logger LOG = LoggerFactory.getLogger(Ffmpeg.class);

    /** Where an ffmpeg came from. */
    public enum Origin {
        /** Installed on this computer, found on the PATH. */
        SYSTEM,
        /** bytedeco's build, carried inside the app (ADR 0072). */
        BUNDLED
    }

    /** What looking for ffmpeg found: the one to use (if any), and why there is none or why it is not another. */
    public record Search(Optional<Ffmpeg> found, String problem) {
    }

    /** An ffmpeg found on the PATH, with no ffprobe known yet. */
    public Ffmpeg(Path executable, String version, boolean mp3Encoder) {
        this(executable, version, mp3Encoder, Origin.SYSTEM, Optional.empty());
    }

    /** This ffmpeg as coming from {@code origin}, with {@code ffprobe}. */
    public Ffmpeg as(Origin origin, Optional<Path> ffprobe) {
        return new Ffmpeg(executable, version, mp3Encoder, origin, ffprobe);
    }

    /**
     * Finds the ffmpeg {@code choice} asks for: with {@link FfmpegChoice#AUTOMATIC}, one on this process's PATH,
     * else the one inside the app.
     */
    public static Search locate(FfmpegChoice choice) {
        return locate(choice, System.getenv());
    }

    /** The same, looking at {@code env}'s PATH instead of this process's (tests clear it). */
    public static Search locate(FfmpegChoice choice, Map<String, String> env) {
        return locate(choice, env, System.getProperty("os.name", ""), BundledFfmpeg::locate);
    }

    static Search locate(FfmpegChoice choice, Map<String, String> env, String osName,
            java.util.function.Supplier<BundledFfmpeg.Found> bundled) {
        if (choice != FfmpegChoice.BUNDLED) {
            Optional<Ffmpeg> system = detect(env, osName);
            if (system.isPresent() || choice == FfmpegChoice.SYSTEM) {
                return new Search(system, system.isPresent() ? "" : "No ffmpeg is installed on this computer (none"
                        + " on the PATH).");
            }
        }
        BundledFfmpeg.Found inside = bundled.get();
        return new Search(inside.ffmpeg(), inside.problem());
    }

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
                    Path probe = candidate.resolveSibling(windows ? "ffprobe.exe" : "ffprobe");
                    return Optional.of(found.get().as(Origin.SYSTEM, Files.isExecutable(probe)
                            ? Optional.of(probe) : Optional.empty()));
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code executable -version} and {@code -encoders}; empty if it does not answer like ffmpeg. */
    public static Optional<Ffmpeg> probe(Path executable) {
        return probe(executable, Origin.SYSTEM);
    }

    static Optional<Ffmpeg> probe(Path executable, Origin origin) {
        try {
            String version = run(executable, origin, "-version");
            String first = version.lines().findFirst().orElse("");
            if (!first.startsWith("ffmpeg version")) {
                return Optional.empty();
            }
            String number = first.substring("ffmpeg version".length()).strip().split("\\s+")[0];
            boolean mp3 = run(executable, origin, "-hide_banner", "-encoders").contains("libmp3lame");
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

    /** "ffmpeg 5.1.9 at /usr/bin/ffmpeg", or "ffmpeg 7.1.1 inside the app (...)". */
    public String describe() {
        String where = origin == Origin.BUNDLED ? " inside the app (" + BUILD + ")" : " at " + executable;
        return "ffmpeg " + version + where + (mp3Encoder ? "" : " (it lacks the MP3 encoder libmp3lame)");
    }

    /** The build the app carries and its licence (bytedeco's configuration has --enable-version3, no --enable-gpl). */
    public static final String BUILD = "bytedeco's build, LGPL v3";

    /** A process of this ffmpeg with these arguments. */
    public ProcessBuilder command(List<String> args) {
        return command(executable, origin, args);
    }

    /** A process of the ffprobe beside this ffmpeg; empty when there is none. */
    public Optional<ProcessBuilder> probeCommand(List<String> args) {
        return ffprobe.map(probe -> command(probe, origin, args));
    }

    private static ProcessBuilder command(Path program, Origin origin, List<String> args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(program.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        return origin == Origin.BUNDLED ? BundledFfmpeg.beside(builder, program) : builder;
    }

    private static String run(Path executable, Origin origin, String... args) throws IOException, InterruptedException {
        Process process = command(executable, origin, List.of(args)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(1 << 20);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("it did not answer within 20 seconds");
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
