package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A tile's Settings dialog, for a Player (3rd gen) and a Mini, on the simulated household through the real client. */
class PlayerSettingsTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private String cardId;

    @BeforeEach
    void connectToASimulatedHousehold() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.addPlayer("set1", "Bedroom", "v3");
        household.addPlayer("set2", "Kitchen", "mini");
        JsonObject config = household.account().config("set1").orElseThrow();
        config.addProperty("futureSetting", "kept");
        household.account().replaceConfig("set1", config);
        cardId = household.account().saveCard(Card.create("Wake-up songs", "linear", List.of(Chapter.of("01", "One",
                List.of(Track.stream("01", "One", household.silenceUrl(60).toString(), "mp3")))))
                .toJson()).orElseThrow().get("cardId").getAsString();
        MqttOptions options = MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("settings-tokens.json"), Clock.systemUTC(), options)));
        robot.clickOn("#nav-dashboard");
        await(() -> robot.lookup("#tile-set1").tryQuery().isPresent() && robot.lookup("#tile-set2").tryQuery()
                .isPresent(), "both tiles");
    }

    @AfterEach
    void closeDialogsAndHousehold() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#player-settings") != null)
                .forEach(Window::hide));
        household.close();
    }

    private void openSettings(String deviceId) throws Exception {
        robot.clickOn("#more-" + deviceId);
        robot.clickOn("#settings-" + deviceId);
        await(() -> robot.lookup("#setting-nightTime").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                .orElse(false), "the settings to be read");
    }

    private void type(String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.clear());
        robot.clickOn(field).write(text);
    }

    private boolean dialogOpen() {
        return robot.lookup("#player-settings").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void aParentSetsTheNightVolumeLimitAndAnAlarmAndTheTileShowsIt() throws Exception {
        openSettings("set1");
        assertThat(robot.lookup("#setting-ambientColour").tryQuery()).as("a Player has its light").isPresent();
        assertThat(robot.lookup("#setting-nightDisplayBrightness-auto").tryQuery().filter(Node::isVisible))
                .as("and its light sensor").isPresent();

        type("setting-nightMaxVolumeLimit", "5");
        robot.clickOn("#alarm-add");
        type("alarm-time", "06:45");
        type("alarm-volume", "6");
        @SuppressWarnings("unchecked")
        ComboBox<String> sound = robot.lookup("#alarm-sound").queryAs(ComboBox.class);
        robot.interact(() -> sound.setValue(cardId));
        screenshots("v3");
        robot.clickOn("#settings-save");

        await(() -> !dialogOpen(), "the dialog to close once saved");
        JsonObject stored = household.account().config("set1").orElseThrow();
        assertThat(stored.get("nightMaxVolumeLimit").getAsString()).isEqualTo("5");
        assertThat(stored.getAsJsonArray("alarms").get(0).getAsString()).isEqualTo("1111100,06:45," + cardId
                + ",,,6,1");
        assertThat(stored.get("futureSetting").getAsString()).isEqualTo("kept");
        await(() -> robot.lookup("#alarm-set1").queryAs(Label.class).getText().matches("alarm (\\w{3} )?06:45"),
                "the tile to show the alarm");
    }

    @Test
    void aMiniHasNoNightLightNorAutomaticBrightness() throws Exception {
        openSettings("set2");

        assertThat(robot.lookup("#setting-ambientColour").tryQuery()).isEmpty();
        assertThat(robot.lookup("#setting-nightAmbientColour").tryQuery()).isEmpty();
        assertThat(robot.lookup("#setting-dayDisplayBrightness-auto").tryQuery().filter(Node::isVisible))
                .as("no light sensor").isEmpty();
        assertThat(robot.lookup("#setting-maxVolumeLimit").tryQuery()).isPresent();
        screenshots("mini");
    }

    @Test
    void badInputIsRefusedInTheDialogWithAReason() throws Exception {
        int writes = household.account().configWrites("set1");
        openSettings("set1");

        type("setting-nightTime", "25:00");
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText()).contains("not a time");

        type("setting-nightTime", "19:00");
        type("setting-nightMaxVolumeLimit", "17");
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText()).contains("0 to 16");

        type("setting-nightMaxVolumeLimit", "8");
        type("setting-nightAmbientColour", "blue");
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText()).contains("#rrggbb");
        assertThat(dialogOpen()).isTrue();
        assertThat(household.account().configWrites("set1")).isEqualTo(writes);
    }

    @Test
    void aRefusedWriteSaysSoAndLeavesTheDialogOpenWithTheEdits() throws Exception {
        openSettings("set1");
        type("setting-maxVolumeLimit", "9");
        household.cloud().failNextApiCalls(403, 1, null);

        robot.clickOn("#settings-save");

        await(() -> robot.lookup("#settings-problem").queryAs(Label.class).getText().contains("did not take"),
                "the failure to be shown");
        assertThat(dialogOpen()).isTrue();
        assertThat(robot.lookup("#setting-maxVolumeLimit").queryAs(TextField.class).getText()).isEqualTo("9");
    }

    /** With -Dapp.screenshots=true: the dialog in light and dark, as target/screenshots/player-settings-NAME-THEME.png. */
    private void screenshots(String name) throws Exception {
        if (!Boolean.getBoolean("app.screenshots")) {
            return;
        }
        for (ThemePreference theme : List.of(ThemePreference.LIGHT, ThemePreference.DARK)) {
            robot.interact(() -> shell.window.theme().preferenceProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Node root = robot.lookup("#player-settings").query();
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
            Path file = Path.of("target", "screenshots", "player-settings-" + name + "-"
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
