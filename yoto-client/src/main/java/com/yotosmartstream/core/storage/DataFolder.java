package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one folder that holds everything the app keeps for a user: the database, logs and, later,
 * the audio library and stories' recovery copies. Never the install folder, so an upgrade or a
 * reinstall loses nothing.
 *
 * <p>Where it is, first match wins: the {@code --data-dir} option, the {@value #ENV_VAR}
 * environment variable, then the OS convention (Linux {@code $XDG_DATA_HOME/yoto-smart-stream},
 * macOS {@code ~/Library/Application Support/Yoto Smart Stream}, Windows {@code %APPDATA%\Yoto
 * Smart Stream}).
 */
public final class DataFolder {

    public static final String ENV_VAR = "YOTO_SMART_STREAM_DATA";
    static final String LINUX_NAME = "yoto-smart-stream";
    static final String DISPLAY_NAME = "Yoto Smart Stream";

    private final Path root;
    private final List<String> warnings;

    private DataFolder(Path root, List<String> warnings) {
        this.root = root;
        this.warnings = List.copyOf(warnings);
    }

    /** Resolves the folder without touching the disk. */
    public static Path locate(Optional<String> option, Map<String, String> env, String osName, Path userHome)
            throws StorageException {
        if (option.isPresent()) {
            return absolute(option.get(), "--data-dir");
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return absolute(fromEnv, ENV_VAR);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isAbsolute(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve(DISPLAY_NAME);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(DISPLAY_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isAbsolute(xdg) ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve(LINUX_NAME);
    }

    /** Resolves the folder for this process (its options, environment, OS and home). */
    public static Path locate(Optional<String> option) throws StorageException {
        return locate(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the folder if needed, for its user alone ({@code 0700} where POSIX permissions exist;
     * ADR 0057), and checks that it can be written. The logs folder is not needed to start: the
     * log setup reports it when it cannot be written.
     */
    public static DataFolder open(Path root) throws StorageException {
        Path dir = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException(StorageProblem.NO_PERMISSION, "Cannot create the data folder " + dir + " ("
                    + e.getMessage() + "). Check that you may write there, or choose another folder with --data-dir.", e);
        }
        if (!Files.isWritable(dir)) {
            throw new StorageException(StorageProblem.NO_PERMISSION, "The data folder " + dir
                    + " is read-only. Make it writable, or choose another folder with --data-dir.", null);
        }
        List<String> warnings = new ArrayList<>();
        try {
            OwnerOnly.restrict(dir);
        } catch (IOException e) {
            warnings.add("The data folder " + dir + " could not be made private to you (" + e.getMessage()
                    + "); other users of this computer may be able to read your library and settings. Make yourself"
                    + " its owner.");
        }
        try {
            OwnerOnly.createFolder(dir.resolve("logs"));
        } catch (IOException e) {
            // not needed to start; the log setup finds the same problem and says so
        }
        return new DataFolder(dir, warnings);
    }

    /** What was wrong but did not stop the folder opening, in words for the user. */
    public List<String> warnings() {
        return warnings;
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve("yoto-smart-stream.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Settings kept out of the database's plain settings table (ADR 0057). */
    public SecretFile secrets() {
        return new SecretFile(root.resolve("secrets.properties"));
    }

    public Path backups() {
        return root.resolve("backups");
    }

    Path lockFile() {
        return root.resolve(".lock");
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private static boolean isAbsolute(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path absolute(String value, String source) throws StorageException {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StorageException("The data folder given by " + source + " is not a valid path: '" + value
                    + "'. Give a folder such as ~/yoto-data.", e);
        }
    }
}
