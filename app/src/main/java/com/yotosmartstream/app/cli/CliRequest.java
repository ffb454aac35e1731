package com.yotosmartstream.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A library command from the command line, for a home server's scripts (issue 17):
 * {@code --import PATH...}, {@code --list [--json]}, {@code --link TRACK_ID},
 * {@code --card-links CARD}, {@code --revoke TOKEN}, {@code --convert}. The other options
 * ({@code --data-dir}) are left for the launcher.
 *
 * @param command which command
 * @param arguments its arguments (paths, a track id, a card, a token)
 * @param json whether {@code --list} answers in JSON
 * @param rest the arguments that are not this command's
 */
public record CliRequest(Command command, List<String> arguments, boolean json, List<String> rest) {

    /** The commands, each with the option that names it. */
    public enum Command {
        IMPORT("--import"), LIST("--list"), LINK("--link"), CARD_LINKS("--card-links"), REVOKE("--revoke"),
        CONVERT("--convert");

        private final String option;

        Command(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Library commands (the same data folder rules; while the app or --headless runs, they ask it):",
            "  --import PATH...     import files and folders into the library (progress on stderr)",
            "  --list [--json]      list the library's tracks (id, title, artist, length, status)",
            "  --link TRACK_ID      print the track's stream link (needs the app or --headless running)",
            "  --card-links CARD    print the stream links of a card (its id or title) published from here",
            "  --revoke TOKEN       revoke a stream token: its links stop working at once",
            "  --convert            convert what waits for conversion, then exit");

    public CliRequest {
        arguments = List.copyOf(arguments);
        rest = List.copyOf(rest);
    }

    /**
     * The library command in {@code args}, if there is one.
     *
     * @throws IllegalArgumentException for two commands, a missing or extra argument
     */
    public static Optional<CliRequest> parse(String... args) {
        Command command = null;
        List<String> arguments = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Command named = named(arg);
            if (named != null) {
                if (command != null) {
                    throw new IllegalArgumentException("Give one library command at a time (" + command.option()
                            + " and " + arg + ").");
                }
                command = named;
                if (named == Command.IMPORT) {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        arguments.add(args[++i]);
                    }
                } else if (named != Command.LIST && named != Command.CONVERT) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException(arg + " needs a value, e.g. " + arg + " "
                                + example(named) + ".");
                    }
                    arguments.add(args[++i]);
                }
            } else if (arg.equals("--json")) {
                json = true;
            } else {
                rest.add(arg);
            }
        }
        if (command == null) {
            if (json) {
                throw new IllegalArgumentException("--json goes with --list.");
            }
            return Optional.empty();
        }
        if (command == Command.IMPORT && arguments.isEmpty()) {
            throw new IllegalArgumentException("--import needs at least one file or folder.");
        }
        if (json && command != Command.LIST) {
            throw new IllegalArgumentException("--json goes with --list.");
        }
        return Optional.of(new CliRequest(command, arguments, json, rest));
    }

    /** The request as arguments again (what a second instance sends the first). */
    public List<String> toArguments() {
        List<String> args = new ArrayList<>();
        args.add(command.option());
        args.addAll(arguments);
        if (json) {
            args.add("--json");
        }
        return args;
    }

    private static Command named(String arg) {
        for (Command c : Command.values()) {
            if (c.option.equals(arg)) {
                return c;
            }
        }
        return null;
    }

    private static String example(Command command) {
        return switch (command) {
            case LINK -> "0123456789abcdef";
            case CARD_LINKS -> "\"Car ride\"";
            case REVOKE -> "TOKEN";
            default -> "";
        };
    }
}
