package com.yotosmartstream.app.household;

import com.yotosmartstream.client.traffic.TrafficSwitch;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the household in the background and holds it for the pages. Properties change on the
 * thread the task executor reports on (the FX thread in the app).
 */
public final class HouseholdService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdService.class);

    /** Where the household is. */
    public enum State { NONE, STARTING, READY, FAILED }

    /** How a household is opened (blocking). */
    @FunctionalInterface
    public interface Opener {
        HouseholdConnection open() throws Exception;
    }

    private final TaskExecutor executor;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NONE);
    private final ObjectProperty<HouseholdConnection> connection = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    /** Every household opened here tells its traffic to this (a no-op until a recorder is attached). */
    private final TrafficSwitch traffic = new TrafficSwitch();

    public HouseholdService(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Demo mode: a simulated household of {@code players} players. */
    public static Opener demo(int players, Path tokenFile, java.time.Clock clock) {
        return () -> DemoHousehold.start(players, tokenFile, clock);
    }

    /** The user's own household on Yoto's cloud, with a signed-in token manager. */
    public static Opener yoto(com.yotosmartstream.client.YotoConfig config,
            com.yotosmartstream.client.auth.TokenManager tokens, java.time.Clock clock) {
        return () -> HouseholdConnection.open(config, tokens, com.yotosmartstream.client.http.HttpClient.create(),
                clock, com.yotosmartstream.client.mqtt.MqttOptions.defaults(), false, null);
    }

    /** Opens a household, replacing the current one. */
    public void start(Opener opener) {
        close();
        state.set(State.STARTING);
        problem.set("");
        executor.submit(BackgroundTask.of("Connecting to the players", context -> {
                    HouseholdConnection opened = opener.open();
                    opened.tapTraffic(traffic);
                    return opened;
                })
                .onSuccess(opened -> {
                    connection.set(opened);
                    state.set(State.READY);
                })
                .onFailure(error -> {
                    LOG.warn("Could not open the household", error);
                    problem.set(error.getMessage() == null ? error.toString() : error.getMessage());
                    state.set(State.FAILED);
                }));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<HouseholdConnection> connectionProperty() {
        return connection;
    }

    public Optional<HouseholdConnection> connection() {
        return Optional.ofNullable(connection.get());
    }

    /** The traffic of the household (of whichever is open), for the recorder in Settings > Diagnostics. */
    public TrafficSwitch traffic() {
        return traffic;
    }

    /** Why the last start failed, in words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    @Override
    public void close() {
        HouseholdConnection current = connection.get();
        connection.set(null);
        state.set(State.NONE);
        if (current != null) {
            current.close();
        }
    }
}
