package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.state.StateStories;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A playtest of a story with variables (ADR 0082) on a virtual player: the card plays clones, the
 * editor highlights the node each clone was made from, and a button whose link is not there in
 * the story's state does nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PlaytestVariablesTest {

    @TempDir
    static Path temp;

    private EditorFixture editor;
    private PlaytestViewModel playtest;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StateStories.camp(), AudioLibrary.none("no library in this test"));
        playtest = new PlaytestViewModel(editor.viewModel, new CurrentThreadTaskExecutor(), Platform::runLater,
                () -> PlaytestPlayer.startRunning(temp));
    }

    @AfterEach
    void stopPlayer() {
        playtest.close();
    }

    private String playing() {
        return editor.viewModel.playingNodeProperty().get();
    }

    private void await(String nodeId) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> nodeId.equals(playing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, Runnable button, String expected) throws Exception {
        robot.interact(button);
        await(expected);
    }

    @Test
    void clonesPlayAsTheirNodesAndTheStatePicksTheButtons(FxRobot robot) throws Exception {
        robot.interact(() -> playtest.playFromStart());
        await("n1");
        press(robot, playtest::pressRight, "n4");
        robot.interact(playtest::pressLeft); // no key yet: the link to the hut is not there
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(playing()).isEqualTo("n4");
        press(robot, playtest::finishTrack, "n1");
        press(robot, playtest::pressLeft, "n2");
        press(robot, playtest::pressLeft, "n3");
        press(robot, playtest::finishTrack, "n1"); // the camp's clone with the apple and the key
        press(robot, playtest::pressRight, "n4");
        press(robot, playtest::pressLeft, "n5"); // now the hut is there
        assertThat(robot.lookup("#node-n5").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("playing");
    }
}
