package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.StoryNode;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A 2,000-node story: only what is in view is in the scene; zoomed out, an overview stands in for the cards. */
@ExtendWith(ApplicationExtension.class)
class LargeStoryCanvasTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.generated(2000, 42));
    }

    @Test
    void zoomedOutToTheWholeStoryTheOverviewStandsInForTheCards(FxRobot robot) {
        assertThat(editor.canvas().isDetailed()).as("opened zoomed to fit 2,000 nodes").isFalse();
        assertThat(robot.lookup(".story-node").queryAll()).isEmpty();
        assertThat(editor.canvas().overviewNodeCount()).as("every node is a box in the overview").isEqualTo(2000);
    }

    @Test
    void atFullSizeOnlyTheCardsInViewAreInTheScene(FxRobot robot) {
        robot.interact(() -> {
            editor.canvas().viewport().scaleProperty().set(1);
            editor.canvas().reveal("n1000");
        });

        int drawn = robot.lookup(".story-node").queryAll().size();
        assertThat(drawn).isBetween(10, 80);
        assertThat(robot.lookup("#node-n1000").tryQuery()).isPresent();
        assertThat(robot.lookup("#node-n1").tryQuery()).isEmpty();
    }

    @Test
    void nodesCanBePickedInTheOverview(FxRobot robot) {
        StoryNode node = editor.viewModel.story().node("n777").orElseThrow();
        Point2D centre = editor.screen(node.position().x() + NodeView.WIDTH / 2, node.position().y() + NodeView.HEIGHT / 2);

        robot.clickOn(centre);

        assertThat(editor.viewModel.selection()).containsExactly("n777");
    }

    @Test
    void findRevealsAMatchAtAReadableSize(FxRobot robot) {
        robot.clickOn("#find-field").write("Scene 1999 ").type(javafx.scene.input.KeyCode.ENTER);

        assertThat(editor.viewModel.selection()).containsExactly("n1999");
        assertThat(editor.canvas().isDetailed()).isTrue();
        assertThat(robot.lookup("#node-n1999").tryQuery()).isPresent();
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, java.nio.file.Path.of("target/screenshots/large-found.png"));
                    editor.canvas().zoomToFit();
                    EditorFixture.save(editor.view, java.nio.file.Path.of("target/screenshots/large-overview.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
