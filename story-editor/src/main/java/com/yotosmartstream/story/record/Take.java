package com.yotosmartstream.story.record;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One recording of a node's narration as the microphone gave it (nothing trimmed), kept as a WAV
 * file until the author keeps one take or leaves.
 *
 * @param number 1 for the node's first take, then 2, 3...
 */
public record Take(String nodeId, int number, Path file, double seconds) {

    public Take {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(file, "file");
    }

    public String name() {
        return "Take " + number;
    }
}
