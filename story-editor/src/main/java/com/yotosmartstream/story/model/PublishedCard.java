package com.yotosmartstream.story.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Yoto card a story was published as: its card id, and which chapter key each node had in the
 * card as it was made. The keys are kept because they move when nodes are deleted or the start
 * changes, while the card on Yoto keeps the old ones until the story is published again; a player
 * that reports a chapter key is mapped back to a node with the keys the card really has.
 *
 * @param cardId Yoto's id of the card
 * @param chapterKeys node id to chapter key, in node id order
 */
public record PublishedCard(String cardId, Map<String, String> chapterKeys) {

    public PublishedCard {
        Objects.requireNonNull(cardId, "cardId");
        if (cardId.isBlank()) {
            throw new IllegalArgumentException("A published card needs its card id");
        }
        TreeMap<String, String> sorted = new TreeMap<>(NodeIds.ORDER);
        sorted.putAll(chapterKeys);
        chapterKeys = Collections.unmodifiableMap(sorted);
    }

    /** A card whose chapter keys are not known (a card id typed in or from an older file). */
    public static PublishedCard withoutKeys(String cardId) {
        return new PublishedCard(cardId, Map.of());
    }

    /** The node that had this chapter key when the card was made. */
    public Optional<String> nodeFor(String chapterKey) {
        return chapterKeys.entrySet().stream().filter(e -> e.getValue().equals(chapterKey)).map(Map.Entry::getKey)
                .findFirst();
    }
}
