package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.routines.RoutineScheduler;
import com.yotosmartstream.app.routines.RoutineSource;
import com.yotosmartstream.app.routines.RoutineStore;
import com.yotosmartstream.app.routines.RoutinesViewModel;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.routine.RoutineRunner;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskExecutor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What routines are given (the Dashboard's routine bar and editor, the scheduler, the command
 * line): the routine store, a runner on whichever household is open (its REST client, its MQTT
 * connection and its whole cards), the routines' view model, and the scheduler that runs them at
 * their times while the app runs.
 */
public final class RoutinesFeature implements AutoCloseable {

    private final RoutinesViewModel viewModel;
    private final RoutineScheduler scheduler;
    private final HouseholdService household;
    private final TaskExecutor executor;
    private com.yotosmartstream.app.players.PlayersViewModel players;

    RoutinesFeature(RoutineStore store, HouseholdService household, SettingsStore settings, TaskExecutor executor,
            Clock localClock) {
        this.household = household;
        this.executor = executor;
        this.viewModel = new RoutinesViewModel(store, source(household), settings, executor);
        this.scheduler = new RoutineScheduler(() -> List.copyOf(viewModel.routines()), viewModel::run, localClock);
    }

    /** What routines need of a household service. */
    static RoutineSource source(HouseholdService household) {
        return new RoutineSource() {
            @Override
            public Optional<RoutineRunner> runner() {
                return household.connection().map(RoutinesFeature::runner);
            }

            @Override
            public List<PlayerInfo> players() {
                return household.connection().map(HouseholdConnection::players).orElse(List.of());
            }

            @Override
            public Map<String, String> cards() {
                Map<String, String> cards = new LinkedHashMap<>();
                household.connection().ifPresent(c -> c.cards().forEach(card -> card.cardId()
                        .ifPresent(id -> cards.put(id, card.title()))));
                return cards;
            }
        };
    }

    static RoutineRunner runner(HouseholdConnection connection) {
        return new RoutineRunner(connection.api(), connection.mqtt(), connection.players(), connection::wholeCard);
    }

    /**
     * Reads the routines now and again each time a household opens, and starts the scheduler;
     * on the FX thread.
     */
    void start(Executor fx) {
        viewModel.load();
        household.connectionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.load();
            }
        });
        scheduler.start(fx);
    }

    /** Settings > Players: the open household's players. */
    public com.yotosmartstream.app.players.PlayersViewModel players() {
        if (players == null) {
            players = new com.yotosmartstream.app.players.PlayersViewModel(household.connectionProperty()
                    .map(HouseholdConnection::players), (deviceId, name) -> household.connection()
                            .orElseThrow(() -> new IllegalStateException("No household is open")).api()
                            .rename(deviceId, name), executor);
        }
        return players;
    }

    public RoutinesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
