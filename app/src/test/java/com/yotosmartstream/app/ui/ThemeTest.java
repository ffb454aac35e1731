package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.theme.ThemePreference;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ThemeTest extends ShellTest {

    @Override
    protected String[] options() {
        return new String[] {"--theme=system"};
    }

    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    @Test
    void followingTheSystemShowsTheOsTheme() {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(LIGHT);
        assertThat(shell.window.theme().effective().get()).isEqualTo(ThemePreference.LIGHT);
    }

    @Test
    void whenTheOsSwitchesToDarkTheAppFollows(FxRobot robot) {
        robot.interact(() -> shell.window.theme().osProperty().set(ThemePreference.DARK));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(DARK);
    }

    @Test
    void theSidebarSwitchTogglesLightAndDarkAndRemembersIt(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(DARK);
        assertThat(robot.lookup("#theme-toggle").queryAs(Button.class).getText()).isEqualTo("Light theme");
        assertThat(shell.services.settings().get(AppSettings.THEME)).isEqualTo(ThemePreference.DARK);

        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(LIGHT);
        assertThat(shell.services.settings().get(AppSettings.THEME)).isEqualTo(ThemePreference.LIGHT);
    }

    @Test
    void theKeyboardShortcutTogglesTheTheme(FxRobot robot) {
        robot.clickOn("#status-version");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(DARK);
    }

    @Test
    void theSettingsPageChoosesTheThemeAndShowsTheChoice(FxRobot robot) {
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#theme-system").queryAs(RadioButton.class).getText())
                .isEqualTo("Follow the system (now light)");

        robot.clickOn("#theme-dark");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(DARK);
        assertThat(shell.services.settings().get(AppSettings.THEME)).isEqualTo(ThemePreference.DARK);

        robot.clickOn("#theme-toggle");
        assertThat(robot.lookup("#theme-light").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#theme-dark").queryAs(RadioButton.class).isSelected()).isFalse();
    }
}
