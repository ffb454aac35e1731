package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A tile's story card (an interactive card: its tracks answer the player's buttons): the playing
 * track's left and right choices ("Left: The cave"), which stand in for next and previous chapter.
 */
final class StoryChoices {

    private final BooleanProperty interactive = new SimpleBooleanProperty();
    private final StringProperty left = new SimpleStringProperty("");
    private final StringProperty right = new SimpleStringProperty("");
    private Map<Track.Event, ButtonChoice> choices = Map.of();

    /** Follows the card (whole once fetched) and where the player is in it. */
    void update(Optional<Card> card, PlayerState state) {
        interactive.set(hasButtonEvents(card));
        choices = state.playbackStatus() == PlaybackStatus.STOPPED ? Map.of() : choices(card, state);
        left.set(label(Track.Event.LEFT_BUTTON, "Left: "));
        right.set(label(Track.Event.RIGHT_BUTTON, "Right: "));
    }

    private String label(Track.Event button, String prefix) {
        ButtonChoice choice = choices.get(button);
        return choice == null ? "" : prefix + choice.title();
    }

    /** Where the button's choice starts; empty when it has none now. */
    Optional<CardStart> start(Track.Event button) {
        return Optional.ofNullable(choices.get(button)).map(ButtonChoice::start);
    }

    BooleanProperty interactiveProperty() {
        return interactive;
    }

    StringProperty leftProperty() {
        return left;
    }

    StringProperty rightProperty() {
        return right;
    }

    /** A choice the player's button makes in an interactive card: where it goes, and how to start there. */
    private record ButtonChoice(String title, CardStart start) {
    }

    /**
     * The left and right choices of the track the player is on, from the events the card's track
     * holds (a {@code goto}'s chapter and track key, as yoto-platform.md section 3 and twee2yoto
     * write them); empty for a button without a {@code goto}, or before the card's content is there.
     */
    private static Map<Track.Event, ButtonChoice> choices(Optional<Card> card, PlayerState state) {
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
    private static boolean hasButtonEvents(Optional<Card> card) {
        return card.map(c -> c.isInteractive() || c.chapters().stream().flatMap(ch -> ch.tracks().stream())
                .anyMatch(t -> t.action(Track.Event.LEFT_BUTTON).isPresent()
                        || t.action(Track.Event.RIGHT_BUTTON).isPresent())).orElse(false);
    }

    private static Optional<Chapter> chapter(Card card, String key) {
        return card.chapters().stream().filter(c -> c.key().equals(key)).findFirst();
    }

}
