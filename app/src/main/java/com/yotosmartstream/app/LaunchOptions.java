package com.yotosmartstream.app;

import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.theme.ThemePreference;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line. Every option has the form {@code --name} or {@code --name=value}
 * ({@code --data-dir PATH} also works). Unknown or malformed options are refused with a message
 * that says what was wrong.
 *
 * @param dataDir the data folder, overriding the environment and the OS convention
 * @param smokeTest start, render the first frame, exit 0
 * @param screenshot write a PNG of the main window after the first frame, then exit
 * @param page the page to open (this run only)
 * @param theme the theme to use (this run only)
 * @param width window width for this run, 0 for the saved one
 * @param height window height for this run, 0 for the saved one
 * @param help print the options and exit
 * @param demoPlayers how many simulated players demo mode starts with (0: no simulated household)
 * @param screenshotDelaySeconds how long to let the app run before the screenshot
 * @param openFile a story file to open (given by the desktop when the user opens one)
 * @param headless run the library and the streaming server without a window, until stopped
 * @param runRoutine run the routine of this name without a window, then exit
 */
public record LaunchOptions(Optional<String> dataDir, boolean smokeTest, Optional<Path> screenshot,
        Optional<Page> page, Optional<ThemePreference> theme, int width, int height, boolean help, int demoPlayers,
        int screenshotDelaySeconds, Optional<Path> openFile, boolean headless, Optional<String> runRoutine) {

    public static final int DEFAULT_DEMO_PLAYERS = 4;
    public static final int MAX_DEMO_PLAYERS = 100;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: yoto-smart-stream [options] [STORY.story.json]",
            "  --data-dir=PATH      keep data in PATH (default: the per-user data folder; also YOTO_SMART_STREAM_DATA)",
            "  --page=NAME          open a page: dashboard, library, stories, icons, cards, settings",
            "  --theme=NAME         system, light or dark, for this run only",
            "  --size=WIDTHxHEIGHT  window size for this run only, e.g. 1280x800",
            "  --screenshot=FILE    write a PNG of the main window once it is drawn, then exit",
            "  --screenshot-delay=S wait S seconds (at most 60) before that screenshot, e.g. for live data",
            "  --smoke-test         start, draw the first frame and exit 0 (non-zero on any start-up error)",
            "  --demo-players=N     simulated players in demo mode (default 4, at most 100; 0 for none)",
            "  --headless           no window: run the library and the streaming server until stopped (Ctrl+C, SIGTERM)",
            "  --run-routine=NAME   no window: run the routine NAME (e.g. Bedtime) on its players, say what each step did, exit",
            "  --help               show this help");

    /** Whether this run closes by itself (and so must never wait for a person). */
    public boolean unattended() {
        return smokeTest || screenshot.isPresent();
    }

    public static LaunchOptions parse(String... args) {
        Optional<String> dataDir = Optional.empty();
        boolean smokeTest = false;
        Optional<Path> screenshot = Optional.empty();
        Optional<Page> page = Optional.empty();
        Optional<ThemePreference> theme = Optional.empty();
        int width = 0;
        int height = 0;
        boolean help = false;
        int demoPlayers = DEFAULT_DEMO_PLAYERS;
        int screenshotDelay = 0;
        Optional<Path> openFile = Optional.empty();
        boolean headless = false;
        Optional<String> runRoutine = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                openFile = Optional.of(storyFile(arg));
                page = Optional.of(Page.STORIES);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--data-dir" -> {
                    if (value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    }
                    dataDir = Optional.of(required(name, value));
                }
                case "--smoke-test" -> smokeTest = flag(name, value);
                case "--help", "-h" -> help = flag(name, value);
                case "--headless" -> headless = flag(name, value);
                case "--run-routine" -> runRoutine = Optional.of(required(name, value).strip());
                case "--screenshot" -> screenshot = Optional.of(Path.of(required(name, value)));
                case "--page" -> {
                    String id = required(name, value);
                    page = Optional.of(Page.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                            "Unknown page '" + id + "' for --page. Use one of: " + Page.idList() + ".")));
                }
                case "--theme" -> {
                    String id = required(name, value);
                    theme = Optional.of(ThemePreference.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                            "Unknown theme '" + id + "' for --theme. Use system, light or dark.")));
                }
                case "--size" -> {
                    String[] parts = required(name, value).toLowerCase(Locale.ROOT).split("x");
                    if (parts.length != 2 || !parts[0].matches("\\d{3,5}") || !parts[1].matches("\\d{3,5}")) {
                        throw new IllegalArgumentException("--size needs WIDTHxHEIGHT in pixels, such as 1280x800; got '"
                                + value + "'.");
                    }
                    width = Integer.parseInt(parts[0]);
                    height = Integer.parseInt(parts[1]);
                }
                case "--screenshot-delay" -> {
                    String n = required(name, value);
                    if (!n.matches("\\d{1,2}") || Integer.parseInt(n) > 60) {
                        throw new IllegalArgumentException("--screenshot-delay needs seconds from 0 to 60; got '" + n + "'.");
                    }
                    screenshotDelay = Integer.parseInt(n);
                }
                case "--demo-players" -> {
                    String n = required(name, value);
                    if (!n.matches("\\d{1,3}") || Integer.parseInt(n) > MAX_DEMO_PLAYERS) {
                        throw new IllegalArgumentException("--demo-players needs a number from 0 to " + MAX_DEMO_PLAYERS
                                + "; got '" + n + "'.");
                    }
                    demoPlayers = Integer.parseInt(n);
                }
                default -> throw new IllegalArgumentException("Unknown option '" + arg
                        + "'. Run with --help to see the options.");
            }
        }
        if (runRoutine.isPresent() && (headless || smokeTest || screenshot.isPresent())) {
            throw new IllegalArgumentException("--run-routine runs without a window and then exits, so it cannot be"
                    + " combined with --headless, --smoke-test or --screenshot.");
        }
        if (headless && (smokeTest || screenshot.isPresent())) {
            throw new IllegalArgumentException("--headless runs without a window, so it cannot be combined with"
                    + " --smoke-test or --screenshot.");
        }
        return new LaunchOptions(dataDir, smokeTest, screenshot, page, theme, width, height, help, demoPlayers,
                screenshotDelay, openFile, headless, runRoutine);
    }

    /** A path or a {@code file:} URI, as desktops pass them. */
    private static Path storyFile(String arg) {
        try {
            return arg.startsWith("file:") ? Path.of(java.net.URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            throw new IllegalArgumentException("'" + arg + "' is neither an option nor a file to open.");
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value, as in " + name + "=...");
        }
        return value;
    }

    private static boolean flag(String name, String value) {
        if (value != null) {
            throw new IllegalArgumentException(name + " takes no value.");
        }
        return true;
    }
}
