package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Position;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEditorViewModelTest {

    private final StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(StoryFixtures.dragonsCave()),
            new FakeLibrary(t -> null), IconLibrary.none("none"));

    @Test
    void lintFollowsEveryEditAndUndo() {
        assertThat(editor.issues()).isEmpty();

        editor.setAudio(List.of("n2"), null);
        assertThat(editor.issues()).extracting(i -> i.rule()).containsExactly(Rule.SPOKEN);

        editor.undo();
        assertThat(editor.issues()).isEmpty();
    }

    @Test
    void undoTextNamesTheLastEdit() {
        editor.move(Map.of("n1", new Position(41, 59)));

        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo Move node");
        assertThat(editor.story().node("n1").orElseThrow().position()).as("snapped to the 20 grid")
                .isEqualTo(new Position(40, 60));
    }

    @Test
    void snappingCanBeSwitchedOff() {
        editor.snapToGridProperty().set(false);

        editor.move(Map.of("n1", new Position(41, 59)));

        assertThat(editor.story().node("n1").orElseThrow().position()).isEqualTo(new Position(41, 59));
    }

    @Test
    void deletedNodesLeaveTheSelection() {
        editor.select(List.of("n2", "n3"));

        editor.deleteSelection();

        assertThat(editor.selection()).isEmpty();
        editor.undo();
        assertThat(editor.story().contains("n2")).isTrue();
    }

    @Test
    void duplicateCopiesTheSelectionBesideItAndSelectsTheCopies() {
        editor.select(List.of("n2", "n4"));

        editor.duplicateSelection();

        assertThat(editor.selection()).containsExactly("n5", "n6");
        assertThat(editor.story().node("n5").orElseThrow().position()).isEqualTo(new Position(340, -60));
    }

    @Test
    void copiedNodesPasteAtAPlace() {
        editor.select("n1");
        String copied = editor.copySelection().orElseThrow();

        assertThat(editor.paste(copied, new Position(1000, 1000))).isTrue();
        assertThat(editor.paste("just words", new Position(0, 0))).isFalse();

        assertThat(editor.story().node("n5").orElseThrow().position()).isEqualTo(new Position(1000, 1000));
    }

    @Test
    void aTrackGivenToSelectedNodesKeepsItsTitleAndLength() {
        editor.setAudio(List.of("n1", "n3"), new AudioTrack("rain", "Rain", Duration.ofSeconds(95), "mp3"));

        assertThat(editor.story().node("n3").orElseThrow().audio().orElseThrow().seconds()).isEqualTo(95.0);
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo Set audio 'Rain'");
    }

    @Test
    void findLooksInTitlesAndNarrationWhateverTheCase() {
        assertThat(editor.find("FOREST")).containsExactly("n1", "n3");
        assertThat(editor.find("  ")).isEmpty();
    }

    @Test
    void autoLayoutIsOneUndoStep() {
        editor.autoLayout();

        assertThat(editor.story().node("n1").orElseThrow().position()).isEqualTo(new Position(0, 0));
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo Auto layout");
        editor.undo();
        assertThat(editor.story()).isEqualTo(StoryFixtures.dragonsCave());
    }

    @Test
    void aFixFromTheLintIsAnUndoableEdit() {
        editor.execute(com.yotosmartstream.story.edit.Edits.setEnding(editor.story(), List.of("n4"), false));

        editor.applyFix(editor.issues().get(0));

        assertThat(editor.story().node("n4").orElseThrow().isEnding()).isTrue();
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo Mark as ending");
    }

    @Test
    void trackDropsCarryIdTitleAndLength() {
        AudioTrack track = new AudioTrack("t1", "Owl \"song\"", Duration.ofMillis(42_500), "aac");

        assertThat(TrackDrop.decode(TrackDrop.encode(track))).contains(track);
        assertThat(TrackDrop.decode("not json")).isEmpty();
    }
}
