package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import java.util.Map;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the canvas draws again, and when, on a 2,000-node story: a pan within the margin only moves
 * the picture of grid and arrows; leaving it paints a new one and chooses the cards again; edits
 * that cannot move an arrow leave the picture alone; a dragged node takes its arrows along.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasRedrawTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.generated(2000, 42));
    }

    private StoryCanvas canvas() {
        return editor.canvas();
    }

    private void atFullSizeOn(FxRobot robot, String id) {
        robot.interact(() -> {
            canvas().viewport().scaleProperty().set(1);
            canvas().reveal(id);
        });
    }

    @Test
    void aSmallPanOnlyMovesThePictureAndKeepsTheCards(FxRobot robot) {
        atFullSizeOn(robot, "n1000");
        int paints = canvas().backdrop().paints();
        int cards = robot.lookup(".story-node").queryAll().size();

        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                canvas().viewport().panBy(-7, -3);
            }
        });

        assertThat(canvas().backdrop().paints()).isEqualTo(paints);
        assertThat(robot.lookup(".story-node").queryAll()).hasSize(cards);
        assertThat(canvas().isArrowDrawn("n1000", Exit.LEFT)).isTrue();
    }

    @Test
    void panningPastTheMarginPaintsAgainAndShowsTheCardsThere(FxRobot robot) {
        atFullSizeOn(robot, "n1020");
        int paints = canvas().backdrop().paints();

        robot.interact(() -> canvas().viewport().panBy(-4 * 260, 0)); // four columns to the right

        assertThat(canvas().backdrop().paints()).isGreaterThan(paints);
        assertThat(canvas().isNodeInView("n1024")).isTrue();
        assertThat(robot.lookup("#node-n1024").tryQuery()).isPresent();
        assertThat(robot.lookup("#node-n1020").tryQuery()).as("well out of view now").isEmpty();
        assertThat(canvas().isArrowDrawn("n1024", Exit.LEFT)).isTrue();
    }

    @Test
    void typingATitleDoesNotPaintTheArrowsAgainButMovingANodeDoes(FxRobot robot) {
        atFullSizeOn(robot, "n1000");
        int paints = canvas().backdrop().paints();

        robot.interact(() -> editor.viewModel.execute(Edits.setTitle(editor.viewModel.story(), "n1000", "Renamed")));
        assertThat(canvas().backdrop().paints()).isEqualTo(paints);
        assertThat(robot.lookup("#node-n1000 .node-title").queryLabeled().getText()).isEqualTo("Renamed");

        robot.interact(() -> editor.viewModel.move(Map.of("n1000", new Position(
                editor.viewModel.story().node("n1000").orElseThrow().position().x() + 40, 0))));
        assertThat(canvas().backdrop().paints()).isGreaterThan(paints);
    }

    @Test
    void aDraggedNodeTakesItsArrowsAlongAndDropsThemBackIntoThePicture(FxRobot robot) {
        atFullSizeOn(robot, "n1000");
        int paints = canvas().backdrop().paints();

        robot.interact(() -> canvas().previewMove(Set.of("n1000"), 30, 20));
        int paintsWhileDragging = canvas().backdrop().paints();
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                canvas().previewMove(Set.of("n1000"), 30 + i, 20 + i);
            }
        });

        assertThat(paintsWhileDragging).as("once, without the dragged node's arrows").isEqualTo(paints + 1);
        assertThat(canvas().backdrop().paints()).as("not again while the drag goes on").isEqualTo(paintsWhileDragging);
        assertThat(robot.lookup("#edge-n1000-left").tryQuery()).as("moving with the node").isPresent();
        assertThat(canvas().isArrowDrawn("n1000", Exit.LEFT)).isTrue();

        robot.interact(() -> canvas().endPreviewMove());

        assertThat(robot.lookup("#edge-n1000-left").tryQuery()).isEmpty();
        assertThat(canvas().isArrowDrawn("n1000", Exit.LEFT)).as("back in the picture").isTrue();
    }
}
