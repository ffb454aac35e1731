package com.yotosmartstream.streamer.server;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Served files mapped into memory, so a response is one write from the page cache to the socket
 * with no copy through a buffer (what nginx's sendfile achieves). A mapping is reused only while
 * the file is the same (same file key, size and modification time); a replaced file is mapped
 * anew, and a deleted one keeps serving the streams that already had it. Bounded in count: past
 * {@link #CAPACITY} mappings the least recently served one is forgotten (and released by the
 * garbage collector once no stream uses it).
 */
final class MappedFiles {

    /** A mapping, the file it was made from, and that file's validators. */
    record Mapped(Object fileKey, Representation representation, MappedByteBuffer bytes) {

        long size() {
            return representation.size();
        }

        long modified() {
            return representation.modifiedMillis();
        }
    }

    /** Larger files are sent from a file channel instead (a mapping's index is an int). */
    static final long MAX_SIZE = 512L * 1024 * 1024;
    /** How many mappings are kept. */
    static final int CAPACITY = 256;

    private final LruCache<Path, Mapped> cache;

    MappedFiles() {
        this(CAPACITY);
    }

    MappedFiles(int capacity) {
        cache = new LruCache<>(capacity);
    }

    /**
     * The mapping of {@code file} as {@code attributes} describe it, if one is already made; does no
     * I/O, so it may run on the thread that reads requests.
     */
    Optional<Mapped> cached(Path file, BasicFileAttributes attributes) {
        Mapped known = cache.get(file).orElse(null);
        if (known != null && known.size() == attributes.size()
                && known.modified() == attributes.lastModifiedTime().toMillis()
                && Objects.equals(known.fileKey(), attributes.fileKey())) {
            return Optional.of(known);
        }
        return Optional.empty();
    }

    /**
     * The mapping of {@code file} as {@code attributes} describe it, made now if need be, or empty
     * when it cannot be mapped. Opens and maps the file, so it may block.
     */
    Optional<Mapped> map(Path file, BasicFileAttributes attributes) {
        Optional<Mapped> known = cached(file, attributes);
        if (known.isPresent()) {
            return known;
        }
        long modified = attributes.lastModifiedTime().toMillis();
        if (attributes.size() == 0 || attributes.size() > MAX_SIZE || attributes.fileKey() == null) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size != attributes.size()) {
                return Optional.empty(); // changing under us: serve it from a channel this time
            }
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (!Objects.equals(now.fileKey(), attributes.fileKey())) {
                return Optional.empty();
            }
            Mapped mapped = new Mapped(attributes.fileKey(), Representation.of(size, modified), bytes);
            cache.put(file, mapped);
            return Optional.of(mapped);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The files mapped now, least recently served first. */
    List<Path> filesByUse() {
        return cache.keysByUse();
    }
}
