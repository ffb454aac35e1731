package com.yotosmartstream.app.cards;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Hands a card draft made elsewhere (the Library's "Make a card from this audiobook") to the Cards
 * page, which may not exist yet: a draft offered before the page is built waits until it takes it.
 * FX thread only.
 */
public final class DraftHandOff {

    private CardDraft waiting;
    private Consumer<CardDraft> taker;

    /** Gives {@code draft} to the Cards page now, or when it is first built. */
    public void offer(CardDraft draft) {
        Objects.requireNonNull(draft);
        if (taker != null) {
            taker.accept(draft);
        } else {
            waiting = draft;
        }
    }

    /** The Cards page takes drafts from now on, starting with one that waits. */
    public void takeWith(Consumer<CardDraft> taker) {
        this.taker = Objects.requireNonNull(taker);
        Optional<CardDraft> pending = Optional.ofNullable(waiting);
        waiting = null;
        pending.ifPresent(taker);
    }
}
