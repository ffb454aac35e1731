package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
