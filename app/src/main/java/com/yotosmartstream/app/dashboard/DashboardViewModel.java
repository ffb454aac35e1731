package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.player.PlayerState;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: a tile per player of the current household, kept live. State changes reach the
 * tiles through {@code frames} (once per frame, coalesced); command results through {@code ui}.
 */
public final class DashboardViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    private final HouseholdService service;
    private final Clock clock;
    private final Executor ui;
    private final Executor frames;
    private final ObservableList<PlayerTileViewModel> tiles = FXCollections.observableArrayList();
    private final Map<String, PlayerTileViewModel> byId = new LinkedHashMap<>();
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private AutoCloseable registration;
    private AutoCloseable messages;
    private final EventLog eventLog = new EventLog(500);
    private Consumer<PlayerState> historyRecorder = state -> { };
    private Predicate<PlayerAlert.Kind> alertsWanted = kind -> true;
    private Consumer<PlayerAlert> alertSink = alert -> { };
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public DashboardViewModel(HouseholdService service, Clock clock, Executor ui, Executor frames) {
        this.service = service;
        this.clock = clock;
        this.ui = ui;
        this.frames = frames;
        service.connectionProperty().addListener((obs, old, now) -> show(now));
        service.stateProperty().addListener((obs, old, now) -> describe());
        service.problemProperty().addListener((obs, old, now) -> describe());
        show(service.connectionProperty().get());
        describe();
    }

    private void show(HouseholdConnection household) {
        detach();
        tiles.clear();
        byId.clear();
        demo.set(household != null && household.demo());
        if (household == null) {
            changed();
            return;
        }
        for (PlayerInfo player : household.players()) {
            PlayerTileViewModel tile = new PlayerTileViewModel(player, household, clock, ui, this::alert);
            byId.put(player.deviceId(), tile);
            tiles.add(tile);
        }
        registration = household.states().addListener(frames, this::apply);
        eventLog.useCardTitles(id -> household.card(id).map(com.yotosmartstream.client.model.Card::title));
        messages = household.mqtt().addMessageListener(eventLog::add);
        // what changed between building the tiles and listening would otherwise be missed
        byId.forEach((id, tile) -> tile.update(household.states().get(id)));
        describe();
        changed();
    }

    private void apply(Map<String, PlayerState> changed) {
        changed.forEach((id, state) -> {
            PlayerTileViewModel tile = byId.get(id);
            if (tile != null) {
                tile.update(state);
                historyRecorder.accept(state);
            }
        });
        changed();
    }

    /**
     * Told on the FX thread after the tiles changed: new reports applied (once per frame) or another
     * household shown. The remote page follows the dashboard through this (ADR 0069).
     */
    public AutoCloseable addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    private void describe() {
        message.set(switch (service.stateProperty().get()) {
            case STARTING -> "Connecting to the players…";
            case FAILED -> "Could not reach the players: " + service.problemProperty().get()
                    + " Check the connection, then restart the app.";
            case NONE -> "No household yet. Sign in with your Yoto account to see your players.";
            case READY -> tiles.isEmpty() ? "This account has no players yet. Set one up in the Yoto app first." : "";
        });
    }

    /**
     * Where notifications go, and which kinds are wanted (read each time, so a change in Settings
     * applies at once).
     */
    public void onAlert(Predicate<PlayerAlert.Kind> wanted, Consumer<PlayerAlert> sink) {
        this.alertsWanted = wanted;
        this.alertSink = sink;
    }

    private void alert(PlayerAlert alert) {
        if (alertsWanted.test(alert.kind())) {
            LOG.info("{}: {}", alert.title(), alert.text());
            alertSink.accept(alert);
        }
    }

    /** Moves the clock-driven parts of every tile on (call a few times a second). */
    public void tick() {
        Instant now = clock.instant();
        tiles.forEach(t -> t.tick(now));
    }

    public ObservableList<PlayerTileViewModel> tiles() {
        return tiles;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    /** What the page says instead of tiles (empty when there are tiles to show). */
    public StringProperty messageProperty() {
        return message;
    }

    /** Where each changed state goes to be kept as history (hand blocking work off the FX thread). */
    public void recordHistory(Consumer<PlayerState> recorder) {
        this.historyRecorder = recorder;
    }

    /** The messages of every player, for the detail view. */
    public EventLog eventLog() {
        return eventLog;
    }

    private void detach() {
        if (messages != null) {
            try {
                messages.close();
            } catch (Exception e) {
                LOG.debug("Detaching the event log", e);
            }
            messages = null;
        }
        if (registration != null) {
            try {
                registration.close();
            } catch (Exception e) {
                LOG.debug("Detaching the dashboard", e);
            }
            registration = null;
        }
    }

    @Override
    public void close() {
        detach();
    }
}
