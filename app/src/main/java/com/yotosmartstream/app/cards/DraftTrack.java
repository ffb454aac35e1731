package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Track;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A track of a card being edited: a track of the audio library (delivered by streaming or upload
 * when the card is published), or a track the card already had on Yoto that is not in the library
 * (kept exactly as it was).
 */
public record DraftTrack(String title, Optional<String> libraryId, Duration duration, Optional<Track> existing) {

    public DraftTrack {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(libraryId, "libraryId");
        Objects.requireNonNull(existing, "existing");
        duration = duration == null || duration.isNegative() ? Duration.ZERO : duration;
        if (libraryId.isEmpty() == existing.isEmpty()) {
            throw new IllegalArgumentException("A track is either from the library or kept from the card");
        }
    }

    public static DraftTrack fromLibrary(String libraryId, String title, Duration duration) {
        return new DraftTrack(title, Optional.of(libraryId), duration, Optional.empty());
    }

    public static DraftTrack kept(Track track) {
        Duration length = track.durationSeconds().map(s -> Duration.ofMillis(Math.round(s * 1000)))
                .orElse(Duration.ZERO);
        return new DraftTrack(track.title(), Optional.empty(), length, Optional.of(track));
    }

    public DraftTrack withTitle(String newTitle) {
        return new DraftTrack(newTitle, libraryId, duration, existing.map(t -> t.withTitle(newTitle)));
    }
}
