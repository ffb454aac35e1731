package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Card;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A linear card (a chapter book or a playlist) as the card editor holds it: immutable, so the
 * editor's undo keeps whole drafts. Publishing turns it into Yoto's card JSON.
 *
 * @param cardId empty until the card exists on Yoto
 * @param coverUrl the cover the card has on Yoto
 * @param newCover a picture chosen on this computer, uploaded when the card is published
 * @param original the card as Yoto last sent it, so fields this app does not edit are kept
 */
public record CardDraft(Optional<String> cardId, String title, String author, String description,
        Optional<String> coverUrl, Optional<Path> newCover, Delivery delivery, List<DraftChapter> chapters,
        Optional<Card> original) {

    public CardDraft {
        Objects.requireNonNull(cardId, "cardId");
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(coverUrl, "coverUrl");
        Objects.requireNonNull(newCover, "newCover");
        Objects.requireNonNull(delivery, "delivery");
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(original, "original");
    }

    public static CardDraft empty(Delivery delivery) {
        return new CardDraft(Optional.empty(), "", "", "", Optional.empty(), Optional.empty(), delivery, List.of(),
                Optional.empty());
    }

    public Duration duration() {
        return chapters.stream().map(DraftChapter::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public int trackCount() {
        return chapters.stream().mapToInt(c -> c.tracks().size()).sum();
    }

    /** The library tracks the card plays, each once, in order. */
    public List<String> libraryIds() {
        return chapters.stream().flatMap(c -> c.tracks().stream()).flatMap(t -> t.libraryId().stream()).distinct()
                .toList();
    }

    public CardDraft withTitle(String value) {
        return new CardDraft(cardId, value, author, description, coverUrl, newCover, delivery, chapters, original);
    }

    public CardDraft withAuthor(String value) {
        return new CardDraft(cardId, title, value, description, coverUrl, newCover, delivery, chapters, original);
    }

    public CardDraft withDescription(String value) {
        return new CardDraft(cardId, title, author, value, coverUrl, newCover, delivery, chapters, original);
    }

    public CardDraft withNewCover(Optional<Path> value) {
        return new CardDraft(cardId, title, author, description, coverUrl, value, delivery, chapters, original);
    }

    public CardDraft withDelivery(Delivery value) {
        return new CardDraft(cardId, title, author, description, coverUrl, newCover, value, chapters, original);
    }

    public CardDraft withChapters(List<DraftChapter> value) {
        return new CardDraft(cardId, title, author, description, coverUrl, newCover, delivery, value, original);
    }

    /** The same card as a new one (when the card on Yoto was deleted elsewhere). */
    public CardDraft withoutCardId() {
        return new CardDraft(Optional.empty(), title, author, description, coverUrl, newCover, delivery, chapters,
                original.map(c -> {
                    com.google.gson.JsonObject json = c.toJson().deepCopy();
                    json.remove("cardId");
                    return new Card(json);
                }));
    }

    /** The draft after Yoto saved it: its id, cover and stored JSON, with no picture waiting. */
    public CardDraft published(Card saved) {
        return new CardDraft(saved.cardId(), title, author, description, saved.coverUrl(), Optional.empty(), delivery,
                chapters, Optional.of(saved));
    }
}
