package com.yotosmartstream.app.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard page on a household whose clock the test moves: stale and offline marking. */
@ExtendWith(ApplicationExtension.class)
class DashboardStaleTest {

    @TempDir
    static Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T21:00:00Z"));
    private SimulatedHousehold household;
    private HouseholdService service;
    private DashboardViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        household = SimulatedHousehold.start(clock);
        household.addPlayer("s1", "Bedroom", "v3");
        HouseholdConnection connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), clock,
                MqttOptions.defaults());
        service = new HouseholdService(new CurrentThreadTaskExecutor());
        service.start(() -> connection);
        viewModel = new DashboardViewModel(service, clock, Runnable::run, javafx.application.Platform::runLater);
        stage.setScene(new Scene(new DashboardPage(viewModel, () -> { }, tile -> null).view(), 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        new FxRobot().interact(() -> {
            viewModel.close();
            service.close();
        });
    }

    @Test
    void aTileIsMarkedStaleAfterSixSilentMinutesThenOffline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#battery-s1").queryAs(Label.class).getText().equals("80 %"));
        assertThat(robot.lookup("#stale-s1").query().isVisible()).isFalse();

        clock.advance(Duration.ofMinutes(7));
        robot.interact(viewModel::tick);

        assertThat(robot.lookup("#stale-s1").query().isVisible()).isTrue();
        assertThat(robot.lookup("#heard-s1").queryAs(Label.class).getText()).isEqualTo("heard 7 min ago");
        assertThat(robot.lookup("#tile-s1").query().getPseudoClassStates())
                .extracting(Object::toString).contains("stale");

        clock.advance(Duration.ofMinutes(5));
        robot.interact(viewModel::tick);

        assertThat(robot.lookup("#heard-s1").queryAs(Label.class).getText()).isEqualTo("offline · heard 12 min ago");
    }
}
