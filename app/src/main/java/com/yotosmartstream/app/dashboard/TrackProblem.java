package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import java.util.Optional;

/**
 * Why a player's track did not play, for its tile. A real player never says why (no event carries
 * a reason, docs/yoto-protocol.md): what shows is that it stopped while loading a track, which it
 * does when it cannot fetch or play the stream. A simulated player's track loader knows the reason
 * ({@code HouseholdConnection.playbackProblem}), and then that is shown. The text stays until the
 * player loads or plays something again.
 */
final class TrackProblem {

    private String text = "";

    /** Takes the next state; {@code known} is the reason the household can give, if any. */
    String update(PlayerState before, PlayerState after, Optional<String> known) {
        PlaybackStatus now = after.playbackStatus();
        if (now == PlaybackStatus.PLAYING || now == PlaybackStatus.LOADING) {
            text = "";
        } else if (now == PlaybackStatus.STOPPED) {
            if (known.isPresent()) { // the simulated player forgets its reason when it plays again
                text = known.get();
            } else if (before.playbackStatus() == PlaybackStatus.LOADING) {
                String track = after.text(PlayerField.TRACK_TITLE).map(t -> "'" + t + "'").orElse("The track");
                text = track + " did not play: the player stopped while loading it. A streamed track must be MP3 or"
                        + " AAC at an address the player can reach.";
            }
        }
        return text;
    }
}
