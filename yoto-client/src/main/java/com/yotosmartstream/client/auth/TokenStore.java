package com.yotosmartstream.client.auth;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the tokens in one file that only the user can read (0600 on POSIX systems, an owner-only
 * ACL on Windows). Every save writes a new file next to it, forces it to disk, then atomically
 * replaces the old one: a crash at any moment leaves either the old tokens or the new ones,
 * never a torn file.
 */
public final class TokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(TokenStore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final String TEMP_SUFFIX = ".saving";

    private final Path file;

    public TokenStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** The saved tokens, or empty when there are none (or the file is unreadable: then sign in again). */
    public synchronized Optional<Tokens> load() {
        removeLeftovers();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            Instant issuedAt = json.has("issuedAt") ? Instant.parse(json.get("issuedAt").getAsString()) : null;
            return Optional.of(new Tokens(json.get("accessToken").getAsString(), json.get("refreshToken").getAsString(),
                    Instant.parse(json.get("expiresAt").getAsString()), issuedAt));
        } catch (IOException | RuntimeException e) {
            // JsonParseException, IllegalStateException, NullPointerException, DateTimeParseException...
            LOG.warn("The saved Yoto sign-in in {} cannot be read ({}); signing in again will replace it", file,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Replaces the saved tokens, atomically and durably. */
    public synchronized void save(Tokens tokens) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        JsonObject json = new JsonObject();
        json.addProperty("accessToken", tokens.accessToken());
        json.addProperty("refreshToken", tokens.refreshToken());
        json.addProperty("expiresAt", tokens.expiresAt().toString());
        tokens.issuedAt().ifPresent(issued -> json.addProperty("issuedAt", issued.toString()));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(json.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        beforeReplace.run(temp);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory();
    }

    /** Forgets the tokens (sign-out). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** A step run between writing the new file and replacing the old one; tests use it to simulate a crash. */
    @FunctionalInterface
    interface Step {
        void run(Path written) throws IOException;
    }

    private Step beforeReplace = written -> { };

    void beforeReplace(Step step) {
        this.beforeReplace = step;
    }

    private static void createOwnerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(path, OWNER_ONLY); // the umask may have narrowed, never widened, it
            return;
        }
        Files.createFile(path);
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot sync the folder of {} (not supported on every OS)", file);
        }
    }

    private void removeLeftovers() {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, file.getFileName() + ".*" + TEMP_SUFFIX)) {
            for (Path leftover : stream) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove an unfinished token file in {}", dir, e);
        }
    }

    @Override
    public String toString() {
        return "TokenStore[" + file + "]";
    }
}
