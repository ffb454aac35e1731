package com.yotosmartstream.story.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One play-through of a story card on one player: from the card starting at a node until it
 * stopped, another card started or the player went quiet. Immutable.
 *
 * @param id the store's id; 0 before it is stored
 * @param storyId the story the card was made from
 * @param steps the nodes played, in order, each with its time and how it was left
 */
public record Journey(long id, String cardId, String storyId, String deviceId, String playerName, Instant started,
        Instant ended, List<Step> steps, Outcome outcome) {

    /**
     * One node played.
     *
     * @param chapterKey the chapter the player reported
     * @param nodeId the story's node with that chapter; empty when the story has none (a key the
     *     card does not have, or the story changed)
     * @param spent from entering the node to leaving it (pauses included)
     * @param leftBy how the node was left; for the last node, how the journey left it
     */
    public record Step(String chapterKey, Optional<String> nodeId, Instant entered, Duration spent, Choice leftBy) {
        public Step {
            Objects.requireNonNull(chapterKey, "chapterKey");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(entered, "entered");
            spent = spent == null || spent.isNegative() ? Duration.ZERO : spent;
            leftBy = leftBy == null ? Choice.UNKNOWN : leftBy;
        }
    }

    public Journey {
        Objects.requireNonNull(cardId, "cardId");
        storyId = storyId == null ? "" : storyId;
        Objects.requireNonNull(deviceId, "deviceId");
        playerName = playerName == null || playerName.isBlank() ? deviceId : playerName;
        Objects.requireNonNull(started, "started");
        ended = ended == null || ended.isBefore(started) ? started : ended;
        steps = List.copyOf(steps);
        Objects.requireNonNull(outcome, "outcome");
    }

    public Journey withId(long value) {
        return new Journey(value, cardId, storyId, deviceId, playerName, started, ended, steps, outcome);
    }

    public Duration length() {
        return Duration.between(started, ended);
    }

    /** The different nodes played (a node played twice counts once). */
    public Set<String> nodesVisited() {
        Set<String> nodes = new LinkedHashSet<>();
        steps.forEach(s -> s.nodeId().ifPresent(nodes::add));
        return nodes;
    }
}
