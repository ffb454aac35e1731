package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.voice.VoiceEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Narration: the voice engine this computer has, or what to install, and Look again. */
@ExtendWith(ApplicationExtension.class)
class VoiceSettingsTest {

    @TempDir
    Path dataDir;
    ShellFixture shell;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openShell() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        shell = FxToolkit.setupFixture(() -> ShellFixture.open(stage, dataDir, "--page=settings", "--size=1280x800"));
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.close();
    }

    private String engine() {
        return robot.lookup("#settings-voice-engine").queryAs(Label.class).getText();
    }

    @Test
    void lookAgainSaysWhichVoiceWasFoundOrWhatToInstall() throws Exception {
        String expected = VoiceEngines.describe(VoiceEngines.detect());
        scrollTo("#settings-voice-again");
        robot.clickOn("#settings-voice-again");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> engine().equals(expected));
        assertThat(engine()).satisfiesAnyOf(t -> assertThat(t).contains("espeak-ng").contains("speaks the nodes"),
                t -> assertThat(t).contains("sudo apt install espeak-ng"));
        if (Boolean.getBoolean("app.screenshots")) {
            saveScreenshot(1280, 800);
            saveScreenshot(1024, 700);
        }
    }

    private void scrollTo(String id) {
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#page-settings").queryAs(ScrollPane.class);
            Node target = robot.lookup(id).query();
            Bounds inContent = page.getContent().sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double range = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 200) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window at this size, scrolled to the section, as target/screenshots/settings-narration-WxH.png. */
    private void saveScreenshot(int width, int height) throws Exception {
        robot.interact(() -> {
            shell.stage.setWidth(width);
            shell.stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#settings-voice-again");
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(shell.stage.getScene().getRoot().snapshot(null, null)));
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, shot.get().getPixelReader().getArgb(x, y));
            }
        }
        Path file = Path.of("target", "screenshots", "settings-narration-" + width + "x" + height + ".png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
