package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.shell.Page;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

class ShellNavigationTest extends ShellTest {

    @ParameterizedTest(name = "clicking {0} in the sidebar shows its page")
    @EnumSource(Page.class)
    void clickingASidebarEntryShowsItsPage(Page page, FxRobot robot) {
        robot.clickOn("#nav-" + page.id());

        assertThat(shell.window.viewModel().currentPage()).isEqualTo(page);
        Node shown = robot.lookup("#page-" + page.id()).query();
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getScene()).isSameAs(shell.stage.getScene());
        assertThat(robot.lookup("#nav-" + page.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".page-host").queryParent().getChildrenUnmodifiable()).containsExactly(shown);
    }

    @ParameterizedTest(name = "its shortcut opens {0}")
    @EnumSource(Page.class)
    void eachPageHasAKeyboardShortcut(Page page, FxRobot robot) {
        Page other = page == Page.DASHBOARD ? Page.CARDS : Page.DASHBOARD;
        robot.interact(() -> shell.window.viewModel().navigate(other));
        robot.clickOn("#status-version"); // give the window the keyboard focus

        robot.push((KeyCodeCombination) AppMenuBar.shortcut(page));

        assertThat(shell.window.viewModel().currentPage()).isEqualTo(page);
        Node shown = robot.lookup("#page-" + page.id()).query();
        assertThat(shown.getParent().getChildrenUnmodifiable()).containsExactly(shown);
    }

    @Test
    void clickingTheSelectedPageAgainKeepsItSelected(FxRobot robot) {
        robot.clickOn("#nav-library");
        robot.clickOn("#nav-library");
        assertThat(robot.lookup("#nav-library").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aPageKeepsItsStateWhenTheUserComesBack(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Node first = robot.lookup("#page-settings").query();
        robot.clickOn("#nav-icons");
        robot.clickOn("#nav-settings");
        Node again = robot.lookup("#page-settings").query();
        assertThat(again).isSameAs(first);
    }

    @Test
    void theLastPageIsRememberedForTheNextStart(FxRobot robot) {
        robot.clickOn("#nav-stories");
        assertThat(shell.services.settings().get(AppSettings.LAST_PAGE)).isEqualTo(Page.STORIES);
    }
}
