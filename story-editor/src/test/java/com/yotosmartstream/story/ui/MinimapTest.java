package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.StoryNode;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap guides to what is out of view, and never hides a node it could keep clear of. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.generated(40, 7, 8));
    }

    private Node minimap(FxRobot robot) {
        return robot.lookup("#story-minimap").query();
    }

    @Test
    void withTheWholeStoryInViewThereIsNoMinimap(FxRobot robot) {
        robot.interact(() -> editor.canvas().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(minimap(robot).isVisible()).isFalse();
    }

    @Test
    void withPartOfTheStoryOutOfViewTheMinimapShowsInACornerClearOfNodesOrSeeThrough(FxRobot robot) {
        robot.interact(() -> {
            editor.canvas().viewport().scaleProperty().set(1);
            editor.canvas().reveal("n1");
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Node minimap = minimap(robot);
        assertThat(minimap.isVisible()).isTrue();
        Bounds mapOnScreen = minimap.localToScreen(minimap.getBoundsInLocal());
        boolean coversANode = false;
        for (StoryNode node : editor.viewModel.story().nodes()) {
            javafx.geometry.Point2D topLeft = editor.screen(node.position().x(), node.position().y());
            javafx.geometry.Point2D bottomRight = editor.screen(node.position().x() + NodeView.WIDTH,
                    node.position().y() + NodeView.HEIGHT);
            coversANode |= mapOnScreen.intersects(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                    bottomRight.getY() - topLeft.getY());
        }
        if (coversANode) {
            assertThat(minimap.getOpacity()).as("over nodes, it lets them show through").isLessThan(0.5);
        } else {
            assertThat(minimap.getOpacity()).isEqualTo(1);
        }
    }
}
