package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A node made by a double-click or a port drag near the canvas's edge lands wholly on screen. */
@ExtendWith(ApplicationExtension.class)
class NewNodePlacementTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    private Story story() {
        return editor.viewModel.story();
    }

    private String newNode(Set<String> before) {
        Set<String> ids = new HashSet<>(story().nodeMap().keySet());
        ids.removeAll(before);
        assertThat(ids).hasSize(1);
        return ids.iterator().next();
    }

    private Point2D nearCorner(double fromRight, double fromBottom) {
        Bounds canvas = editor.canvas().localToScreen(editor.canvas().getBoundsInLocal());
        return new Point2D(canvas.getMaxX() - fromRight, canvas.getMaxY() - fromBottom);
    }

    @Test
    void aDoubleClickNearTheBottomEdgeMakesANodeThatIsWhollyOnScreen(FxRobot robot) {
        Set<String> before = Set.copyOf(story().nodeMap().keySet());

        robot.doubleClickOn(nearCorner(320, 6), MouseButton.PRIMARY);

        String id = newNode(before);
        assertThat(editor.canvas().isNodeFullyInView(id)).isTrue();
    }

    @Test
    void aPortDraggedToTheRightEdgeMakesANodeThatIsWhollyOnScreen(FxRobot robot) {
        Set<String> before = Set.copyOf(story().nodeMap().keySet());
        Point2D world = NodeView.port(story().node("n4").orElseThrow(), Exit.RIGHT);
        Point2D port = editor.screen(world.getX(), world.getY());

        robot.drag(port, MouseButton.PRIMARY).dropTo(nearCorner(4, 300));

        String id = newNode(before);
        assertThat(story().node("n4").orElseThrow().exit(Exit.RIGHT)).contains(Target.to(id));
        assertThat(editor.canvas().isNodeFullyInView(id)).isTrue();
    }
}
