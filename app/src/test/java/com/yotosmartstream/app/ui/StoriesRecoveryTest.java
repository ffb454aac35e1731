package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Work left unsaved by a session that was killed is offered back on the Stories page. */
class StoriesRecoveryTest extends ShellTest {

    @BeforeAll
    static void leaveUnsavedWork() throws Exception {
        Story story = Story.empty("Half-told tale");
        story = story.withNode(StoryNode.create("n1", "Once upon a time", Position.ORIGIN))
                .withInfo(story.info().withStartId("n1"));
        new RecoveryStore(dataDir.resolve("stories").resolve("recovery")).save("killed-session", Optional.empty(),
                Story.of(story.info().withStartId("n1"), List.copyOf(story.nodes())), Instant.parse("2026-11-20T18:00:00Z"));
    }

    @Override
    protected String[] options() {
        return new String[] {"--page=stories"};
    }

    @Test
    void unsavedWorkFromAKilledSessionIsOfferedAndRecovered(FxRobot robot) {
        assertThat(robot.lookup(".recovery-banner .label").queryAs(Label.class).getText())
                .contains("'Half-told tale' (1 nodes)").contains("closed before it was saved");

        robot.clickOn("#recovery-recover");

        assertThat(robot.lookup("#story-document-title").queryAs(Label.class).getText())
                .isEqualTo("● Half-told tale (not saved yet)");
        assertThat(robot.lookup("#node-n1").tryQuery()).isPresent();
        assertThat(robot.lookup(".recovery-banner").tryQuery()).isEmpty();
    }
}
