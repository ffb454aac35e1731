package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A node imported from Twine shows its passage as written, read-only, and its exits' link words. */
@ExtendWith(ApplicationExtension.class)
class TwineSourcePanelTest {

    private static final String SOURCE = "(set: $lamp to true)You stand at a fork.\n(link-goto: \"Into the dark\", \"Cave\")";

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        Story cave = StoryFixtures.dragonsCave();
        editor = new EditorFixture(stage, cave.withNode(cave.node("n1").orElseThrow().withSource(SOURCE)
                .withLabel(Exit.LEFT, "Into the dark")));
    }

    @Test
    void theSourceIsShownReadOnlyForANodeFromTwineAndHiddenForOthers(FxRobot robot) {
        robot.interact(() -> editor.viewModel.select("n1"));

        TitledPane pane = robot.lookup("#node-source-pane").queryAs(TitledPane.class);
        TextArea source = robot.lookup("#node-source").queryAs(TextArea.class);
        assertThat(pane.isVisible()).isTrue();
        assertThat(source.getText()).isEqualTo(SOURCE);
        assertThat(source.isEditable()).isFalse();
        assertThat(robot.lookup("#exit-left-target").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("→ Cave (“Into the dark”)");

        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> pane.setExpanded(true));
            org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, java.nio.file.Path.of("target/screenshots/twine-source.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.interact(() -> editor.viewModel.select("n2"));

        assertThat(pane.isVisible()).isFalse();
        assertThat(pane.isManaged()).isFalse();
    }
}
