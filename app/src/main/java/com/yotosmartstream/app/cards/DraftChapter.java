package com.yotosmartstream.app.cards;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chapter of a card being edited: its title, its 16x16 icon (an icon library reference
 * {@code icon:<id>}, or a Yoto one {@code yoto:#<mediaId>}) and its tracks.
 */
public record DraftChapter(String title, Optional<String> icon, List<DraftTrack> tracks) {

    public DraftChapter {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(icon, "icon");
        tracks = List.copyOf(tracks);
    }

    public static DraftChapter of(DraftTrack track) {
        return new DraftChapter(track.title(), Optional.empty(), List.of(track));
    }

    public Duration duration() {
        return tracks.stream().map(DraftTrack::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public DraftChapter withTitle(String newTitle) {
        return new DraftChapter(newTitle, icon, tracks);
    }

    public DraftChapter withIcon(Optional<String> newIcon) {
        return new DraftChapter(title, newIcon, tracks);
    }

    public DraftChapter withTracks(List<DraftTrack> newTracks) {
        return new DraftChapter(title, icon, newTracks);
    }
}
