package com.yotosmartstream.streamer.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes a stream URL serves: a file the library owns, and its media type. The path comes from
 * the catalogue, never from the URL.
 */
public record ServedFile(Path file, String mediaType) {

    public ServedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
