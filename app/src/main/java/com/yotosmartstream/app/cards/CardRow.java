package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.core.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** A card in the list of the account's own cards, with what the list shows of it. */
public record CardRow(Card card, String cardId, String title, Optional<String> coverUrl, int chapters,
        Duration duration, String delivery, Optional<Instant> updated, boolean interactive) {

    public static CardRow of(Card card) {
        List<Track> tracks = card.chapters().stream().flatMap(c -> c.tracks().stream()).toList();
        double seconds = tracks.stream().mapToDouble(t -> t.durationSeconds().orElse(0.0)).sum();
        long streams = tracks.stream().filter(t -> t.type().equals("stream")).count();
        String delivery = tracks.isEmpty() ? "no tracks" : streams == tracks.size() ? "streamed"
                : streams == 0 ? "uploaded" : "streamed + uploaded";
        return new CardRow(card, card.cardId().orElse(""), card.title().isBlank() ? "(no title)" : card.title(),
                card.coverUrl(), card.chapters().size(), Duration.ofMillis(Math.round(seconds * 1000)), delivery,
                updated(card), card.isInteractive());
    }

    private static Optional<Instant> updated(Card card) {
        var value = card.toJson().get("updatedAt");
        if (value == null || !value.isJsonPrimitive()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.getAsString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "3 chapters · 12:04". */
    public String summary() {
        return chapters + (chapters == 1 ? " chapter" : " chapters") + " \u00b7 "
                + Durations.clock(duration);
    }

    public List<Chapter> chapterList() {
        return card.chapters();
    }
}
