package com.yotosmartstream.story.trace;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records journeys for every story card it knows, whichever story is open: it listens to the
 * players from start-up, knows the cards of the stories opened or published (and remembers them
 * in the store), and stores each journey as it ends. Also keeps each player's latest report, for
 * the live highlight. Used on the FX thread; storage runs in the background, in order.
 */
public final class JourneyRecording implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecording.class);

    /** Told what happens; called on the FX thread. */
    public interface Listener {
        /** A player reported. */
        default void reported(PlayerReport report) {
        }

        /** The stored journeys of this card changed (one was saved or deleted). */
        default void journeysChanged(String cardId) {
        }

        /** Storage failed; the message says what happened. */
        default void failed(String message) {
        }
    }

    private final PlayerFeed feed;
    private final JourneyStore store;
    private final TaskExecutor executor;
    private final Executor writer;
    private final Executor fxThread;
    private final Clock clock;
    private final Map<String, CardMap> maps = new HashMap<>();
    private final Map<String, PlayerReport> latest = new LinkedHashMap<>();
    private final JourneyRecorder recorder = new JourneyRecorder(id -> Optional.ofNullable(maps.get(id)));
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;
    private boolean closed;

    /** @param fxThread runs the outcome of storage on the FX thread */
    public JourneyRecording(PlayerFeed feed, JourneyStore store, TaskExecutor executor, Executor fxThread, Clock clock) {
        this.feed = feed;
        this.store = store;
        this.executor = executor;
        this.writer = executor.serial("journeys");
        this.fxThread = fxThread;
        this.clock = clock;
    }

    /** Loads the remembered story cards in the background, then starts listening to the players. */
    public void start() {
        executor.submit(BackgroundTask.of("Loading the story cards", ctx -> store.cards())
                .onSuccess(found -> {
                    found.forEach(map -> maps.putIfAbsent(map.cardId(), map));
                    subscribe();
                })
                .onFailure(error -> {
                    LOG.warn("Could not load the story cards; journeys are recorded for stories opened from now on", error);
                    subscribe();
                }));
    }

    private void subscribe() {
        if (!closed && subscription == null) {
            subscription = feed.subscribe(this::reported);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Records journeys of this story card from now on (and remembers it for later runs). A player
     * already playing it starts a journey at once.
     */
    public void register(CardMap map) {
        CardMap before = maps.put(map.cardId(), map);
        if (map.equals(before)) {
            return;
        }
        writer.execute(() -> {
            try {
                store.rememberCard(map);
            } catch (StorageException e) {
                fail("Could not remember the story card " + map.cardId() + ": " + e.getMessage(), e);
            }
        });
        if (before == null) {
            for (PlayerReport report : List.copyOf(latest.values())) {
                if (report.plays(map.cardId())) {
                    recorder.accept(report).forEach(this::save);
                }
            }
        }
    }

    /** Each player's latest report, by device id. */
    public Map<String, PlayerReport> latest() {
        return java.util.Collections.unmodifiableMap(latest);
    }

    /** The journeys of this card going on now. */
    public List<Journey> inProgress(String cardId) {
        return recorder.inProgress(clock.instant()).stream().filter(j -> j.cardId().equals(cardId)).toList();
    }

    /** Reads the card's stored journeys in the background; {@code then} gets them (newest first) on the FX thread. */
    public void journeys(String cardId, Consumer<List<Journey>> then) {
        executor.submit(BackgroundTask.of("Reading the journeys", ctx -> store.journeys(cardId))
                .onSuccess(then)
                .onFailure(error -> fail("Could not read the journeys: " + message(error), error)));
    }

    /** Deletes a stored journey in the background. */
    public void delete(Journey journey) {
        if (journey.id() == 0) {
            return;
        }
        writer.execute(() -> {
            try {
                store.delete(journey.id());
                fxThread.execute(() -> listeners.forEach(l -> l.journeysChanged(journey.cardId())));
            } catch (StorageException e) {
                fail("Could not delete the journey: " + e.getMessage(), e);
            }
        });
    }

    private void reported(PlayerReport report) {
        if (closed) {
            return;
        }
        latest.put(report.deviceId(), report);
        List<Journey> ended = new ArrayList<>(recorder.accept(report));
        ended.addAll(recorder.tick(report.at()));
        ended.forEach(this::save);
        listeners.forEach(l -> l.reported(report));
    }

    private void save(Journey journey) {
        writer.execute(() -> {
            try {
                store.save(journey);
                fxThread.execute(() -> listeners.forEach(l -> l.journeysChanged(journey.cardId())));
            } catch (StorageException e) {
                fail("Could not keep a journey of " + journey.playerName() + ": " + e.getMessage(), e);
            }
        });
    }

    private void fail(String message, Throwable error) {
        LOG.warn(message, error);
        fxThread.execute(() -> listeners.forEach(l -> l.failed(message)));
    }

    /** Stops listening; journeys still going are stored as unfinished. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Closing the player feed", e);
            }
        }
        recorder.finishAll(clock.instant()).forEach(this::save);
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
