package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.editor.RecordViewModel;
import com.yotosmartstream.story.record.FedMicrophones;
import com.yotosmartstream.story.record.Microphones;
import com.yotosmartstream.story.record.TakeRecorder;
import com.yotosmartstream.story.record.Tones;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The record panel driven like an author: R, Space, N, takes played and kept, undo; no microphone said. */
@ExtendWith(ApplicationExtension.class)
class RecordPanelTest {

    private final FakeLibrary library = FakeLibrary.serving("https://pc.local");
    private final List<String> heard = new ArrayList<>();
    private final FedMicrophones mic = FedMicrophones.one().playingOnStart(Tones.take());
    private EditorFixture editor;
    private Path takes;

    @Start
    void start(Stage stage) throws IOException {
        takes = Files.createTempDirectory("takes");
        editor = new EditorFixture(stage, StoryFixtures.dragonsCaveToRecord(), library);
        attach(mic);
    }

    private void attach(Microphones microphones) {
        RecordViewModel model = new RecordViewModel(editor.viewModel, new TakeRecorder(microphones, takes),
                new CurrentThreadTaskExecutor(), Runnable::run);
        editor.view.attachRecorder(model, new AudioOut() {
            @Override
            public void play(String url) {
                heard.add(url);
            }

            @Override
            public void stop() {
            }
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void takesAreRecordedPlayedAndOneKeptThenUndone(FxRobot robot) {
        robot.clickOn("#toolbar-record");
        assertThat(robot.lookup("#side-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#record-microphone").queryAs(ComboBox.class).getValue())
                .isEqualTo("Test microphone");
        assertThat(text(robot, "#record-progress")).isEqualTo("1 of 4 nodes recorded");
        robot.interact(() -> editor.viewModel.select("n1"));
        assertThat(text(robot, "#record-prompter")).isEqualTo("You stand at a fork. Left to the cave, right to the forest.");
        assertThat(text(robot, "#record-node-title")).isEqualTo("Start");

        robot.interact(() -> editor.canvas().requestFocus());
        robot.type(KeyCode.R);
        assertThat(mic.capturing()).isTrue();
        assertThat(robot.lookup("#record-stop").queryButton().isDisabled()).isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(mic.capturing()).isFalse();
        assertThat(text(robot, "#record-take-1")).isEqualTo("Take 1  5.0 s");

        robot.clickOn("#record-start");
        robot.clickOn("#record-stop");
        assertThat(text(robot, "#record-take-2")).startsWith("Take 2");

        robot.clickOn("#record-take-1-play");
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).startsWith("file:").endsWith(".wav").contains("take-n1-1-");

        robot.clickOn("#record-take-2-keep");
        assertThat(editor.viewModel.story().node("n1").orElseThrow().audio().orElseThrow().trackId())
                .isEqualTo("recording-1");
        assertThat(text(robot, "#record-take-2")).endsWith("(kept)");
        assertThat(robot.lookup("#record-take-2-keep").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#record-take-1-keep").queryButton().isDisabled()).isFalse();
        assertThat(text(robot, "#record-progress")).isEqualTo("2 of 4 nodes recorded");
        assertThat(text(robot, "#record-message")).contains("Take 2 is the node's audio now");
        screenshot(robot, "record-panel.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(editor.viewModel.story().node("n1").orElseThrow().audio()).isEmpty();
        assertThat(text(robot, "#record-take-2")).doesNotContain("kept");
        assertThat(text(robot, "#record-progress")).isEqualTo("1 of 4 nodes recorded");

        robot.interact(() -> editor.canvas().requestFocus());
        robot.type(KeyCode.N);
        assertThat(editor.viewModel.focusedProperty().get()).isEqualTo("n2");
        assertThat(text(robot, "#record-prompter")).isEqualTo("The cave is dark and warm.");
        assertThat(robot.lookup("#record-no-takes").tryQuery()).isPresent();

        robot.clickOn("#toolbar-record");
        assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
        assertThat(robot.lookup("#record-panel").tryQuery()).isEmpty();
    }

    @Test
    void lettersTypedInATextFieldAreText(FxRobot robot) {
        robot.clickOn("#toolbar-record");
        robot.interact(() -> editor.viewModel.select("n1"));
        robot.clickOn("#find-field").type(KeyCode.R, KeyCode.N);
        assertThat(mic.starts()).isZero();
        assertThat(robot.lookup("#find-field").queryTextInputControl().getText()).isEqualTo("rn");
        assertThat(editor.viewModel.focusedProperty().get()).isEqualTo("n1");
    }

    @Test
    void withoutAMicrophoneThePanelSaysWhatToDoAndTheEditorGoesOn(FxRobot robot) {
        // the fixture's editor has a microphone; a new one on the same stage has none
        robot.interact(() -> {
            Stage stage = (Stage) editor.view.getScene().getWindow();
            editor = new EditorFixture(stage, StoryFixtures.dragonsCaveToRecord(), library);
            attach(FedMicrophones.none());
        });
        robot.clickOn("#toolbar-record");
        assertThat(text(robot, "#record-message")).isEqualTo(Microphones.NONE_FOUND);
        robot.interact(() -> editor.viewModel.select("n1"));
        robot.interact(() -> editor.canvas().requestFocus());
        robot.type(KeyCode.R);
        assertThat(text(robot, "#record-message")).contains("No microphone was found");
        assertThat(robot.lookup("#record-start").queryButton().isDisabled()).isFalse();
        robot.type(KeyCode.N);
        assertThat(editor.viewModel.focusedProperty().get()).isEqualTo("n2");
        screenshot(robot, "record-panel-no-microphone.png");
    }

    private void screenshot(FxRobot robot, String name) {
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/" + name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
