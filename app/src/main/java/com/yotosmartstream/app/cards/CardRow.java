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

/**
 * A card in the list of the account's own cards, with what the list shows of it. Yoto's list
 * ({@code /content/mine}) carries no chapters, only {@code metadata.media} ({@code duration},
 * {@code hasStreams}: bcomnes/yoto-nodejs-client {@code YotoMyoMetadata}); a row made from it has
 * {@code chapters} -1 (not known) until the whole card is read.
 */
public record CardRow(Card card, String cardId, String title, Optional<String> coverUrl, int chapters,
        Duration duration, String delivery, Optional<Instant> updated, boolean interactive, boolean fromHere) {

    public static CardRow of(Card card) {
        List<Track> tracks = card.chapters().stream().flatMap(c -> c.tracks().stream()).toList();
        String title = card.title().isBlank() ? "(no title)" : card.title();
        if (tracks.isEmpty() && card.chapters().isEmpty()) {
            return listed(card, title);
        }
        double seconds = tracks.stream().mapToDouble(t -> t.durationSeconds().orElse(0.0)).sum();
        long streams = tracks.stream().filter(t -> t.type().equals("stream")).count();
        String delivery = tracks.isEmpty() ? "no tracks" : streams == tracks.size() ? "streamed"
                : streams == 0 ? "uploaded" : "streamed + uploaded";
        return new CardRow(card, card.cardId().orElse(""), title, card.coverUrl(), card.chapters().size(),
                Duration.ofMillis(Math.round(seconds * 1000)), delivery, updated(card), card.isInteractive(),
                OfflineReady.streamsFromHere(card));
    }

    /** A row from a list entry: its length and delivery from {@code metadata.media}, chapters not known. */
    private static CardRow listed(Card card, String title) {
        var metadata = card.toJson().get("metadata");
        var media = metadata != null && metadata.isJsonObject() ? metadata.getAsJsonObject().get("media") : null;
        double seconds = 0;
        String delivery = "";
        if (media != null && media.isJsonObject()) {
            var m = media.getAsJsonObject();
            if (m.get("duration") != null && m.get("duration").isJsonPrimitive()
                    && m.get("duration").getAsJsonPrimitive().isNumber()) {
                seconds = m.get("duration").getAsDouble();
            }
            if (m.get("hasStreams") != null && m.get("hasStreams").isJsonPrimitive()) {
                delivery = m.get("hasStreams").getAsBoolean() ? "streamed" : seconds > 0 ? "uploaded" : "";
            }
        }
        return new CardRow(card, card.cardId().orElse(""), title, card.coverUrl(), -1,
                Duration.ofMillis(Math.round(seconds * 1000)), delivery, updated(card), card.isInteractive(), false);
    }

    /** This row marked as streaming from this computer (a listed card this app holds a stream grant for). */
    public CardRow fromHere(boolean value) {
        return new CardRow(card, cardId, title, coverUrl, chapters, duration, delivery, updated, interactive, value);
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

    /** "3 chapters · 12:04", or "12:04" while the chapters are not known. */
    public String summary() {
        String length = Durations.clock(duration);
        return chapters < 0 ? length : chapters + (chapters == 1 ? " chapter" : " chapters") + " \u00b7 " + length;
    }

    /**
     * Whether the card stops playing when this computer is off: a whole card that streams a track
     * from this library, or a listed one (chapters not read) that this app holds a live stream grant
     * for ({@link CardPublisher#streamsFromHere}); a card streaming from elsewhere is not marked.
     */
    public boolean needsThisComputer() {
        return fromHere;
    }

    public List<Chapter> chapterList() {
        return card.chapters();
    }
}
