package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the data folder to its user (ADR 0057): folders {@code 0700}, files {@code 0600}, where the
 * file system has POSIX permissions (Linux, macOS). Where it has ACLs instead (Windows' NTFS), each
 * path gets one entry: its owner, full control (inherited by what a folder holds), replacing the
 * entries a folder under {@code %APPDATA%} would otherwise inherit. The ACL path is tested on an
 * in-memory file system with Windows' attribute views (Jimfs), not on Windows itself.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Whether the default file system has POSIX permissions (Windows' has ACLs instead). */
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
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        Set<String> views = path.getFileSystem().supportedFileAttributeViews();
        if (!views.contains("posix")) {
            if (views.contains("acl")) {
                restrictAcl(path);
            }
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER : FILE;
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** The one entry an owner-only path's ACL holds: its owner, everything; a folder's is inherited. */
    static AclEntry ownerEntry(UserPrincipal owner, boolean folder) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(folder ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                        : EnumSet.noneOf(AclEntryFlag.class))
                .build();
    }

    private static void restrictAcl(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        List<AclEntry> wanted = List.of(ownerEntry(view.getOwner(), Files.isDirectory(path)));
        if (!view.getAcl().equals(wanted)) {
            view.setAcl(wanted);
        }
    }

    /** Creates an empty file readable and writable by its user alone, if it does not exist. */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file);
        } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
            restrict(file);
        }
    }

    /** Creates a folder (and its parents) for its user alone, or restricts it if it exists. */
    public static Path createFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir);
        return dir;
    }
}
