package com.yotosmartstream.story.library;

import java.time.Duration;
import java.util.Objects;

/**
 * A track of the audio library as the story editor sees it.
 *
 * @param format the stream's format as a card names it ("mp3", "aac")
 */
public record AudioTrack(String id, String title, Duration duration, String format) {

    public AudioTrack {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        duration = duration == null || duration.isNegative() ? Duration.ZERO : duration;
        format = format == null || format.isBlank() ? "mp3" : format;
    }

    public double seconds() {
        return duration.toMillis() / 1000.0;
    }
}
