package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.voice.ChoicePrompts;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A button's words for the spoken choice prompt, typed beside the exit: one undo step, shown only for a set button. */
@ExtendWith(ApplicationExtension.class)
class ExitLabelTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    @Test
    void theLeftButtonsWordsAreTypedSpokenAndUndone(FxRobot robot) {
        robot.interact(() -> editor.viewModel.select("n1"));
        robot.clickOn("#exit-left-label").write("Go into the dark cave");

        var start = editor.viewModel.story().node("n1").orElseThrow();
        assertThat(start.label(Exit.LEFT)).contains("Go into the dark cave");
        assertThat(ChoicePrompts.of(editor.viewModel.story(), start))
                .startsWith("Press the left button to go into the dark cave. Press the right button to forest.");

        robot.interact(() -> editor.viewModel.undo());
        assertThat(editor.viewModel.story().node("n1").orElseThrow().labels()).isEmpty();
        assertThat(robot.lookup("#exit-left-label").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#exit-end-label").tryQuery()).isEmpty();
    }

    @Test
    void aButtonThatIsNotSetHasNoWordsToType(FxRobot robot) {
        robot.interact(() -> editor.viewModel.select("n4"));
        assertThat(robot.lookup("#exit-left-label").queryAs(TextField.class).isVisible()).isFalse();
        robot.interact(() -> editor.viewModel.select("n1"));
        assertThat(robot.lookup("#exit-left-label").queryAs(TextField.class).isVisible()).isTrue();
    }
}
