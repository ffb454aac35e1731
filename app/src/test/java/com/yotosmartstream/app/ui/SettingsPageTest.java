package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsPageTest {

    @TempDir
    static Path dataDir;

    private ShellFixture shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = ShellFixture.open(stage, dataDir, "--page=settings");
    }

    @AfterEach
    void close() throws Exception {
        shell.close();
    }

    @Test
    void showsWhereTheDataAndLogsAre(FxRobot robot) {
        assertThat(robot.lookup("#settings-data-folder").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.toString());
        assertThat(robot.lookup("#settings-logs-folder").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.resolve("logs").toString());
        assertThat(robot.lookup("#settings-database").queryAs(Label.class).getText())
                .isEqualTo("yoto-smart-stream.db (schema core v1)");
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
}
