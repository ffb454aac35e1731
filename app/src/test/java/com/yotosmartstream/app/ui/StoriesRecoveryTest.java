package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Work left unsaved by a session that was killed is offered back on the Stories page (in the dark theme). */
class StoriesRecoveryTest extends ShellTest {

    @BeforeAll
    static void leaveUnsavedWork() throws Exception {
        Story empty = Story.empty("Half-told tale");
        StoryNode start = StoryNode.create("n1", "Once upon a time", Position.ORIGIN)
                .withNarration("A fox finds a door in a hill.").withExit(Exit.LEFT, Target.to("n2"))
                .withExit(Exit.RIGHT, Target.to("n3"));
        StoryNode in = StoryNode.create("n2", "Go in", new Position(300, -80)).withEnding(true)
                .withAudio(new AudioRef("t2", "Go in (take 2)", 48));
        StoryNode home = StoryNode.create("n3", "Go home", new Position(300, 80)).withExit(Exit.END, Target.to("n9"));
        new RecoveryStore(dataDir.resolve("stories").resolve("recovery")).save("killed-session", Optional.empty(),
                Story.of(empty.info().withStartId("n1"), List.of(start, in, home)), Instant.parse("2026-11-20T18:00:00Z"));
    }

    @Override
    protected String[] options() {
        return new String[] {"--page=stories", "--theme=dark"};
    }

    @Test
    void unsavedWorkFromAKilledSessionIsOfferedAndRecovered(FxRobot robot) {
        assertThat(robot.lookup(".recovery-banner .label").queryAs(Label.class).getText())
                .contains("'Half-told tale' (3 nodes)").contains("closed before it was saved");

        robot.clickOn("#recovery-recover");

        assertThat(robot.lookup("#story-document-title").queryAs(Label.class).getText())
                .isEqualTo("● Half-told tale (not saved yet)");
        assertThat(robot.lookup("#node-n1").tryQuery()).isPresent();
        assertThat(robot.lookup(".recovery-banner").tryQuery()).isEmpty();
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    Screenshots.writePng(Screenshots.capture(shell.stage.getScene()),
                            java.nio.file.Path.of("target/screenshots/stories-recovered-dark.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
