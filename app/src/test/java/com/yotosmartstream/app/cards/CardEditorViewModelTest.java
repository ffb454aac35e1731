package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The card editor without a window: adding, moving and removing, read-only story cards, publishing unavailable. */
class CardEditorViewModelTest {

    private final CardEditorViewModel editor = new CardEditorViewModel(
            id -> id.startsWith("gone") ? Optional.empty() : Optional.of(DraftTrack.fromLibrary(id, "Track " + id,
                    id.startsWith("long") ? Duration.ofMinutes(70) : Duration.ofSeconds(60))),
            new CardEditorViewModel.PublisherSource() {
                @Override
                public Optional<CardPublisher> get() {
                    return Optional.empty();
                }

                @Override
                public String unavailableReason() {
                    return "Not connected to a household yet.";
                }
            }, new CurrentThreadTaskExecutor(), card -> { });

    private List<String> titles() {
        return editor.draft().chapters().stream().map(DraftChapter::title).toList();
    }

    @Test
    void tracksBecomeChaptersOrJoinOneAndTracksMissingFromTheLibraryAreSkipped() {
        assertThat(editor.addTracks(List.of("a", "gone1", "b"), -1, -1)).isEqualTo(2);
        assertThat(titles()).containsExactly("Track a", "Track b");
        editor.addTracks(List.of("c"), 0, 0);
        assertThat(editor.draft().chapters().get(0).tracks()).extracting(DraftTrack::title)
                .containsExactly("Track c", "Track a");
        editor.addTracks(List.of("d"), -1, 1);
        assertThat(titles()).containsExactly("Track a", "Track d", "Track b");
        assertThat(editor.summaryProperty().get()).isEqualTo("3 chapters \u00b7 4 tracks \u00b7 4:00");
    }

    @Test
    void aTrackOverAnHourIsOfferedForSplittingAndItsPartsTakeItsPlaceAsOneUndoableEdit() {
        editor.addTracks(List.of("a", "long1"), -1, -1);
        editor.addTracks(List.of("b"), 1, -1);
        assertThat(editor.hasLongTracksProperty().get()).isTrue();
        assertThat(editor.problems()).extracting(CardProblem::text).anyMatch(t -> t.contains("lasts 1:10:00"));
        editor.setSplitter((id, ctx) -> List.of(DraftTrack.fromLibrary(id + "-1", "Long (part 1 of 2)",
                Duration.ofMinutes(40)), DraftTrack.fromLibrary(id + "-2", "Long (part 2 of 2)", Duration.ofMinutes(30))));

        editor.splitLongTracks();

        assertThat(editor.draft().chapters().get(1).tracks()).extracting(DraftTrack::title)
                .containsExactly("Long (part 1 of 2)", "Long (part 2 of 2)", "Track b");
        assertThat(editor.hasLongTracksProperty().get()).isFalse();
        assertThat(editor.problems()).noneMatch(p -> p.text().contains("60 minutes"));
        assertThat(editor.messageProperty().get()).isEqualTo("Split 1 track into parts under 60 minutes.");
        editor.undo();
        assertThat(editor.draft().chapters().get(1).tracks()).extracting(DraftTrack::title)
                .containsExactly("Track long1", "Track b");
    }

    @Test
    void aDraftMadeElsewhereOpensUnsavedAndUndoReturnsToWhatWasThere() {
        editor.addTracks(List.of("a"), -1, -1);
        CardDraft book = CardDraft.empty(Delivery.STREAM).withTitle("The Gruffalo").withChapters(List.of(
                new DraftChapter("The Owl", Optional.empty(), List.of(DraftTrack.fromLibrary("p1", "The Owl",
                        Duration.ofSeconds(3))))));

        editor.openDraft(book);

        assertThat(editor.draft()).isEqualTo(book);
        assertThat(editor.unsavedProperty().get()).isTrue();
        editor.undo();
        assertThat(titles()).containsExactly("Track a");
    }

    @Test
    void chaptersMoveAndTracksGoAndEachStepUndoes() {
        editor.addTracks(List.of("a", "b", "c"), -1, -1);
        editor.moveChapter(2, 0);
        assertThat(titles()).containsExactly("Track c", "Track a", "Track b");
        editor.moveChapter(0, 2);
        assertThat(titles()).containsExactly("Track a", "Track b", "Track c");
        editor.removeTrack(1, 0);
        assertThat(editor.problems()).extracting(CardProblem::text).anyMatch(t -> t.startsWith("Chapter 2 (Track b)"
                + " has no tracks"));
        assertThat(editor.canPublishBinding().get()).isFalse();
        editor.undo();
        assertThat(editor.draft().chapters().get(1).tracks()).hasSize(1);
        editor.undo();
        assertThat(titles()).containsExactly("Track c", "Track a", "Track b");
        editor.undo();
        assertThat(titles()).containsExactly("Track a", "Track b", "Track c");
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo add 3 chapters");
    }

    @Test
    void undoingBackToTheCardAsOpenedIsNotUnsavedAndRedoingIs() {
        editor.open(Card.create("Bedtime", "linear", List.of()).withCardId("abcde"));
        assertThat(editor.unsavedProperty().get()).isFalse();

        editor.setTitle("Bedtime stories");
        editor.addTracks(List.of("a"), -1, -1);
        assertThat(editor.unsavedProperty().get()).isTrue();
        editor.undo();
        editor.undo();
        assertThat(editor.draft().title()).isEqualTo("Bedtime");
        assertThat(editor.unsavedProperty().get()).as("back at the card as opened").isFalse();
        assertThat(editor.undoRedo().redoTextProperty().get()).isEqualTo("Redo rename the card");

        editor.redo();
        assertThat(editor.unsavedProperty().get()).isTrue();
        assertThat(editor.undoRedo().canUndoProperty().get()).isTrue();
    }

    @Test
    void undoKeepsTheLast500EditsAndACardWhoseOpenedStateFellOffStaysUnsaved() {
        editor.open(Card.create("Bedtime", "linear", List.of()).withCardId("abcde"));
        for (int i = 0; i <= DraftHistory.LIMIT; i++) {
            editor.setTitle("Title " + i);
        }

        int undone = 0;
        while (editor.history().canUndo()) {
            editor.undo();
            undone++;
        }

        assertThat(undone).isEqualTo(DraftHistory.LIMIT);
        assertThat(editor.draft().title()).isEqualTo("Title 0");
        assertThat(editor.unsavedProperty().get()).as("the card as opened is one edit further back").isTrue();
    }

    @Test
    void aStorysInteractiveCardIsShownButNotEdited() {
        Card story = Card.create("A story", "interactive", List.of(Chapter.of("01", "Start", List.of(
                Track.stream("01", "Start", "https://example.org/a.mp3", "mp3")))));
        editor.open(story.withCardId("abcde"));

        editor.setTitle("Changed");
        editor.addTracks(List.of("a"), -1, -1);

        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.draft().title()).isEqualTo("A story");
        assertThat(editor.history().canUndo()).isFalse();
        assertThat(editor.canPublishBinding().get()).isFalse();
    }

    @Test
    void publishingWithoutAHouseholdSaysWhatToDo() {
        editor.addTracks(List.of("a"), -1, -1);
        editor.setTitle("Ready");
        assertThat(editor.canPublishBinding().get()).isTrue();
        editor.prepare();
        assertThat(editor.errorProperty().get()).isEqualTo("Not connected to a household yet.");
        assertThat(editor.busyProperty().get()).isFalse();
    }
}
