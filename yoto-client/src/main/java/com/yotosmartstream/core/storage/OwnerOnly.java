package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data folder to its user (ADR 0057): folders {@code 0700}, files {@code 0600}, where the
 * file system has POSIX permissions (Linux, macOS). Windows gives a folder under {@code %APPDATA%}
 * an owner-only ACL by inheritance; setting one here is not done (it cannot be tested on this
 * build's machines), so there this does nothing and says so.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Whether this file system has POSIX permissions. */
    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes an existing folder {@code 0700} or file {@code 0600} (a link is left alone); does
     * nothing where POSIX permissions are not supported or the path does not exist.
     *
     * @throws IOException when the permissions cannot be changed (another user owns the path)
     */
    public static void restrict(Path path) throws IOException {
        if (!supported() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER : FILE;
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** Creates an empty file readable and writable by its user alone, if it does not exist. */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file);
        } else if (supported()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** Creates a folder (and its parents) for its user alone, or restricts it if it exists. */
    public static Path createFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir);
        return dir;
    }
}
