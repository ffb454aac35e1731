package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Waiting;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "When nobody answers" in the side panel: for the story, for a question, undoable, and what the lint says. */
@ExtendWith(ApplicationExtension.class)
class WaitingPickerTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    private Story story() {
        return editor.viewModel.story();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void choose(FxRobot robot, String id, String label) {
        ComboBox<Object> box = combo(robot, id);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(o -> o.toString().startsWith(label))
                .findFirst().orElseThrow()));
    }

    @Test
    void aQuestionCanWaitQuietlyForSomeSecondsAndUndoTakesItBack(FxRobot robot) throws Exception {
        robot.interact(() -> editor.viewModel.select("n1"));
        assertThat(shown(robot.lookup("#node-waiting-mode").query())).isTrue();
        assertThat(combo(robot, "#node-waiting-mode").getValue().toString())
                .isEqualTo("As the story says (asks the question again)");

        choose(robot, "#node-waiting-mode", "Wait quietly");
        assertThat(story().node("n1").orElseThrow().waiting()).contains(Waiting.pause(Waiting.DEFAULT_PAUSE));
        @SuppressWarnings("unchecked")
        Spinner<Integer> seconds = robot.lookup("#node-waiting-seconds").queryAs(Spinner.class);
        assertThat(shown(seconds)).isTrue();
        robot.interact(() -> seconds.increment());
        assertThat(story().node("n1").orElseThrow().waiting()).contains(Waiting.pause(Waiting.DEFAULT_PAUSE + 1));
        assertThat(seconds.getEditor().getText()).isEqualTo(String.valueOf(Waiting.DEFAULT_PAUSE + 1));
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/waiting-node.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.interact(() -> editor.viewModel.undo());
        assertThat(story().node("n1").orElseThrow().waiting()).contains(Waiting.pause(Waiting.DEFAULT_PAUSE));
        assertThat(seconds.getValue()).isEqualTo(Waiting.DEFAULT_PAUSE);

        robot.interact(() -> editor.viewModel.select("n2"));
        assertThat(shown(robot.lookup("#node-waiting-mode").query())).as("its end of track has an exit").isFalse();
    }

    @Test
    void theStorysChoiceIsOneEditAndAStopIsFlaggedByTheLint(FxRobot robot) {
        robot.interact(() -> editor.viewModel.clearSelection());
        assertThat(combo(robot, "#story-waiting-mode").getValue().toString()).isEqualTo("Ask the question again");

        choose(robot, "#story-waiting-mode", "Stop the story");

        assertThat(story().info().waiting()).isEqualTo(Waiting.STOP);
        assertThat(editor.viewModel.issues()).extracting(i -> i.rule()).containsExactly(Rule.QUESTION_STOPS);
        robot.interact(() -> editor.viewModel.undo());
        assertThat(story().info().waiting()).isEqualTo(Waiting.REPEAT);
        assertThat(combo(robot, "#story-waiting-mode").getValue().toString()).isEqualTo("Ask the question again");
    }
}
