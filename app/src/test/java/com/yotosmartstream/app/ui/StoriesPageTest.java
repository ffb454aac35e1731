package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class StoriesPageTest extends ShellTest {

    @Override
    protected String[] options() {
        return new String[] {"--page=stories"};
    }

    private String documentTitle(FxRobot robot) {
        return robot.lookup("#story-document-title").queryAs(Label.class).getText();
    }

    private void addNodeOnTheCanvas(FxRobot robot) {
        Node canvas = robot.lookup("#story-canvas").query();
        Point2D centre = canvas.localToScreen(canvas.getBoundsInLocal().getWidth() / 3, canvas.getBoundsInLocal().getHeight() / 3);
        robot.doubleClickOn(centre);
    }

    @Test
    void thePageOpensOnAnEmptyUnsavedStoryThatSaysHowToStart(FxRobot robot) {
        assertThat(documentTitle(robot)).isEqualTo("Untitled story (not saved yet)");
        assertThat(robot.lookup("#canvas-empty-hint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#lint-list .list-cell").queryAs(javafx.scene.control.ListCell.class).getItem())
                .hasToString("EMPTY_STORY: The story has no nodes yet. Add one to start.");
    }

    @Test
    void addingANodeMarksTheStoryAsChangedAndUndoClearsTheMark(FxRobot robot) {
        addNodeOnTheCanvas(robot);

        assertThat(robot.lookup(".story-node").queryAll()).hasSize(1);
        assertThat(documentTitle(robot)).isEqualTo("● Untitled story (not saved yet)");
        assertThat(robot.lookup("#canvas-empty-hint").queryAs(Label.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(robot.lookup(".story-node").queryAll()).isEmpty();
        assertThat(documentTitle(robot)).isEqualTo("Untitled story (not saved yet)");
    }

    @Test
    void publishingWithoutAHouseholdIsDisabledAndTheButtonSaysWhy(FxRobot robot) {
        assertThat(robot.lookup("#story-publish").query().isDisabled()).isTrue();
        Object tooltip = robot.lookup("#story-publish-wrapper").query().getProperties().get("javafx.scene.control.Tooltip");

        assertThat(tooltip).isInstanceOf(javafx.scene.control.Tooltip.class);
        assertThat(((javafx.scene.control.Tooltip) tooltip).getText()).startsWith("Sign in to Yoto (File > Sign in), or wait for demo mode to start");
    }

    @Test
    void theAudioAndIconPickersSayPlainlyWhenTheLibrariesAreEmpty(FxRobot robot) {
        addNodeOnTheCanvas(robot);

        assertThat(robot.lookup("#audio-status").queryAs(Label.class).getText())
                .startsWith("The library has no tracks yet");
        assertThat(robot.lookup("#icon-status").queryAs(Label.class).getText())
                .startsWith("There are no icons yet");
    }
}
