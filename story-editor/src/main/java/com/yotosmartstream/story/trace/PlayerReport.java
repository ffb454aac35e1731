package com.yotosmartstream.story.trace;

import com.yotosmartstream.client.player.PlaybackStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one player said last: the card in it, the chapter and track it plays, whether it plays, and
 * where in the track it is.
 *
 * @param playerName the name the family gave the player
 * @param cardId the card in the player; empty for none
 * @param position seconds into the track, when reported
 * @param trackLength the track's length in seconds, when reported
 * @param at when the player said it
 * @param online false once the player has gone quiet or the household is gone
 */
public record PlayerReport(String deviceId, String playerName, Optional<String> cardId, Optional<String> chapterKey,
        Optional<String> trackKey, PlaybackStatus playback, Optional<Double> position, Optional<Double> trackLength,
        Instant at, boolean online) {

    public PlayerReport {
        Objects.requireNonNull(deviceId, "deviceId");
        playerName = playerName == null || playerName.isBlank() ? deviceId : playerName;
        cardId = cardId.filter(id -> !id.isBlank() && !id.equals("none"));
        Objects.requireNonNull(chapterKey, "chapterKey");
        Objects.requireNonNull(trackKey, "trackKey");
        playback = playback == null ? PlaybackStatus.UNKNOWN : playback;
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(trackLength, "trackLength");
        Objects.requireNonNull(at, "at");
    }

    /** A player that is no longer heard (switched off, or the household closed). */
    public static PlayerReport gone(String deviceId, String playerName, Instant at) {
        return new PlayerReport(deviceId, playerName, Optional.empty(), Optional.empty(), Optional.empty(),
                PlaybackStatus.STOPPED, Optional.empty(), Optional.empty(), at, false);
    }

    /** Whether the player is busy with a card: loading, playing or paused. */
    public boolean active() {
        return online && cardId.isPresent() && (playback == PlaybackStatus.PLAYING || playback == PlaybackStatus.LOADING
                || playback == PlaybackStatus.PAUSED);
    }

    /** Whether the player is busy with this card. */
    public boolean plays(String card) {
        return active() && cardId.get().equals(card);
    }
}
