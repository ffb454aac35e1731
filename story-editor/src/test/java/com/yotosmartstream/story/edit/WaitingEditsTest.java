package com.yotosmartstream.story.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Waiting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a question does when nobody answers is an edit like any other: one undo step each. */
class WaitingEditsTest {

    private final Story original = StoryFixtures.dragonsCave();
    private final StoryDocument document = new StoryDocument(original);

    @Test
    void theStorysChoiceIsOneUndoableStep() {
        document.execute(Edits.setWaiting(document.story(), Waiting.pause(8)));

        assertThat(document.story().info().waiting()).isEqualTo(Waiting.pause(8));
        document.undo();
        assertThat(document.story().info().waiting()).isEqualTo(Waiting.REPEAT);
        document.redo();
        assertThat(document.story().info().waiting()).isEqualTo(Waiting.pause(8));
    }

    @Test
    void aNodesOwnChoiceIsUndoableAndCanBeHandedBackToTheStory() {
        document.execute(Edits.setNodeWaiting(document.story(), List.of("n1"), Waiting.REPEAT));
        document.execute(Edits.setNodeWaiting(document.story(), List.of("n1"), null));

        assertThat(document.story().node("n1").orElseThrow().waiting()).isEmpty();
        document.undo();
        assertThat(document.story().node("n1").orElseThrow().waiting()).contains(Waiting.REPEAT);
        document.undo();
        assertThat(document.story()).isEqualTo(original);
    }

    @Test
    void aPauseIsKeptWithinWhatTheEditorOffers() {
        assertThat(Waiting.pause(0).pauseSeconds()).isEqualTo(Waiting.MIN_PAUSE);
        assertThat(Waiting.pause(10_000).pauseSeconds()).isEqualTo(Waiting.MAX_PAUSE);
        assertThat(new Waiting(Waiting.Mode.REPEAT, 30)).isEqualTo(Waiting.REPEAT);
    }
}
