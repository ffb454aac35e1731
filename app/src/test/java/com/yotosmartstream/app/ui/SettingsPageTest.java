package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SettingsPageTest extends ShellTest {

    @Override
    protected String[] options() {
        return new String[] {"--page=settings"};
    }

    @Test
    void showsWhereTheDataAndLogsAre(FxRobot robot) {
        assertThat(robot.lookup("#settings-data-folder").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.toString());
        assertThat(robot.lookup("#settings-logs-folder").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.resolve("logs").toString());
        assertThat(robot.lookup("#settings-database").queryAs(Label.class).getText())
                .startsWith("yoto-smart-stream.db (schema ").contains("core v1", "dashboard v1", "library v", "icons v");
    }

    @Test
    void theOpenButtonsOpenTheFoldersInTheFileManager(FxRobot robot) {
        robot.clickOn("#settings-data-folder-open");
        robot.clickOn("#settings-logs-folder-open");
        assertThat(shell.opened).containsExactly(dataDir, dataDir.resolve("logs"));
    }

    @Test
    void theHelpMenuOpensTheLogFolder(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-open-logs");
        assertThat(shell.opened).containsExactly(dataDir.resolve("logs"));
    }

    @Test
    void eachKindOfNotificationCanBeSwitchedOff(FxRobot robot) {
        var lowBattery = com.yotosmartstream.app.dashboard.PlayerAlert.Kind.LOW_BATTERY.setting();
        assertThat(robot.lookup("#notify-low-battery").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();

        robot.clickOn("#notify-low-battery");

        assertThat(shell.services.settings().get(lowBattery)).isFalse();
        assertThat(robot.lookup("#notify-offline").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#notify-low-battery");
        assertThat(shell.services.settings().get(lowBattery)).isTrue();
    }
}
