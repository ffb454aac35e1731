package com.yotosmartstream.streamer.chapters;

import java.time.Duration;
import java.util.Objects;

/** One chapter mark of a track: where it starts and ends in the file, and its title. */
public record Chapter(Duration start, Duration end, String title) {

    public Chapter {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(title);
        if (start.isNegative() || end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("A chapter ends after it starts: " + start + ".." + end);
        }
    }

    public Duration length() {
        return end.minus(start);
    }
}
