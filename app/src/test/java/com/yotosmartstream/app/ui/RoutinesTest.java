package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The routine editor, the Dashboard's routine buttons and Settings > Players, on a simulated
 * household (two players on, one switched off) through the real client.
 */
class RoutinesTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer bedroom;
    private VirtualPlayer kitchen;

    @BeforeEach
    void connectToASimulatedHousehold() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        bedroom = household.addPlayer("rtn1", "Bedroom", "v3");
        kitchen = household.addPlayer("rtn2", "Kitchen", "mini");
        household.addPlayer("rtn3", "Attic", "v3").setPoweredOn(false);
        MqttOptions options = MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("routine-tokens.json"), Clock.systemUTC(), options)));
        robot.clickOn("#nav-dashboard");
        await(() -> robot.lookup("#tile-rtn1").tryQuery().isPresent(), "the tiles");
    }

    @AfterEach
    void closeDialogsAndHousehold() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene() != null
                && (w.getScene().lookup("#routine-editor") != null || w.getScene().lookup("#player-settings") != null))
                .forEach(Window::hide));
        household.close();
    }

    private void type(String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    private void addStep(String kind) {
        robot.clickOn("#step-add");
        robot.clickOn("#step-add-" + kind);
    }

    private String problem() {
        return robot.lookup("#routine-problem").queryAs(Label.class).getText();
    }

    @Test
    void aParentMakesARoutineForTwoPlayersRunsItAndSeesBothChange() throws Exception {
        await(() -> robot.lookup("#routine-run-bedtime").tryQuery().isPresent(), "the example routines");
        assertThat(robot.lookup("#routine-run-quiet-morning").tryQuery()).isPresent();
        await(() -> bedroom.volumeStep() == 8 && kitchen.volumeStep() == 8, "the players to start");

        robot.clickOn("#routines-edit");
        robot.clickOn("#routine-new");
        type("routine-name", "Lights out");
        robot.clickOn("#routine-player-rtn1");
        robot.clickOn("#routine-player-rtn2");
        robot.clickOn("#routine-player-rtn3");
        addStep("volume");
        type("step-first-0", "3");
        addStep("night-limit");
        type("step-first-1", "4");
        addStep("sleep-timer");
        type("step-first-2", "15");
        assertThat(robot.lookup("#step-where-0").queryAs(Label.class).getText()).isEqualTo("Needs the app running");
        assertThat(robot.lookup("#step-where-1").queryAs(Label.class).getText()).isEqualTo("Lives on the player");
        screenshots("routine-editor", "#routine-editor");
        robot.clickOn("#routine-save");
        await(() -> robot.lookup("#routine-run-lights-out").tryQuery().isPresent(), "the routine's button");
        robot.clickOn("#routine-close");

        robot.clickOn("#routine-run-lights-out");

        await(() -> robot.lookup("#routine-status").queryAs(Label.class).getText()
                .equals("Lights out: 6 done, 3 skipped (player offline)"), "the run to finish");
        VBox report = robot.lookup("#routine-report").queryAs(VBox.class);
        List<String> lines = report.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(lines).contains("Bedroom: Volume 3: done", "Kitchen: Night volume limit 4: done",
                "Attic: Sleep timer 15 min: skipped, player offline");
        assertThat(bedroom.volumeStep()).isEqualTo(3);
        assertThat(kitchen.volumeStep()).isEqualTo(3);
        JsonObject config = household.account().config("rtn2").orElseThrow();
        assertThat(config.get("nightMaxVolumeLimit").getAsString()).isEqualTo("4");
        screenshots("routine-dashboard", "#dashboard-tiles");
    }

    @Test
    void badStepsAreRefusedWithAReasonAndNothingIsSaved() throws Exception {
        await(() -> robot.lookup("#routine-run-bedtime").tryQuery().isPresent(), "the example routines");
        robot.clickOn("#routines-edit");
        robot.clickOn("#routine-new");
        type("routine-name", "Too loud");
        robot.clickOn("#routine-player-rtn1");
        addStep("volume");
        type("step-first-0", "17");
        robot.clickOn("#routine-save");
        assertThat(problem()).isEqualTo("Volume: 17 is not a step from 0 to 16");

        type("step-first-0", "6");
        addStep("day-and-night");
        type("step-second-1", "25:00");
        robot.clickOn("#routine-save");
        assertThat(problem()).contains("not a time of day");

        type("step-second-1", "19:30");
        type("routine-name", "Bedtime");
        robot.clickOn("#routine-save");
        assertThat(problem()).isEqualTo("There is already a routine called Bedtime");
        assertThat(robot.lookup("#routine-run-too-loud").tryQuery()).isEmpty();
        addStep("alarm");
        addStep("play-card");
        javafx.scene.control.CheckBox scheduled = robot.lookup("#routine-scheduled")
                .queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> {
            scheduled.setSelected(true);
            robot.lookup("#routine-editor .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
        });
        assertThat(robot.lookup("#step-where-2").queryAs(Label.class).getText()).isEqualTo("Lives on the player");
        assertThat(robot.lookup("#step-card-3").tryQuery()).as("a card to choose").isPresent();
        screenshots("routine-editor-alarm", "#routine-editor");
    }

    @Test
    void settingsListsThePlayersAndOpensEachOnesSettings() throws Exception {
        robot.clickOn("#nav-settings");
        await(() -> robot.lookup("#settings-player-rtn2").tryQuery().isPresent(), "the players section");
        assertThat(robot.lookup("#settings-player-rtn1").tryQuery()).isPresent();
        screenshots("settings-players", "#settings-players");

        robot.clickOn("#settings-rename-rtn1");
        TextField newName = robot.lookup("#player-new-name").queryAs(TextField.class);
        robot.interact(newName::clear);
        robot.clickOn(newName).write("Ada's room");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#settings-players-status").queryAs(Label.class).getText()
                .startsWith("Renamed to Ada's room"), "the rename");
        assertThat(household.account().deviceWithConfig("rtn1").orElseThrow().get("name").getAsString())
                .isEqualTo("Ada's room");
        assertThat(robot.lookup("#settings-players").queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())).contains("Ada's room");

        robot.clickOn("#settings-player-rtn2");

        await(() -> robot.lookup("#setting-maxVolumeLimit").tryQuery().map(n -> !((TextField) n).getText()
                .isEmpty()).orElse(false), "the Mini's settings to be read");
        assertThat(robot.lookup("#setting-nightAmbientColour").tryQuery()).as("a Mini has no night light").isEmpty();
    }

    /** With -Dapp.screenshots=true: the node's window in light and dark, as target/screenshots/NAME-THEME.png. */
    private void screenshots(String name, String query) throws Exception {
        if (!Boolean.getBoolean("app.screenshots")) {
            return;
        }
        for (ThemePreference theme : List.of(ThemePreference.LIGHT, ThemePreference.DARK)) {
            robot.interact(() -> shell.window.theme().preferenceProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Node root = robot.lookup(query).query();
            java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                    new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> shot.set(root.getScene().getRoot().snapshot(null, null)));
            javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                    (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Path file = Path.of("target", "screenshots", name + "-"
                    + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        }
        robot.interact(() -> shell.window.theme().preferenceProperty().set(ThemePreference.LIGHT));
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }
}
