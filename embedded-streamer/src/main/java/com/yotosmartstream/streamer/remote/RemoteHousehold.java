package com.yotosmartstream.streamer.remote;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the remote page (/remote) sees of the household and how it commands it. The server module
 * knows nothing of the household; the app implements this over the same state and command handling
 * as its dashboard. Every method may be called on any server thread and must not block.
 */
public interface RemoteHousehold {

    /** A card, or a chapter of one, that can be started. */
    record Choice(String id, String title) {
    }

    /** Every player as the dashboard shows it now. */
    List<RemotePlayer> players();

    /** The household's cards that can be started. */
    List<Choice> cards();

    /** The chapters of one card (read from the whole card, which may take a request). */
    CompletableFuture<List<Choice>> chapters(String cardId);

    /** Sends a command; completes when the player answered, refused, did not answer, or it could not be sent. */
    CompletableFuture<CommandOutcome> send(String deviceId, RemoteCommand command);

    /** The household's routines (issue 20), each by its name; none where the app has none. */
    default List<Choice> routines() {
        return List.of();
    }

    /** Runs a routine on its players; completes with its summary once every step has reported. */
    default CompletableFuture<CommandOutcome> runRoutine(String id) {
        return CompletableFuture.completedFuture(CommandOutcome.failed("There are no routines here."));
    }

    /** Told (on any thread) after {@link #players()} changed; close the result to stop. */
    AutoCloseable onChange(Runnable listener);
}
