package com.yotosmartstream.streamer.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the library keeps its files, inside the data folder: {@code originals/ab/<sha256>.<ext>}
 * (imported bytes, named by their SHA-256, so the same bytes are kept once),
 * {@code converted/<sha256>-<profile>.mp3} (the conversion cache), {@code covers/<sha256>.<jpg|png>}
 * and {@code incoming/} (copies in progress, cleared at start; so are conversions a stop cut off,
 * {@code converted/*.part}). The catalogue stores paths relative
 * to this folder, and only paths of these exact shapes are ever resolved.
 */
public final class LibraryFolder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryFolder.class);

    private static final Pattern RELATIVE = Pattern.compile(
            "originals/[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z0-9]{2,4}"
            + "|converted/[0-9a-f]{64}-[a-z0-9-]{1,40}\\.(mp3|m4a)"
            + "|covers/[0-9a-f]{64}\\.(jpg|png)");

    private final Path root;

    private LibraryFolder(Path root) {
        this.root = root;
    }

    /**
     * Opens (making it if needed) the library folder and removes what a crash or a stop left: copies
     * in {@code incoming/} and unfinished conversions ({@code converted/*.part}).
     */
    public static LibraryFolder open(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        for (String sub : new String[] {"originals", "converted", "covers", "incoming"}) {
            Files.createDirectories(dir.resolve(sub));
        }
        LibraryFolder folder = new LibraryFolder(dir);
        folder.clearIncoming();
        folder.clearUnfinishedConversions();
        return folder;
    }

    public Path root() {
        return root;
    }

    /** Where the original of these bytes lives: {@code originals/ab/abcd....mp3}. */
    public String original(String sha256, String extension) {
        return "originals/" + sha256.substring(0, 2) + "/" + sha256 + "." + extension;
    }

    /** Where a converted version lives: {@code converted/<sha>-<profile>.mp3}. */
    public String converted(String sha256, String profile, String extension) {
        return "converted/" + sha256 + "-" + profile + "." + extension;
    }

    /** Where a cover picture lives. */
    public String cover(String sha256, String extension) {
        return "covers/" + sha256 + "." + extension;
    }

    /** A fresh file name for a copy in progress. */
    public Path newIncoming(String suffix) {
        return root.resolve("incoming").resolve(UUID.randomUUID() + suffix);
    }

    /**
     * The file a stored relative path names. Throws for anything but the shapes this class makes,
     * so nothing read back from the database can point outside the library.
     */
    public Path resolve(String relative) {
        if (relative == null || !RELATIVE.matcher(relative).matches()) {
            throw new IllegalArgumentException("Not a library path: " + relative);
        }
        return root.resolve(relative);
    }

    private void clearIncoming() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root.resolve("incoming"))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private void clearUnfinishedConversions() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(root.resolve("converted"), "*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} unfinished conversions left by a stop", removed);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
