package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.ChapterNavigation;
import com.yotosmartstream.client.player.PlayerState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A tile's view of the card its player plays. Yoto's card lists carry no chapters, so the card's
 * whole content (chapters, icons, keys) is fetched from Yoto the first time it is needed and then
 * kept by the household (ADR 0042); until it arrives the list entry stands in for titles and covers.
 * An interactive card's tile offers the playing track's left and right choices instead of chapters.
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

    /** A choice the player's button makes in an interactive card: where it goes, and how to start there. */
    record ButtonChoice(String title, CardStart start) {
    }

    /**
     * The left and right choices of the track the player is on, from the events the card's track
     * holds (a {@code goto}'s chapter and track key, as yoto-platform.md section 3 and twee2yoto
     * write them); empty for a button without a {@code goto}, or before the card's content is there.
     */
    static Map<Track.Event, ButtonChoice> choices(Optional<Card> card, PlayerState state) {
        Map<Track.Event, ButtonChoice> choices = new EnumMap<>(Track.Event.class);
        if (card.isEmpty() || card.get().cardId().isEmpty() || state.chapterKey().isEmpty()) {
            return choices;
        }
        Optional<Chapter> chapter = chapter(card.get(), state.chapterKey().get());
        Optional<Track> track = chapter.flatMap(c -> c.tracks().stream()
                .filter(t -> state.trackKey().map(t.key()::equals).orElse(true)).findFirst());
        for (Track.Event event : List.of(Track.Event.LEFT_BUTTON, Track.Event.RIGHT_BUTTON)) {
            track.flatMap(t -> t.action(event)).filter(a -> a instanceof CardAction.Goto).map(a -> (CardAction.Goto) a)
                    .ifPresent(go -> chapter(card.get(), go.chapterKey()).ifPresent(target -> choices.put(event,
                            new ButtonChoice(target.title().isBlank() ? "chapter " + target.key() : target.title(),
                                    CardStart.of(card.get().cardId().get()).at(go.chapterKey(), go.trackKey())))));
        }
        return choices;
    }

    /** Whether the card's tracks answer the player's buttons (an interactive card): there is no "next chapter". */
    static boolean hasButtonEvents(Optional<Card> card) {
        return card.map(c -> c.isInteractive() || c.chapters().stream().flatMap(ch -> ch.tracks().stream())
                .anyMatch(t -> t.action(Track.Event.LEFT_BUTTON).isPresent()
                        || t.action(Track.Event.RIGHT_BUTTON).isPresent())).orElse(false);
    }

    private static Optional<Chapter> chapter(Card card, String key) {
        return card.chapters().stream().filter(c -> c.key().equals(key)).findFirst();
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
