package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Voice;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The story's voice in the side panel: the engine's voices offered, rate and prompts as edits, one undo step each. */
@ExtendWith(ApplicationExtension.class)
class VoicePickerTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
    }

    private Voice voice() {
        return editor.viewModel.story().info().voice();
    }

    @Test
    void theStorysVoiceIsShownAndEachChangeIsOneUndoableEdit(FxRobot robot) {
        CheckBox prompts = robot.lookup("#story-voice-prompts").queryAs(CheckBox.class);
        Slider rate = robot.lookup("#story-voice-rate").queryAs(Slider.class);
        assertThat(prompts.isSelected()).isEqualTo(voice().choicePrompts());
        assertThat(rate.getValue()).isEqualTo(Voice.DEFAULT_RATE);

        robot.clickOn("#story-voice-prompts");
        assertThat(voice().choicePrompts()).isFalse();
        robot.interact(() -> {
            rate.setValueChanging(true);
            rate.setValue(200);
            rate.setValue(240);
            rate.setValueChanging(false);
        });
        assertThat(voice().rate()).isEqualTo(240);
        assertThat(robot.lookup("#story-voice").lookup(".label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())).contains("240 words/min");
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/story-voice.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.interact(() -> editor.viewModel.undo());
        assertThat(voice().rate()).as("one drag, one step").isEqualTo(Voice.DEFAULT_RATE);
        assertThat(rate.getValue()).isEqualTo(Voice.DEFAULT_RATE);
        robot.interact(() -> editor.viewModel.undo());
        assertThat(voice().choicePrompts()).isTrue();
        assertThat(prompts.isSelected()).isTrue();
    }

    @Test
    void theEnginesVoicesAreOfferedAndOneIsChosen(FxRobot robot) {
        robot.interact(() -> editor.viewModel.voiceNames().setAll(List.of("en-gb", "en-us", "fr")));
        @SuppressWarnings("unchecked")
        ComboBox<String> name = robot.lookup("#story-voice-name").queryAs(ComboBox.class);
        assertThat(name.getItems()).containsExactly("en-gb", "en-us", "fr");
        robot.interact(() -> name.setValue("en-us"));
        assertThat(voice().name()).isEqualTo("en-us");
        robot.interact(() -> editor.viewModel.undo());
        assertThat(voice().name()).isEmpty();
        assertThat(name.getValue()).isNull();
    }
}
