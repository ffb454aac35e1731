package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.dashboard.EventLog;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A player's details speak to parents: messages in words ("battery 80 % → 33 %") at local times,
 * the raw JSON a click away; a fresh demo household's 24-hour history shows a day.
 */
class EventLogWordsTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer bedroom;

    @BeforeEach
    void connect() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        bedroom = household.addPlayer("words1", "Bedroom", "v3");
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("words-tokens.json"), Clock.systemUTC(), MqttOptions.defaults())));
        robot.clickOn("#nav-dashboard");
        await(() -> robot.lookup("#battery-words1").tryQuery().map(n -> ((Label) n).getText().endsWith("%"))
                .orElse(false), "the tile");
    }

    @AfterEach
    void stop() {
        household.close();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    @Test
    void theLogSaysWhatHappenedInWordsAndTheRawMessageIsOneClickAway() throws Exception {
        robot.clickOn("#more-words1");
        robot.clickOn("Event log and history…");
        @SuppressWarnings("unchecked")
        TableView<EventLog.Entry> table = robot.lookup("#log-table").queryAs(TableView.class);
        await(() -> table.getItems().stream().anyMatch(e -> e.fields().contains("batteryLevel")), "a status");

        bedroom.setBattery(33);
        await(() -> table.getItems().stream().anyMatch(e -> e.summary().contains("battery 80 % \u2192 33 %")),
                "the battery change in words; the log says " + table.getItems().stream().map(EventLog.Entry::summary)
                        .toList());

        EventLog.Entry entry = table.getItems().stream().filter(e -> e.summary().contains("\u2192 33 %")).findFirst()
                .orElseThrow();
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(cell -> assertThat(
                ((javafx.scene.control.Labeled) cell).getText()).isEqualTo(entry.summary()));
        robot.interact(() -> table.getSelectionModel().select(entry));
        String detail = robot.lookup("#log-detail").queryAs(TextArea.class).getText();
        assertThat(detail).startsWith(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault()).format(entry.at()) + "  " + entry.summary())
                .contains("As the player sent it").contains("\"batteryLevel\": 33");
        screenshot(table, "player-detail-log");
    }

    /** With -Dapp.screenshots=true: the details window at 900x600, as target/screenshots/NAME.png. */
    private void screenshot(javafx.scene.Node inside, String name) throws Exception {
        if (!Boolean.getBoolean("app.screenshots")) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(inside.getScene().getRoot().snapshot(null, null)));
        javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    @Test
    void aFreshDemoHouseholdsHistoryShowsTheDemosDay() throws Exception {
        robot.clickOn("#more-words1");
        robot.clickOn("Event log and history…");
        robot.clickOn("Last 24 hours");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        await(() -> chart.getData().get(0).getData().size() > 200, "a day of battery samples");

        XYChart.Series<Number, Number> battery = chart.getData().get(0);
        double first = battery.getData().get(0).getXValue().doubleValue();
        double last = battery.getData().get(battery.getData().size() - 1).getXValue().doubleValue();
        assertThat(last - first).as("hours of history shown").isGreaterThan(23.5);
        assertThat(chart.getData().get(2).getData()).as("it played at some hours of the day")
                .anySatisfy(d -> assertThat(d.getYValue().intValue()).isEqualTo(100));
        assertThat(robot.lookup("#history-problem").queryLabeled().isVisible()).isFalse();
        screenshot(chart, "player-detail-history");
    }
}
