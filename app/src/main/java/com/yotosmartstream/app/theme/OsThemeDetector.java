package com.yotosmartstream.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the OS's light/dark preference (JavaFX 21 has no API for it): GNOME's {@code
 * color-scheme} or a dark GTK theme on Linux, {@code AppleInterfaceStyle} on macOS, {@code
 * AppsUseLightTheme} on Windows. Runs a small command, so call it off the FX thread. When nothing
 * can be read the answer is LIGHT.
 */
public final class OsThemeDetector {

    private static final Logger LOG = LoggerFactory.getLogger(OsThemeDetector.class);

    /** Runs a command and returns its standard output, or empty when it failed. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final CommandRunner runner;

    public OsThemeDetector(String osName, Map<String, String> env, CommandRunner runner) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.runner = runner;
    }

    public static OsThemeDetector forThisOs() {
        return new OsThemeDetector(System.getProperty("os.name", ""), System.getenv(), OsThemeDetector::runCommand);
    }

    public ThemePreference detect() {
        try {
            return isDark() ? ThemePreference.DARK : ThemePreference.LIGHT;
        } catch (RuntimeException e) {
            LOG.debug("Could not read the OS theme; using light", e);
            return ThemePreference.LIGHT;
        }
    }

    private boolean isDark() {
        if (osName.startsWith("windows")) {
            return runner.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(OsThemeDetector::windowsSaysDark).orElse(false);
        }
        if (osName.startsWith("mac")) {
            return runner.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return gtkThemeIsDark(gtkTheme);
        }
        Optional<String> scheme = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(s -> s.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        if (scheme.map(s -> s.contains("prefer-light")).orElse(false)) {
            return false;
        }
        return runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(OsThemeDetector::gtkThemeIsDark).orElse(false);
    }

    static boolean windowsSaysDark(String regOutput) {
        return regOutput.lines().filter(line -> line.contains("AppsUseLightTheme"))
                .anyMatch(line -> line.strip().endsWith("0x0"));
    }

    static boolean gtkThemeIsDark(String theme) {
        String name = theme.strip().replace("'", "").toLowerCase(Locale.ROOT);
        return name.endsWith(":dark") || name.endsWith("-dark") || name.endsWith("_dark");
    }

    private static Optional<String> runCommand(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // the command is not installed: nothing to learn from it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
