package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    private Story story() {
        return editor.viewModel.story();
    }

    private Point2D port(String nodeId, Exit exit) {
        Point2D world = NodeView.port(story().node(nodeId).orElseThrow(), exit);
        return editor.screen(world.getX(), world.getY());
    }

    private Point2D centre(String nodeId) {
        StoryNode node = story().node(nodeId).orElseThrow();
        return editor.screen(node.position().x() + NodeView.WIDTH / 2, node.position().y() + NodeView.HEIGHT / 2);
    }

    @Test
    void draggingFromAnExitPortToANodeConnectsThem(FxRobot robot) {
        robot.drag(port("n4", Exit.LEFT), MouseButton.PRIMARY).dropTo(centre("n3"));

        assertThat(story().node("n4").orElseThrow().exit(Exit.LEFT)).contains(Target.to("n3"));
        assertThat(editor.canvas().isArrowDrawn("n4", Exit.LEFT)).isTrue();
        assertThat(editor.viewModel.undoRedo().undoTextProperty().get()).isEqualTo("Undo Connect left button of 'Treasure' to 'Forest'");
    }

    @Test
    void droppingAConnectionOnEmptySpaceMakesANewNodeThere(FxRobot robot) {
        Point2D empty = editor.screen(450, 250);

        robot.drag(port("n3", Exit.RIGHT), MouseButton.PRIMARY).dropTo(empty);

        StoryNode created = story().node("n5").orElseThrow();
        assertThat(story().node("n3").orElseThrow().exit(Exit.RIGHT)).contains(Target.to("n5"));
        assertThat(created.position().x()).isBetween(430.0, 470.0);
        assertThat(editor.viewModel.selection()).containsExactly("n5");
        assertThat(robot.lookup("#node-n5").tryQuery()).isPresent();
    }

    @Test
    void undoAndRedoTakeBackAndRestoreACreatedNode(FxRobot robot) {
        robot.drag(port("n3", Exit.RIGHT), MouseButton.PRIMARY).dropTo(editor.screen(450, 250));
        assertThat(story().contains("n5")).isTrue();

        robot.clickOn("#story-canvas").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(story()).isEqualTo(StoryFixtures.dragonsCave());
        assertThat(robot.lookup("#node-n5").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(story().node("n3").orElseThrow().exit(Exit.RIGHT)).contains(Target.to("n5"));
    }

    @Test
    void draggingANodeMovesItAsOneUndoStepSnappedToTheGrid(FxRobot robot) {
        Point2D from = centre("n3");

        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 40).moveBy(33, 27).drop();

        Position moved = story().node("n3").orElseThrow().position();
        assertThat(moved.x() % 20).isZero();
        assertThat(moved.x()).isBetween(380.0, 400.0);
        assertThat(moved.y()).isBetween(160.0, 180.0);
        robot.clickOn("#toolbar-undo");
        assertThat(story().node("n3").orElseThrow().position()).isEqualTo(new Position(300, 100));
    }

    @Test
    void aRubberBandSelectsTheNodesItTouches(FxRobot robot) {
        robot.drag(editor.screen(250, -150), MouseButton.PRIMARY).dropTo(editor.screen(560, 250));

        assertThat(editor.viewModel.selection()).containsExactlyInAnyOrder("n2", "n3");
    }

    @Test
    void typingANodesTitleInTheSidePanelRenamesItAndUndoPutsItBack(FxRobot robot) {
        robot.clickOn(centre("n2"));
        robot.doubleClickOn("#node-title-field").write("Dark cave");

        assertThat(story().node("n2").orElseThrow().title()).isEqualTo("Dark cave");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(story().node("n2").orElseThrow().title()).isEqualTo("Cave");
        assertThat(robot.lookup("#node-title-field").queryTextInputControl().getText()).isEqualTo("Cave");
    }

    @Test
    void deleteRemovesTheSelectedNodeAndTheArrowsIntoIt(FxRobot robot) {
        robot.clickOn(centre("n4")).type(KeyCode.DELETE);

        assertThat(story().contains("n4")).isFalse();
        assertThat(story().node("n2").orElseThrow().exit(Exit.END)).isEmpty();
        assertThat(editor.canvas().isArrowDrawn("n2", Exit.END)).isFalse();
    }

    @Test
    void copyAndPasteAddsCopiesWithTheirOwnIds(FxRobot robot) {
        robot.clickOn(centre("n2")).press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.moveTo(editor.screen(700, 300)).press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertThat(story().node("n5").orElseThrow().title()).isEqualTo("Cave");
        assertThat(editor.viewModel.selection()).containsExactly("n5");
    }

    @Test
    void theLintListSelectsTheNodeOfAProblem(FxRobot robot) {
        robot.clickOn(centre("n4")).clickOn("#node-audio-remove");

        robot.clickOn(".lint-list .list-cell");

        assertThat(editor.viewModel.selection()).containsExactly("n4");
        assertThat(robot.lookup(".tab-label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("Problems: 1 warning")); // its text is spoken (SPOKEN)
    }

    @Test
    void findMarksAndVisitsMatchingNodes(FxRobot robot) {
        robot.clickOn("#find-field").write("dragon").type(KeyCode.ENTER);

        assertThat(editor.viewModel.selection()).containsExactly("n4");
        assertThat(robot.lookup("#find-count").queryLabeled().getText()).isEqualTo("1 of 1");
    }

    @Test
    void zoomToFitShowsEveryNodeAndTheKeyboardZooms(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-fit");
        for (StoryNode node : story().nodes()) {
            Point2D p = editor.canvas().viewport().toScreen(node.position().x(), node.position().y());
            assertThat(p.getX()).isBetween(0.0, editor.canvas().getWidth());
            assertThat(p.getY()).isBetween(0.0, editor.canvas().getHeight());
        }
        double fitted = editor.canvas().viewport().scale();

        robot.clickOn(editor.screen(100, 250)).type(KeyCode.MINUS);

        assertThat(editor.canvas().viewport().scale()).isLessThan(fitted);
        if (Boolean.getBoolean("story.screenshots")) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/editor.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
