package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a card from Yoto back into a draft the editor can change. */
final class CardDrafts {

    /** This app's stream addresses: {@code .../stream/<token>/<library id>.<ext>}. */
    private static final Pattern OUR_STREAM = Pattern.compile("/stream/[A-Za-z0-9_-]{43}/([0-9a-f]{16})\\.[a-z0-9]+$");

    private CardDrafts() {
    }

    /**
     * Each track streamed from this app's library becomes a library track again (so the card can
     * switch delivery); any other track is kept exactly as it is.
     */
    static CardDraft fromCard(Card card, Function<String, Optional<DraftTrack>> library) {
        List<DraftChapter> chapters = card.chapters().stream().map(c -> chapter(c, library)).toList();
        boolean streams = card.chapters().stream().flatMap(c -> c.tracks().stream())
                .anyMatch(t -> t.type().equals("stream"));
        boolean uploads = card.chapters().stream().flatMap(c -> c.tracks().stream())
                .anyMatch(t -> !t.type().equals("stream"));
        var json = card.toJson();
        return new CardDraft(card.cardId(), card.title(), card.author().orElse(""), description(json),
                card.coverUrl(), Optional.empty(), uploads && !streams ? Delivery.UPLOAD : Delivery.STREAM, chapters,
                Optional.of(card));
    }

    private static DraftChapter chapter(Chapter chapter, Function<String, Optional<DraftTrack>> library) {
        return new DraftChapter(chapter.title(), chapter.icon(), chapter.tracks().stream()
                .map(t -> ours(t).flatMap(library).map(d -> d.withTitle(t.title())).orElseGet(() -> DraftTrack.kept(t)))
                .toList());
    }

    static Optional<String> ours(Track track) {
        if (!track.type().equals("stream")) {
            return Optional.empty();
        }
        Matcher matcher = OUR_STREAM.matcher(track.trackUrl());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String description(com.google.gson.JsonObject json) {
        var metadata = json.get("metadata");
        if (metadata != null && metadata.isJsonObject()) {
            var description = metadata.getAsJsonObject().get("description");
            if (description != null && description.isJsonPrimitive()) {
                return description.getAsString();
            }
        }
        return "";
    }
}
