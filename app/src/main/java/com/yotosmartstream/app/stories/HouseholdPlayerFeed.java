package com.yotosmartstream.app.stories;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.story.trace.PlayerFeed;
import com.yotosmartstream.story.trace.PlayerReport;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story editor's player feed, from the household's live player states: whichever household is
 * open (the account, or demo mode), following sign-in, sign-out and restarts. Subscribe on the FX
 * thread; reports come on it, coalesced by the player states.
 */
public final class HouseholdPlayerFeed implements PlayerFeed {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdPlayerFeed.class);

    private final HouseholdService household;
    private final Executor fxThread;
    private final Clock clock;

    public HouseholdPlayerFeed(HouseholdService household, Executor fxThread, Clock clock) {
        this.household = household;
        this.fxThread = fxThread;
        this.clock = clock;
    }

    @Override
    public AutoCloseable subscribe(Consumer<PlayerReport> listener) {
        Subscription subscription = new Subscription(listener);
        ChangeListener<HouseholdConnection> follow = (obs, old, now) -> subscription.switchTo(now);
        household.connectionProperty().addListener(follow);
        subscription.switchTo(household.connectionProperty().get());
        return () -> {
            household.connectionProperty().removeListener(follow);
            subscription.close();
        };
    }

    /** One subscriber: registered with one household's player states at a time. */
    private final class Subscription {
        private final Consumer<PlayerReport> listener;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> heard = new LinkedHashMap<>();
        private HouseholdConnection connection;
        private AutoCloseable registration;
        private boolean closed;

        Subscription(Consumer<PlayerReport> listener) {
            this.listener = listener;
        }

        void switchTo(HouseholdConnection next) {
            if (next == connection || closed) {
                return;
            }
            leave();
            connection = next;
            if (next == null) {
                return;
            }
            next.players().forEach(p -> names.put(p.deviceId(), p.name()));
            PlayerStates states = next.states();
            HouseholdConnection mine = next;
            registration = states.addListener(fxThread, changed -> {
                if (connection == mine) {
                    changed.values().forEach(state -> deliver(mine, state));
                }
            });
            states.all().values().forEach(state -> deliver(next, state));
        }

        private void deliver(HouseholdConnection from, PlayerState state) {
            String name = names.getOrDefault(state.deviceId(), state.deviceId());
            heard.put(state.deviceId(), name);
            listener.accept(new PlayerReport(state.deviceId(), name, state.cardId(), state.chapterKey(), state.trackKey(),
                    state.playbackStatus(), state.positionSeconds(), state.trackLengthSeconds(),
                    state.lastHeard().orElse(clock.instant()), from.states().isOnline(state.deviceId())));
        }

        /** The household went away: every player it had is gone. */
        private void leave() {
            if (registration != null) {
                try {
                    registration.close();
                } catch (Exception e) {
                    LOG.debug("Closing a player-state listener", e);
                }
                registration = null;
            }
            if (!closed) {
                heard.forEach((deviceId, name) -> listener.accept(PlayerReport.gone(deviceId, name, clock.instant())));
            }
            heard.clear();
            names.clear();
        }

        void close() {
            closed = true;
            leave();
            connection = null;
        }
    }
}
