package com.yotosmartstream.story.voice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds this computer's voice engine the way ffmpeg is found (on the PATH): espeak-ng on Linux
 * (and any other system), {@code say} on macOS, Windows PowerShell on Windows. Detection may run
 * the program, so call it in the background.
 */
public final class VoiceEngines {

    private static final Logger LOG = LoggerFactory.getLogger(VoiceEngines.class);

    private VoiceEngines() {
    }

    /** The engine of this process's system. */
    public static Optional<VoiceEngine> detect() {
        return detect(System.getenv(), System.getProperty("os.name", ""));
    }

    static Optional<VoiceEngine> detect(Map<String, String> env, String osName) {
        Optional<VoiceEngine> found = switch (system(osName)) {
            case WINDOWS -> onPath(env, "powershell.exe").map(WindowsSpeech::new);
            case MAC -> onPath(env, "say").map(MacSay::new);
            case OTHER -> onPath(env, "espeak-ng").flatMap(EspeakNg::probe);
        };
        found.ifPresentOrElse(engine -> LOG.info("Voice engine: {}", engine.name()),
                () -> LOG.info("No voice engine found; generated narration is off until one is installed"));
        return found;
    }

    /** What the Settings page says about the voice engine, and what to install when there is none. */
    public static String describe(Optional<VoiceEngine> found) {
        return describe(found, System.getProperty("os.name", ""));
    }

    static String describe(Optional<VoiceEngine> found, String osName) {
        if (found.isPresent()) {
            return found.get().name() + " speaks the nodes that have no recorded audio.";
        }
        return switch (system(osName)) {
            case WINDOWS -> "Windows PowerShell was not found, so nodes without recorded audio cannot be spoken."
                    + " It comes with Windows: check that powershell.exe is on the PATH, then choose Look again.";
            case MAC -> "macOS's say was not found, so nodes without recorded audio cannot be spoken. It comes with"
                    + " macOS in /usr/bin: check the PATH, then choose Look again.";
            case OTHER -> "espeak-ng was not found, so nodes without recorded audio cannot be spoken: install it"
                    + " (sudo apt install espeak-ng, or your system's package manager), then choose Look again.";
        };
    }

    private enum Os {
        WINDOWS, MAC, OTHER
    }

    private static Os system(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? Os.WINDOWS : os.startsWith("mac") ? Os.MAC : Os.OTHER;
    }

    private static Optional<Path> onPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir.strip()).resolve(program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // a PATH entry that is no path: skip it
            }
        }
        return Optional.empty();
    }
}
