package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.MouseButton;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An unsaved icon is asked about before the app closes, as an unsaved story is. */
class IconsCloseTest extends ShellTest {

    @Override
    protected String[] options() {
        return new String[] {"--page=icons"};
    }

    @BeforeEach
    void paintSomething(FxRobot robot) {
        Node canvas = robot.lookup("#icon-canvas").query();
        Bounds bounds = canvas.localToScreen(canvas.getBoundsInLocal());
        double cell = bounds.getWidth() / 16;
        robot.moveTo(new Point2D(bounds.getMinX() + 7.5 * cell, bounds.getMinY() + 3.5 * cell)).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(bounds.getMinX() + 7.5 * cell, bounds.getMinY() + 12.5 * cell))
                .release(MouseButton.PRIMARY);
        robot.doubleClickOn("#icon-name").eraseText(8).write("Lantern");
        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isTrue();
    }

    /** Clicks a button of the question (the page behind has buttons with the same words). */
    private static void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> button.equals(b.getText())).queryButton());
    }

    private void pressTheWindowsCloseButton(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.stage.fireEvent(new WindowEvent(shell.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    }

    @Test
    void cancelKeepsTheWindowAndThePainting(FxRobot robot) throws Exception {
        pressTheWindowsCloseButton(robot);
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Save changes to 'Lantern'?");

        answer(robot, "Cancel");

        assertThat(shell.stage.isShowing()).isTrue();
        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isTrue();
    }

    @Test
    void saveKeepsTheIconInTheLibraryThenCloses(FxRobot robot) throws Exception {
        pressTheWindowsCloseButton(robot);

        answer(robot, "Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.stage.isShowing());
        assertThat(new IconLibrary(shell.services.database(), Clock.systemUTC()).search("lantern"))
                .extracting(IconRecord::name).containsExactly("Lantern");
    }
}
