package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.state.StateStories;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side panel's variables (ADR 0082): a node's sets and an exit's "only if" are typed as one
 * undo step each, and the story's track count follows, naming the variable that multiplies it.
 */
@ExtendWith(ApplicationExtension.class)
class VariablesFieldsTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    private static String trackCount(FxRobot robot) {
        return robot.lookup("#story-track-count").queryAs(Label.class).getText();
    }

    @Test
    void typedSetsAndConditionsChangeTheStoryAndTheTrackCount(FxRobot robot) throws Exception {
        assertThat(trackCount(robot)).isEqualTo("4 of 100 tracks");

        robot.clickOn("#story-variables").write("key = false");
        robot.interact(() -> editor.viewModel.select("n2"));
        robot.clickOn("#node-sets").write("key = true");
        robot.interact(() -> editor.viewModel.select("n1"));
        robot.clickOn("#exit-right-only-if").write("not key");

        var start = editor.viewModel.story().node("n1").orElseThrow();
        assertThat(start.onlyIf(Exit.RIGHT)).contains("not key");
        assertThat(editor.viewModel.story().node("n2").orElseThrow().sets()).containsExactly("key = true");
        assertThat(editor.viewModel.story().info().variables()).containsExactly("key = false");
        // the key is only set on the way to the treasure, so no node is reached in two behaviours
        assertThat(trackCount(robot)).startsWith("4 of 100 tracks with the variables (4 nodes in 4 states");
        assertThat(robot.lookup("#exit-end-only-if").queryAs(TextField.class).isVisible()).isFalse();

        robot.interact(() -> editor.viewModel.undo());
        assertThat(editor.viewModel.story().node("n1").orElseThrow().onlyIf()).isEmpty();
        assertThat(robot.lookup("#exit-right-only-if").queryAs(TextField.class).getText()).isEmpty();
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                editor.viewModel.select("n1");
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/variables-node.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theTrackCountNamesTheVariableThatMultipliesIt(FxRobot robot) {
        robot.interact(() -> editor.viewModel.load(new com.yotosmartstream.story.edit.StoryDocument(StateStories.camp())));

        // 17 pairs; with the torch ignored 13 remain (Camp, Orchard, Shed and Cave each lose one), 17 / 13 = 1.3;
        // the key 14 (1.2), the apple 15 (1.1)
        assertThat(trackCount(robot)).isEqualTo("15 of 100 tracks with the variables (8 nodes in 17 states; torch"
                + " multiplies it most (x1.3))");
        assertThat(robot.lookup("#story-track-count").query().getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("over");
        com.yotosmartstream.story.editor.TrackCount.Result small = com.yotosmartstream.story.editor.TrackCount.count(
                StateStories.camp(), 10);
        assertThat(small.over()).isTrue();
        assertThat(small.text()).startsWith("15 of 10 tracks");
        assertThat(robot.lookup("#story-variables").queryAs(TextArea.class).getText())
                .isEqualTo("apple = false\nkey = false\ntorch = false");
    }
}
