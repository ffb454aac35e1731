package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class AboutDialogTest extends ShellTest {

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.lookup(".dialog-pane").tryQuery().ifPresent(pane -> robot.interact(() -> pane.getScene().getWindow().hide()));
    }

    @Test
    void f1ShowsTheVersionAndTheDataFolder(FxRobot robot) {
        robot.clickOn("#status-version");
        robot.push(KeyCode.F1);

        String version = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertThat(version).isEqualTo("Version " + shell.services.info().version());
        assertThat(version).doesNotContain("unknown", "${");
        assertThat(robot.lookup("#about-data").queryAs(Label.class).getText()).contains(dataDir.toString());
        assertThat(robot.lookup("#about-ffmpeg").queryAs(Label.class).getText()).startsWith("Includes FFmpeg 7.1.1")
                .contains("bytedeco", "GNU LGPL version 3 or later");
        assertThat(robot.lookup("#about-runtime").queryAs(Label.class).getText()).contains("Java " + System.getProperty("java.version"),
                        "JavaFX " + System.getProperty("javafx.runtime.version"));
    }

    @Test
    void itShowsTheAppsOwnIcon(FxRobot robot) throws IOException {
        robot.clickOn("#menu-help").clickOn("#menu-about");

        Image icon = robot.lookup("#about-icon").queryAs(ImageView.class).getImage();
        assertThat(icon.isError()).isFalse();
        assertThat(icon.getWidth()).isEqualTo(64);
        // installer/src/icon/yoto-smart-stream.txt: a transparent corner, the player's orange body, its dark display
        PixelReader pixels = icon.getPixelReader();
        assertThat(pixels.getArgb(0, 0) >>> 24).isZero();
        assertThat(pixels.getArgb(4 * 1 + 2, 4 * 13 + 2)).isEqualTo(0xFFF25A38);
        assertThat(pixels.getArgb(4 * 3 + 2, 4 * 12 + 2)).isEqualTo(0xFF1B1B26);
        screenshot(robot);
    }

    /** With -Dapp.screenshots=true: the dialog as target/screenshots/about.png. */
    private static void screenshot(FxRobot robot) throws IOException {
        if (!Boolean.getBoolean("app.screenshots")) {
            return;
        }
        Node pane = robot.lookup(".dialog-pane").query();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(pane.getScene().getRoot().snapshot(null, null)));
        PixelReader pixels = shot.get().getPixelReader();
        BufferedImage out = new BufferedImage((int) shot.get().getWidth(), (int) shot.get().getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of("target", "screenshots", "about.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }

    @Test
    void theWindowOffersTheIconAtEverySizeItWasDrawnAt() {
        assertThat(shell.stage.getIcons()).extracting(Image::getWidth, Image::isError)
                .containsExactly(tuple(16.0, false), tuple(32.0, false), tuple(48.0, false), tuple(64.0, false),
                        tuple(128.0, false), tuple(256.0, false));
    }

    @Test
    void theHelpMenuOpensIt(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        assertThat(robot.lookup("#about-version").tryQuery()).isPresent();
    }

    @Test
    void theSettingsPageOpensItToo(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#page-settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#settings-about");
        assertThat(robot.lookup("#about-version").tryQuery()).isPresent();
    }

    @Test
    void theStatusBarShowsTheVersion(FxRobot robot) {
        assertThat(robot.lookup("#status-version").queryAs(Label.class).getText())
                .isEqualTo("v" + shell.services.info().version());
    }
}
