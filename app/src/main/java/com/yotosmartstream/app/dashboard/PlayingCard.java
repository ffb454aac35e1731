package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.ChapterNavigation;
import com.yotosmartstream.client.player.PlayerState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A tile's view of the card its player plays. Yoto's card lists carry no chapters, so the card's
 * whole content (chapters, icons, keys) is fetched from Yoto the first time it is needed and then
 * kept by the household (ADR 0042); until it arrives the list entry stands in for titles and covers.
 */
final class PlayingCard {

    private final HouseholdConnection household;
    private final Executor ui;
    private String asked;

    PlayingCard(HouseholdConnection household, Executor ui) {
        this.household = household;
        this.ui = ui;
    }

    /**
     * The card to show: whole once fetched, else the list's entry. The first time a card is shown its
     * whole content is asked for, and {@code arrived} runs on the UI executor when it is there.
     */
    Optional<Card> show(String cardId, Runnable arrived) {
        Optional<Card> whole = household.cachedWholeCard(cardId);
        if (whole.isPresent()) {
            return whole;
        }
        if (!cardId.equals(asked)) {
            asked = cardId;
            household.wholeCardLater(cardId).whenComplete((card, error) -> {
                if (error == null) {
                    ui.execute(arrived);
                }
            });
        }
        return household.card(cardId);
    }

    /**
     * Where next or previous chapter starts, from the chapter the player is in when the card's
     * content is there: the neighbour's key and its first track's key, as the card holds them.
     * Completes on the UI executor: empty when there is no such chapter (or another card plays
     * now), exceptionally when the card's content cannot be read.
     */
    CompletableFuture<Optional<CardStart>> neighbour(String cardId, Supplier<PlayerState> now, boolean forward) {
        CompletableFuture<Optional<CardStart>> result = new CompletableFuture<>();
        household.wholeCardLater(cardId).whenComplete((card, error) -> ui.execute(() -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            PlayerState state = now.get();
            result.complete(state.cardId().filter(cardId::equals).flatMap(id -> state.chapterKey())
                    .flatMap(key -> forward ? ChapterNavigation.next(card, key) : ChapterNavigation.previous(card, key)));
        }));
        return result;
    }
}
