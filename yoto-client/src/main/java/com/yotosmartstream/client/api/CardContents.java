package com.yotosmartstream.client.api;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.model.Card;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole content of cards (chapters, tracks and their keys), fetched when first needed and then
 * kept. Yoto's lists ({@code /content/mine}, {@code /card/family/library}) carry no chapters, so
 * anything that needs a card's chapters asks here: the account's own cards come from
 * {@code GET /content/{id}}, every other card (Yoto's, the family library's) from
 * {@code GET /card/{id}}; if the first answers 404 the other is tried, since which list a card is
 * on is not always known. Thread-safe; {@link #get} blocks, so call it in the background.
 */
public final class CardContents {

    private final YotoApi api;
    private final Set<String> own = ConcurrentHashMap.newKeySet();
    private final Map<String, Card> cache = new ConcurrentHashMap<>();

    public CardContents(YotoApi api) {
        this.api = api;
    }

    /** Says which cards are the account's own (from {@code /content/mine}), so they are read from there. */
    public void ownCards(Collection<String> cardIds) {
        own.addAll(cardIds);
    }

    /** The card with its chapters: from the cache, else from Yoto (blocking). */
    public Card get(String cardId) throws YotoException, InterruptedException {
        Card cached = cache.get(cardId);
        if (cached != null) {
            return cached;
        }
        Card fetched = fetch(cardId);
        cache.put(cardId, fetched);
        return fetched;
    }

    /** The card with its chapters if it was fetched (or {@link #put}) before; never calls Yoto. */
    public Optional<Card> cached(String cardId) {
        return Optional.ofNullable(cache.get(cardId));
    }

    /** Keeps a card of the account's own whose whole content is known (one just saved). */
    public void put(Card card) {
        card.cardId().ifPresent(id -> {
            own.add(id);
            cache.put(id, card);
        });
    }

    /** Forgets a card's content (deleted, or changed elsewhere), so the next {@link #get} reads it again. */
    public void forget(String cardId) {
        cache.remove(cardId);
    }

    private Card fetch(String cardId) throws YotoException, InterruptedException {
        boolean mine = own.contains(cardId);
        try {
            return mine ? api.card(cardId) : api.libraryCard(cardId);
        } catch (YotoApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            return mine ? api.libraryCard(cardId) : api.card(cardId);
        }
    }
}
