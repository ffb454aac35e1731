package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A tile says why its track did not play, in words, under the player's state. */
class TrackProblemTileTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;

    @AfterEach
    void stop() {
        household.close();
    }

    @Test
    void aStreamThePlayerRefusesIsExplainedOnItsTile() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.addPlayer("prob1", "Bedroom", "v3");
        String cardId = household.account().saveCard(Card.create("Not audio", "linear", List.of(Chapter.of("01",
                "One", List.of(Track.stream("01", "A web page", household.brokenStreamUrl().toString(), "mp3")))))
                .toJson()).orElseThrow().get("cardId").getAsString();
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("problem-tokens.json"), Clock.systemUTC(), MqttOptions.defaults())));
        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#tile-prob1").tryQuery().isPresent()
                && shell.app.household().connection().isPresent());
        Label problem = robot.lookup("#problem-prob1").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();

        shell.app.household().connection().orElseThrow().send("prob1", Command.start(CardStart.of(cardId)))
                .get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> problem.isVisible());
        assertThat(problem.getText()).startsWith("'A web page' could not play: the server sent 'text/html");
        if (Boolean.getBoolean("app.screenshots")) {
            robot.interact(() -> shell.stage.setWidth(1024));
            robot.interact(() -> shell.stage.setHeight(700));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                    new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> shot.set(shell.stage.getScene().getRoot().snapshot(null, null)));
            javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                    (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Path file = Path.of("target", "screenshots", "dashboard-track-problem-1024x700.png");
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        }
    }
}
