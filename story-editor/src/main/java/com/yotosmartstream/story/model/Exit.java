package com.yotosmartstream.story.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three ways a node can lead on, exactly what a track of a Yoto interactive card can answer:
 * the left button, the right button and the end of the track.
 */
public enum Exit {
    LEFT("left", "Left button"),
    RIGHT("right", "Right button"),
    END("end", "End of track");

    private final String id;
    private final String label;

    Exit(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in story files ("left", "right", "end"). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Exit> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
