package com.yotosmartstream.app.players;

import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Puts each player's next alarm on its tile: the config is read once in the background when the
 * tile appears, and again whenever the Settings dialog saves it.
 */
public final class TileAlarms {

    private final Function<String, Optional<PlayerSettingsViewModel.ConfigAccess>> access;
    private final TaskExecutor executor;
    private final Clock localClock;

    /** @param localClock the clock in the zone alarms are read in (this computer's) */
    public TileAlarms(Function<String, Optional<PlayerSettingsViewModel.ConfigAccess>> access, TaskExecutor executor,
            Clock localClock) {
        this.access = access;
        this.executor = executor;
        this.localClock = localClock;
    }

    /** Reads the alarms of every tile there is and will be. */
    public void follow(ObservableList<PlayerTileViewModel> tiles) {
        tiles.forEach(this::read);
        tiles.addListener((ListChangeListener<PlayerTileViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::read);
            }
        });
    }

    private void read(PlayerTileViewModel tile) {
        access.apply(tile.deviceId()).ifPresent(config -> executor.submit(BackgroundTask.of(
                "Reading the alarms of " + tile.name(), context -> config.read())
                .onSuccess(read -> show(tile, read))
                .onFailure(error -> tile.nextAlarmProperty().set(""))));
    }

    /** Shows the next alarm of {@code config} on {@code tile} (FX thread). */
    public void show(PlayerTileViewModel tile, PlayerConfig config) {
        tile.nextAlarmProperty().set(NextAlarm.text(config.alarms(), LocalDateTime.now(localClock)));
    }
}
