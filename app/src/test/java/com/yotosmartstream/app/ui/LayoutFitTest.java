package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.theme.ThemePreference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page fits the window and shows every control's text whole, at the smallest size the app
 * supports (1024x700), a laptop's (1280x800) and a desktop's (1920x1080), in both themes, with the
 * demo household's players on the Dashboard. With {@code -Dapp.screenshots=true} each combination
 * is also saved as {@code app/target/screenshots/layout-<page>-<WxH>-<theme>.png}.
 */
class LayoutFitTest extends ShellTest {

    private static final int[][] SIZES = {{1024, 700}, {1280, 800}, {1920, 1080}};

    private final FxRobot robot = new FxRobot();

    @Override
    protected String[] options() {
        return new String[] {"--demo-players=3"};
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void everyControlShowsItsWholeTextAtEverySizeInBothThemes(Page page) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> shell.app.household().stateProperty().get() == HouseholdService.State.READY);
        if (page == Page.DASHBOARD) { // a sleep timer adds to the facts under a player's title
            var connection = shell.app.household().connection().orElseThrow();
            connection.send(connection.players().get(0).deviceId(),
                    com.yotosmartstream.client.mqtt.Command.sleepTimer(java.time.Duration.ofMinutes(45)))
                    .get(10, TimeUnit.SECONDS);
        }
        robot.interact(() -> shell.window.viewModel().navigate(page));
        List<String> problems = new ArrayList<>();
        for (ThemePreference theme : List.of(ThemePreference.LIGHT, ThemePreference.DARK)) {
            robot.interact(() -> shell.window.theme().preferenceProperty().set(theme));
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    shell.stage.setWidth(size[0]);
                    shell.stage.setHeight(size[1]);
                });
                settle();
                String where = page.id() + " at " + size[0] + "x" + size[1] + " " + theme.name().toLowerCase() + ": ";
                robot.interact(() -> {
                    Parent root = shell.stage.getScene().getRoot();
                    Truncations.under(root).forEach(t -> problems.add(where + t));
                    double minWidth = root.minWidth(-1);
                    if (minWidth > shell.stage.getScene().getWidth() + 0.5) {
                        problems.add(where + "the window's content needs " + Math.round(minWidth) + " px of width");
                    }
                });
                if (size[0] == SIZES[0][0]) { // at the smallest size, what every tab shows as well
                    checkEveryTab(where, problems);
                }
                if (Boolean.getBoolean("app.screenshots")) {
                    saveScreenshot("layout-" + page.id() + "-" + size[0] + "x" + size[1] + "-"
                            + theme.name().toLowerCase() + ".png");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Shows each tab of each tab pane on the page in turn, checks it, and goes back to the first. */
    private void checkEveryTab(String where, List<String> problems) throws Exception {
        List<javafx.scene.control.TabPane> panes = new ArrayList<>();
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .filter(javafx.scene.Node::isVisible).forEach(panes::add));
        for (javafx.scene.control.TabPane pane : panes) {
            int first = pane.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < pane.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> pane.getSelectionModel().select(index));
                settle();
                String tab = pane.getTabs().get(index).getText();
                robot.interact(() -> Truncations.under(shell.stage.getScene().getRoot()).stream()
                        .map(t -> where + "tab '" + tab + "': " + t).filter(t -> !problems.contains(t))
                        .forEach(problems::add));
            }
            robot.interact(() -> pane.getSelectionModel().select(first));
        }
    }

    /** Lets live data arrive and the layout settle (two pulses after the last change). */
    private void settle() throws Exception {
        settle(robot, shell.stage);
    }

    /** Lets a resized window's layout and CSS passes run (several pulses), then lays it out once more. */
    static void settle(FxRobot robot, javafx.stage.Stage stage) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(150);
        }
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    private void saveScreenshot(String name) throws Exception {
        Screenshots.Pixels[] pixels = new Screenshots.Pixels[1];
        robot.interact(() -> pixels[0] = Screenshots.capture(shell.stage.getScene()));
        Screenshots.writePng(pixels[0], Path.of("target", "screenshots", name));
    }
}
