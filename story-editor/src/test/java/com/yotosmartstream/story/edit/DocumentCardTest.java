package com.yotosmartstream.story.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The card a story was published as is a property of the document, outside the undo history. */
class DocumentCardTest {

    private final StoryDocument document = new StoryDocument(StoryFixtures.dragonsCave());
    private final Optional<PublishedCard> card = Optional.of(PublishedCard.withoutKeys("c1"));

    private void rename(String title) {
        document.execute(Edits.setInfo(document.story(), "title", info -> info.withTitle(title)));
        document.closeMerge();
    }

    @Test
    void settingTheCardIsNotAnUndoStepAndMakesTheDocumentDirtyUntilSaved() {
        List<Story> heard = new ArrayList<>();
        document.addListener((before, after) -> heard.add(after));

        document.setCard(card);

        assertThat(document.story().info().card()).isEqualTo(card);
        assertThat(document.canUndo()).isFalse();
        assertThat(document.isDirty()).isTrue();
        assertThat(heard).hasSize(1);
        document.markSaved();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void undoAndRedoOfInfoEditsLeaveTheCardAsItIs() {
        rename("First");
        document.setCard(card);
        rename("Second");

        document.undo();
        document.undo();

        assertThat(document.story().title()).isEqualTo("The Dragon's Cave");
        assertThat(document.story().info().card()).isEqualTo(card);
        document.redo();
        document.redo();
        assertThat(document.story().title()).isEqualTo("Second");
        assertThat(document.story().info().card()).isEqualTo(card);
    }

    @Test
    void undoingBackToTheSavedEditsStillLeavesANewCardUnsaved() {
        document.markSaved();
        rename("First");
        document.setCard(card);

        document.undo();

        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aBackgroundSaveOfTheStoryBeforeTheCardWasSetLeavesTheCardUnsaved() {
        Story beingSaved = document.story();
        long state = document.state();
        document.setCard(card);

        document.markSavedAt(state, beingSaved);

        assertThat(document.isDirty()).isTrue();
        document.markSavedAt(document.state(), document.story());
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void aDocumentOpenedWithItsCardIsClean() {
        Story story = StoryFixtures.dragonsCave();
        StoryDocument opened = new StoryDocument(story.withInfo(story.info().withCard(card)));

        assertThat(opened.isDirty()).isFalse();
    }

    @Test
    void listenersMayNotSetTheCard() {
        document.addListener((before, after) -> document.setCard(card));

        assertThatThrownBy(() -> rename("x")).isInstanceOf(IllegalStateException.class);
    }
}
