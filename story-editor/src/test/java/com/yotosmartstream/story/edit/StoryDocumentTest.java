package com.yotosmartstream.story.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDocumentTest {

    private final Story original = StoryFixtures.dragonsCave();
    private final StoryDocument document = new StoryDocument(original);

    @Test
    void undoTakesAnEditBackAndRedoDoesItAgain() {
        document.execute(Edits.move(document.story(), Map.of("n2", new Position(10, 20))));
        Story moved = document.story();

        assertThat(document.undo()).isTrue();
        assertThat(document.story()).isEqualTo(original);
        assertThat(document.redo()).isTrue();
        assertThat(document.story()).isEqualTo(moved);
        assertThat(moved.node("n2").orElseThrow().position()).isEqualTo(new Position(10, 20));
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        document.execute(Edits.setTitle(document.story(), "n1", "Fork"));
        document.undo();

        document.execute(Edits.setEnding(document.story(), List.of("n2"), true));

        assertThat(document.canRedo()).isFalse();
        assertThat(document.story().node("n1").orElseThrow().title()).isEqualTo("Start");
    }

    @Test
    void undoingBackToTheSavedStoryMakesTheDocumentCleanAgain() {
        assertThat(document.isDirty()).isFalse();
        document.execute(Edits.setEnding(document.story(), List.of("n2"), true));
        assertThat(document.isDirty()).isTrue();
        document.markSaved();
        document.execute(Edits.setEnding(document.story(), List.of("n1"), true));
        assertThat(document.isDirty()).isTrue();

        document.undo();
        assertThat(document.isDirty()).isFalse();
        document.undo();
        assertThat(document.isDirty()).isTrue();
        document.redo();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void typingInOneFieldIsOneUndoStepUntilMergingIsClosed() {
        for (String text : List.of("W", "Wh", "Whe", "When")) {
            document.execute(Edits.setNarration(document.story(), "n1", text));
        }
        document.closeMerge();
        document.execute(Edits.setNarration(document.story(), "n1", "When then"));

        document.undo();
        assertThat(document.story().node("n1").orElseThrow().narration()).isEqualTo("When");
        document.undo();
        assertThat(document.story().node("n1").orElseThrow().narration()).isEqualTo(original.node("n1").orElseThrow().narration());
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void typingInAnotherFieldStartsANewStep() {
        document.execute(Edits.setNarration(document.story(), "n1", "A"));
        document.execute(Edits.setNarration(document.story(), "n2", "B"));

        document.undo();

        assertThat(document.story().node("n1").orElseThrow().narration()).isEqualTo("A");
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        document.execute(Edits.setTitle(document.story(), "n1", "Start"));

        assertThat(document.canUndo()).isFalse();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChangeAndMayNotEditFromInsideTheirCallback() {
        List<String> heard = new ArrayList<>();
        document.addListener((before, after) -> heard.add(before.node("n1").orElseThrow().title() + ">"
                + after.node("n1").orElseThrow().title()));
        document.execute(Edits.setTitle(document.story(), "n1", "Fork"));
        document.undo();
        assertThat(heard).containsExactly("Start>Fork", "Fork>Start");

        document.addListener((before, after) -> document.execute(Edits.setTitle(after, "n2", "Loop")));
        assertThatThrownBy(() -> document.execute(Edits.setTitle(document.story(), "n1", "Again")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deletingANodeClearsTheExitsThatLedToItAndUndoBringsThemBack() {
        document.execute(Edits.deleteNodes(document.story(), List.of("n2", "n1")));

        assertThat(document.story().nodeMap().keySet()).containsExactly("n3", "n4");
        assertThat(document.story().info().startId()).isEmpty();
        assertThat(document.undoDescription()).contains("Delete 2 nodes");

        document.undo();
        assertThat(document.story()).isEqualTo(original);
    }

    @Test
    void deletingATargetClearsTheExitOfTheNodeThatLedThere() {
        document.execute(Edits.deleteNodes(document.story(), List.of("n4")));

        assertThat(document.story().node("n2").orElseThrow().exit(Exit.END)).isEmpty();
    }

    @Test
    void creatingANodeFromAnExitIsOneStep() {
        document.execute(Edits.createAndConnect(document.story(), "n4", Exit.LEFT, new Position(900, 0), "Fly away"));

        StoryNode created = document.story().node("n5").orElseThrow();
        assertThat(created.title()).isEqualTo("Fly away");
        assertThat(document.story().node("n4").orElseThrow().exit(Exit.LEFT)).contains(Target.to("n5"));
        document.undo();
        assertThat(document.story()).isEqualTo(original);
    }

    @Test
    void pastingGivesFreshIdsAndKeepsLinksBetweenThePastedNodes() {
        List<StoryNode> copied = List.of(original.node("n2").orElseThrow(), original.node("n4").orElseThrow(),
                original.node("n1").orElseThrow().withExit(Exit.END, Target.to("n3")));
        StoryEdit paste = Edits.paste(document.story(), copied, 40, 40, "Paste");
        document.execute(paste);

        assertThat(Edits.pastedIds(paste, original)).containsExactly("n5", "n6", "n7");
        Story story = document.story();
        assertThat(story.node("n5").orElseThrow().exit(Exit.END)).contains(Target.to("n6"));
        assertThat(story.node("n7").orElseThrow().exit(Exit.LEFT)).contains(Target.to("n5"));
        assertThat(story.node("n7").orElseThrow().exit(Exit.END)).as("a link out of the copy still leads to the original")
                .contains(Target.to("n3"));
        assertThat(story.node("n5").orElseThrow().position()).isEqualTo(new Position(340, -60));
    }

    @Test
    void theFirstNodeOfAnEmptyStoryBecomesItsStart() {
        StoryDocument empty = new StoryDocument(Story.empty("New"));

        empty.execute(Edits.addNode(empty.story(), StoryNode.create("n1", "Once upon a time", Position.ORIGIN)));
        empty.execute(Edits.addNode(empty.story(), StoryNode.create("n2", "Then", Position.ORIGIN)));

        assertThat(empty.story().info().startId()).isEqualTo("n1");
    }

    @Test
    void settingAudioOnManyNodesIsOneStep() {
        AudioRef audio = new AudioRef("t9", "Rain", 12);

        document.execute(Edits.setAudio(document.story(), List.of("n1", "n2"), audio));

        assertThat(document.story().node("n2").orElseThrow().audio()).contains(audio);
        document.undo();
        assertThat(document.story()).isEqualTo(original);
    }

    @Test
    void typingTheStoryTitleMergesAndChangesTheInfo() {
        document.execute(Edits.setInfo(document.story(), "title", i -> i.withTitle("T")));
        document.execute(Edits.setInfo(document.story(), "title", i -> i.withTitle("Th")));

        assertThat(document.story().title()).isEqualTo("Th");
        document.undo();
        assertThat(document.story().title()).isEqualTo("The Dragon's Cave");
    }

    @Test
    void undoRemembersOnlyTheLastStepsOfItsLimit() {
        StoryDocument limited = new StoryDocument(original, 3);
        for (int i = 0; i < 5; i++) {
            limited.execute(Edits.move(limited.story(), Map.of("n1", new Position(i, i))));
        }

        int undone = 0;
        while (limited.undo()) {
            undone++;
        }

        assertThat(undone).isEqualTo(3);
        assertThat(limited.story().node("n1").orElseThrow().position()).isEqualTo(new Position(1, 1));
    }

    @Test
    void undoingEverythingLeftAfterTheSavedStoryFellOffTheLimitIsStillUnsaved() {
        StoryDocument limited = new StoryDocument(original, 3);
        for (int i = 0; i < 5; i++) {
            limited.execute(Edits.move(limited.story(), Map.of("n1", new Position(i, i))));
        }

        while (limited.undo()) {
            assertThat(limited.isDirty()).isTrue();
        }

        assertThat(limited.story()).isNotEqualTo(original);
        assertThat(limited.isDirty()).as("the story is one move away from the saved one").isTrue();
    }

    @Test
    void replacingTheWholeStoryIsUndoable() {
        Story other = StoryFixtures.generated(10, 1);

        document.execute(Edits.replaceAll(document.story(), other, "Import"));
        assertThat(document.story()).isEqualTo(other);

        document.undo();
        assertThat(document.story()).isEqualTo(original);
    }
}
