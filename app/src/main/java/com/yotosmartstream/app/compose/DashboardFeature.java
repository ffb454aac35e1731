package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.DemoHistory;
import com.yotosmartstream.app.dashboard.HistoryStore;
import com.yotosmartstream.app.dashboard.PlayerAlert;
import com.yotosmartstream.app.dashboard.PlayerDetailViewModel;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.players.PlayerSettingsViewModel;
import com.yotosmartstream.app.players.TileAlarms;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.client.model.PlayerInfo;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Dashboard is given: its view model (live tiles through the frame executor, each changed
 * state kept in the shared history store by one serial writer), the alerts the user wants, and a
 * detail view model per player.
 */
public final class DashboardFeature implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardFeature.class);

    private final DashboardViewModel viewModel;
    private final SettingsStore settings;
    private final HistoryStore history;
    private final TaskExecutor executor;
    private final Clock clock;
    private final HouseholdService household;
    private final TileAlarms alarms;

    DashboardFeature(DashboardViewModel viewModel, SettingsStore settings, HistoryStore history,
            TaskExecutor executor, Clock clock, HouseholdService household) {
        this.household = household;
        this.alarms = new TileAlarms(this::configAccess, executor, clock.withZone(ZoneId.systemDefault()));
        alarms.follow(viewModel.tiles());
        this.viewModel = viewModel;
        this.settings = settings;
        this.history = history;
        this.executor = executor;
        this.clock = clock;
        Executor historyWriter = executor.serial("player-history");
        // a fresh demo household shows a day in its history, not an empty chart
        viewModel.tiles().addListener((javafx.collections.ListChangeListener<PlayerTileViewModel>) change -> {
            if (viewModel.demoProperty().get()) {
                seedDemo(historyWriter, List.copyOf(viewModel.tiles()));
            }
        });
        viewModel.recordHistory(state -> historyWriter.execute(() -> {
            try {
                history.record(state, clock.instant());
            } catch (StorageException e) {
                LOG.warn("Could not keep the history: {}", e.getMessage());
            }
        }));
    }

    private void seedDemo(Executor writer, List<PlayerTileViewModel> tiles) {
        Instant now = clock.instant();
        for (int i = 0; i < tiles.size(); i++) {
            PlayerTileViewModel tile = tiles.get(i);
            List<HistoryStore.Sample> day = DemoHistory.day(i, now, ZoneId.systemDefault());
            writer.execute(() -> {
                try {
                    history.seed(tile.deviceId(), day, now);
                } catch (StorageException e) {
                    LOG.warn("Could not seed the demo history: {}", e.getMessage());
                }
            });
        }
    }

    public DashboardViewModel viewModel() {
        return viewModel;
    }

    /** Where the alerts the user wants (Settings > Notifications, read each time) are shown. */
    public void onAlert(Consumer<PlayerAlert> sink) {
        viewModel.onAlert(kind -> settings.get(kind.setting()), sink);
    }

    /** The detail view of one player: its messages and its kept history. */
    public PlayerDetailViewModel details(PlayerTileViewModel tile) {
        return new PlayerDetailViewModel(tile.deviceId(), tile.name(), viewModel.eventLog(), history, executor, clock);
    }

    /**
     * The Settings dialog of one player (its family decides what it shows); a save also updates
     * the tile's next alarm. Empty when the household is gone.
     */
    public Optional<PlayerSettingsViewModel> settings(PlayerTileViewModel tile) {
        Optional<HouseholdConnection> connection = household.connection();
        Optional<PlayerInfo> player = connection.flatMap(c -> c.players().stream()
                .filter(p -> p.deviceId().equals(tile.deviceId())).findFirst());
        return player.flatMap(info -> configAccess(info.deviceId()).map(access -> {
            PlayerSettingsViewModel settings = new PlayerSettingsViewModel(tile.name(), info.capabilities(), access,
                    executor, config -> alarms.show(tile, config));
            java.util.Map<String, String> cards = new java.util.LinkedHashMap<>();
            connection.get().cards().forEach(card -> card.cardId().ifPresent(id -> cards.put(id, card.title())));
            settings.setCards(cards);
            return settings;
        }));
    }

    /**
     * The Settings dialog of the player with this id (Settings > Players), its tile's alarm kept
     * in step when the Dashboard shows one. Empty when the household or the player is gone.
     */
    public Optional<PlayerSettingsViewModel> settings(String deviceId) {
        Optional<PlayerTileViewModel> tile = viewModel.tiles().stream().filter(t -> t.deviceId().equals(deviceId))
                .findFirst();
        return tile.flatMap(this::settings);
    }

    /** The player's config through the household's REST client (read, merge, PUT the whole block). */
    private Optional<PlayerSettingsViewModel.ConfigAccess> configAccess(String deviceId) {
        return household.connection().map(HouseholdConnection::api).map(api -> new PlayerSettingsViewModel.ConfigAccess() {
            @Override
            public PlayerConfig read() throws YotoException, InterruptedException {
                return api.config(deviceId);
            }

            @Override
            public PlayerConfig change(UnaryOperator<PlayerConfig> change) throws YotoException, InterruptedException {
                return api.updateConfig(deviceId, change);
            }
        });
    }

    @Override
    public void close() {
        viewModel.close();
    }
}
