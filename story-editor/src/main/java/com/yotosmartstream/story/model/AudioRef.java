package com.yotosmartstream.story.model;

import java.util.Objects;

/**
 * The library track a node plays: its id in the library, and its title and length as they were
 * when it was picked (so the canvas and lint need not ask the library).
 *
 * @param seconds the length in seconds; 0 when unknown
 */
public record AudioRef(String trackId, String title, double seconds) {

    public AudioRef {
        Objects.requireNonNull(trackId, "trackId");
        title = title == null ? "" : title;
        if (!Double.isFinite(seconds) || seconds < 0) {
            seconds = 0;
        }
        seconds = Position.hundredths(seconds); // as a story file stores it, -0.0 as 0 (both found by fuzzing)
    }
}
