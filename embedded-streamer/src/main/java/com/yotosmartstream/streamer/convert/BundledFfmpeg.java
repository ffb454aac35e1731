package com.yotosmartstream.streamer.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ffmpeg and ffprobe programs inside the app: bytedeco's {@code org.bytedeco:ffmpeg} build (LGPL
 * v3, ADR 0072), whose jar for this OS carries the programs and their libraries. JavaCPP's
 * {@code Loader.load(ffmpeg.class)} unpacks them into its cache (the user's {@code ~/.javacpp/cache})
 * and returns the program's path.
 *
 * <p>On Linux the jar holds some libraries under their plain names ({@code libva.so}) while the
 * programs ask for the versioned name ({@code libva.so.2}): inside the JVM JavaCPP loads them itself,
 * but a program started as a process looks for the file. When the program says such a library is
 * missing and the plain one lies beside it, the versioned name is linked to it and the program run
 * again. Bundled programs run with their folder on {@code LD_LIBRARY_PATH} ({@link #beside}). A library the system must provide (libpulse on Linux) is named in the problem.
 */
public final class BundledFfmpeg {

    private static final Logger LOG = LoggerFactory.getLogger(BundledFfmpeg.class);
    /** The FFmpeg version the app carries (org.bytedeco:ffmpeg 7.1.1-1.5.12; a test holds it to the program). */
    public static final String VERSION = "7.1.1";
    /** What the About box and the README say ships: the build and its licence (its -L and configuration). */
    public static final String NOTICE = "Includes FFmpeg " + VERSION + " (ffmpeg.org), as built by the bytedeco"
            + " project (org.bytedeco:ffmpeg, github.com/bytedeco/javacpp-presets), licensed under the GNU LGPL"
            + " version 3 or later; used when no system ffmpeg is installed.";
    private static final Pattern MISSING = Pattern.compile("(lib[\\w.+-]+\\.so[.\\d]*): cannot open shared object file");
    private static final int LINK_ATTEMPTS = 8;
    private static final String NONE_HERE = "This copy of the app carries no ffmpeg for this system ("
            + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ").";

    /** What looking for it found: the programs, or why they cannot run here. */
    public record Found(Optional<Ffmpeg> ffmpeg, String problem) {
    }

    private BundledFfmpeg() {
    }

    /** Unpacks (the first time) and checks the bundled ffmpeg; slow the first time, so call it in the background. */
    public static Found locate() {
        String ffmpegPath;
        String ffprobePath;
        try {
            ffmpegPath = org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
            ffprobePath = org.bytedeco.javacpp.Loader.load(org.bytedeco.ffmpeg.ffprobe.class);
        } catch (NoClassDefFoundError e) {
            return new Found(Optional.empty(), NONE_HERE);
        } catch (UnsatisfiedLinkError e) {
            String missing = missingLibrary(String.valueOf(e.getMessage()));
            LOG.warn("The bundled ffmpeg could not be loaded: {}", e.getMessage());
            return new Found(Optional.empty(), missing.isEmpty()
                    ? "The ffmpeg inside the app cannot run on this system (" + firstLine(e.getMessage()) + ")."
                    : needs(missing));
        } catch (RuntimeException e) {
            LOG.warn("The bundled ffmpeg could not be unpacked", e);
            return new Found(Optional.empty(), "The ffmpeg inside the app could not be unpacked (" + e.getMessage()
                    + ").");
        }
        if (ffmpegPath == null || ffprobePath == null) {
            return new Found(Optional.empty(), NONE_HERE);
        }
        Path ffmpeg = Path.of(ffmpegPath);
        Path ffprobe = Path.of(ffprobePath);
        String problem = linkLibraries(ffmpeg);
        if (problem.isEmpty()) {
            problem = linkLibraries(ffprobe);
        }
        if (!problem.isEmpty()) {
            return new Found(Optional.empty(), problem);
        }
        Optional<Ffmpeg> found = Ffmpeg.probe(ffmpeg, Ffmpeg.Origin.BUNDLED)
                .map(f -> f.as(Ffmpeg.Origin.BUNDLED, Optional.of(ffprobe)));
        return new Found(found, found.isPresent() ? "" : "The ffmpeg inside the app did not answer like ffmpeg.");
    }

    /** Runs {@code program -version}, linking versioned library names it misses; empty when it runs. */
    static String linkLibraries(Path program) {
        for (int attempt = 0; attempt < LINK_ATTEMPTS; attempt++) {
            String output;
            try {
                Process process = beside(new ProcessBuilder(program.toString(), "-hide_banner", "-version"),
                        program).redirectErrorStream(true).start();
                process.getOutputStream().close();
                output = new String(process.getInputStream().readNBytes(1 << 16), StandardCharsets.UTF_8);
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "The ffmpeg inside the app did not answer.";
                }
                if (process.exitValue() == 0) {
                    return "";
                }
            } catch (IOException e) {
                return "The ffmpeg inside the app could not be started (" + e.getMessage() + ").";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Looking for ffmpeg was interrupted.";
            }
            String missing = missingLibrary(output);
            if (missing.isEmpty()) {
                return "The ffmpeg inside the app failed: " + firstLine(output);
            }
            if (!link(program.getParent(), missing)) {
                return needs(missing);
            }
        }
        return "The ffmpeg inside the app misses more libraries than it can be given.";
    }

    /**
     * Lets a bundled program find the libraries beside it: on Linux only the program itself carries
     * {@code RUNPATH $ORIGIN}, not the libraries it loads, so their own needs are found through
     * {@code LD_LIBRARY_PATH}. Elsewhere the folder of the program is searched already.
     */
    static ProcessBuilder beside(ProcessBuilder builder, Path program) {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")
                && program.getParent() != null) {
            String existing = builder.environment().getOrDefault("LD_LIBRARY_PATH", "");
            builder.environment().put("LD_LIBRARY_PATH", program.getParent()
                    + (existing.isEmpty() ? "" : java.io.File.pathSeparator + existing));
        }
        return builder;
    }

    /** Links {@code libva.so.2} to {@code libva.so} beside it, if that exists; false if it does not. */
    private static boolean link(Path dir, String versioned) {
        int so = versioned.indexOf(".so");
        Path plain = dir.resolve(versioned.substring(0, so + 3));
        Path wanted = dir.resolve(versioned);
        if (!Files.isRegularFile(plain) || plain.equals(wanted)) {
            return false;
        }
        try {
            Files.deleteIfExists(wanted);
            Files.createSymbolicLink(wanted, plain.getFileName());
            LOG.info("Linked {} to {} for the bundled ffmpeg", wanted.getFileName(), plain.getFileName());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not link {}: {}", wanted, e.getMessage());
            return false;
        }
    }

    static String missingLibrary(String message) {
        Matcher matcher = MISSING.matcher(message);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String needs(String library) {
        String hint = library.startsWith("libpulse") ? " (the PulseAudio client library: package libpulse0 on Debian"
                + " and Ubuntu, pulseaudio-libs on Fedora)" : "";
        return "The ffmpeg inside the app needs " + library + ", which this system lacks" + hint
                + ". Install it, or install ffmpeg itself, then choose Look again.";
    }

    private static String firstLine(String text) {
        List<String> lines = new ArrayList<>(String.valueOf(text).strip().lines().toList());
        String line = lines.isEmpty() ? "no reason given" : lines.get(0);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
