package com.yotosmartstream.story.trace;

import java.util.function.Consumer;

/**
 * The household's players as they report (the story editor declares what it needs; the app feeds it
 * from its live connection). A subscriber first hears the latest report of every player known,
 * then each change; when the household goes away (sign-out, demo restart) every player it had is
 * reported {@linkplain PlayerReport#gone gone}, and the players of the next household follow.
 */
public interface PlayerFeed {

    /**
     * Starts delivering reports to {@code listener}, on the FX thread. Reports may be coalesced: a
     * player that changed twice before a delivery is reported once, as it is now.
     *
     * @return closes the subscription
     */
    AutoCloseable subscribe(Consumer<PlayerReport> listener);

    /** A feed with no players (no household). */
    static PlayerFeed none() {
        return listener -> () -> { };
    }
}
