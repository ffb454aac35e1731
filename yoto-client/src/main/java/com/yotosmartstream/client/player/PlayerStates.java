package com.yotosmartstream.client.player;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household's live state: the latest snapshot of every player, updated from messages, with
 * coalesced change listeners. Thread-safe; merging is cheap, listeners run on their own executors.
 */
public final class PlayerStates {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerStates.class);

    /**
     * How long after a shutdown what the player still sends does not count as hearing from it:
     * yoto-nodejs-client (lib/yoto-device.js, {@code #recordDeviceActivity}) uses 10 s, since
     * queued messages can follow the shutdown status. Not captured; configurable.
     */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration silence;
    private final Duration shutdownGrace;
    private final Map<String, PlayerState> states = new ConcurrentHashMap<>();
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> onlineAtLastCheck = ConcurrentHashMap.newKeySet();

    /**
     * @param silence how long a player may say nothing before it counts as offline (players
     *     push a status about every 5 minutes by themselves)
     */
    public PlayerStates(Clock clock, Duration silence) {
        this(clock, silence, SHUTDOWN_GRACE);
    }

    /** @param shutdownGrace see {@link #SHUTDOWN_GRACE} */
    public PlayerStates(Clock clock, Duration silence, Duration shutdownGrace) {
        this.clock = clock;
        this.silence = silence;
        this.shutdownGrace = shutdownGrace;
    }

    public Clock clock() {
        return clock;
    }

    public Duration silence() {
        return silence;
    }

    /** Starts tracking a player (from the players list) before anything is heard from it. */
    public void track(String deviceId) {
        if (states.putIfAbsent(deviceId, PlayerState.unknown(deviceId)) == null) {
            publish(states.get(deviceId));
        }
    }

    public PlayerState get(String deviceId) {
        return states.getOrDefault(deviceId, PlayerState.unknown(deviceId));
    }

    /** Every tracked player's latest snapshot. */
    public Map<String, PlayerState> all() {
        return Map.copyOf(states);
    }

    public boolean isOnline(String deviceId) {
        return get(deviceId).isOnline(clock.instant(), silence);
    }

    /** Merges a delta; listeners hear of it when a value changed or the player was not heard from. */
    public Merge merge(String deviceId, PlayerField.Source source, JsonObject delta) {
        Instant now = clock.instant();
        Merge[] result = new Merge[1];
        boolean[] wasSilent = new boolean[1];
        states.compute(deviceId, (id, old) -> {
            PlayerState base = old == null ? PlayerState.unknown(id) : old;
            wasSilent[0] = !base.isOnline(now, silence);
            result[0] = base.merge(source, delta, now);
            return result[0].state();
        });
        if (!result[0].changed().isEmpty() || wasSilent[0]) {
            publish(result[0].state());
        }
        return result[0];
    }

    /** The player said it is switching off (a legacy status's {@code shutDown}): offline at once. */
    public void shutdown(String deviceId, String reason) {
        Instant now = clock.instant();
        PlayerState state = states.compute(deviceId,
                (id, old) -> (old == null ? PlayerState.unknown(id) : old).withShutdown(reason, now, shutdownGrace));
        onlineAtLastCheck.remove(deviceId);
        publish(state);
    }

    public void presence(String deviceId, Presence presence) {
        Instant now = clock.instant();
        PlayerState state = states.compute(deviceId,
                (id, old) -> (old == null ? PlayerState.unknown(id) : old).withPresence(presence, now));
        publish(state);
    }

    /**
     * Re-examines who is online; players that fell silent (or came back) since the last check are
     * delivered to listeners. Call it periodically.
     */
    public void checkSilence() {
        Instant now = clock.instant();
        for (PlayerState state : states.values()) {
            boolean online = state.isOnline(now, silence);
            boolean was = online ? !onlineAtLastCheck.add(state.deviceId())
                    : onlineAtLastCheck.remove(state.deviceId());
            if (was != online) {
                publish(state);
            }
        }
    }

    /** Registers a listener whose deliveries run on {@code executor}; close the handle to stop. */
    public AutoCloseable addListener(Executor executor, StateListener listener) {
        Registration registration = new Registration(executor, listener);
        listeners.add(registration);
        return () -> {
            registration.active = false;
            listeners.remove(registration);
        };
    }

    private void publish(PlayerState state) {
        if (state.isOnline(clock.instant(), silence)) {
            onlineAtLastCheck.add(state.deviceId());
        }
        for (Registration registration : listeners) {
            registration.offer(state);
        }
    }

    private static final class Registration {
        private final Executor executor;
        private final StateListener listener;
        private final Map<String, PlayerState> waiting = new LinkedHashMap<>();
        private boolean scheduled;
        private volatile boolean active = true;

        Registration(Executor executor, StateListener listener) {
            this.executor = executor;
            this.listener = listener;
        }

        void offer(PlayerState state) {
            synchronized (this) {
                waiting.put(state.deviceId(), state);
                if (scheduled) {
                    return;
                }
                scheduled = true;
            }
            executor.execute(this::deliver);
        }

        private void deliver() {
            Map<String, PlayerState> batch;
            synchronized (this) {
                batch = new LinkedHashMap<>(waiting);
                waiting.clear();
                scheduled = false;
            }
            if (!active || batch.isEmpty()) {
                return;
            }
            try {
                listener.changed(java.util.Collections.unmodifiableMap(batch));
            } catch (RuntimeException e) {
                LOG.error("A player-state listener failed", e);
            }
        }
    }
}
