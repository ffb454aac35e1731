package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.twine.ImportOptions;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryWorkspaceTest {

    @TempDir
    Path temp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> recentSaved = new ArrayList<>();
    private final FakeLibrary library = FakeLibrary.serving("https://pc.local").addAll(StoryFixtures.dragonsCave());
    private StoryWorkspaceViewModel workspace;
    /** The titles of the tasks handed to the executor: what ran in the background. */
    private final List<String> backgroundTasks = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = workspace(StoryFixtures.dragonsCave());
    }

    private StoryWorkspaceViewModel workspace(Story story) {
        StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(story), library,
                IconLibrary.none("none"));
        RecentStories recent = new RecentStories() {
            @Override
            public List<Path> load() {
                return List.copyOf(recentSaved);
            }

            @Override
            public void save(List<Path> paths) {
                recentSaved.clear();
                recentSaved.addAll(paths);
            }
        };
        CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();
        com.yotosmartstream.core.task.TaskExecutor recording = new com.yotosmartstream.core.task.TaskExecutor() {
            @Override
            public <T> com.yotosmartstream.core.task.TaskHandle submit(com.yotosmartstream.core.task.BackgroundTask<T> task) {
                backgroundTasks.add(task.title());
                return inline.submit(task);
            }

            @Override
            public java.util.concurrent.Executor serial(String name) {
                return inline.serial(name);
            }

            @Override
            public void close() {
                inline.close();
            }
        };
        return new StoryWorkspaceViewModel(editor, recording, dialogs, recent,
                new RecoveryStore(temp.resolve("recovery")), temp, Clock.systemUTC());
    }

    private StoryEditorViewModel editor() {
        return workspace.editor();
    }

    private void edit() {
        editor().execute(Edits.setTitle(editor().story(), "n1", "Fork"));
    }

    @Test
    void theTitleMarksUnsavedChangesAndAStoryNeverSaved() {
        assertThat(workspace.titleBinding().get()).isEqualTo("The Dragon's Cave (not saved yet)");

        edit();

        assertThat(workspace.titleBinding().get()).isEqualTo("● The Dragon's Cave (not saved yet)");
    }

    @Test
    void saveAsWritesTheFileRemembersItAndClearsTheMarker() throws Exception {
        edit();
        Path file = temp.resolve("cave");
        dialogs.files.add(file);

        workspace.save();

        Path written = temp.resolve("cave" + StoryFiles.EXTENSION);
        assertThat(dialogs.suggestedNames).containsExactly("The Dragon's Cave.story.json");
        assertThat(StoryFiles.open(written).story()).isEqualTo(editor().story());
        assertThat(workspace.fileProperty().get()).isEqualTo(written);
        assertThat(workspace.titleBinding().get()).isEqualTo("The Dragon's Cave");
        assertThat(recentSaved).containsExactly(written.toAbsolutePath());
    }

    @Test
    void theNextStartReopensTheStoryOpenLast() throws Exception {
        dialogs.files.add(temp.resolve("cave"));
        workspace.save();
        Path written = temp.resolve("cave" + StoryFiles.EXTENSION);

        StoryWorkspaceViewModel nextStart = workspace(Story.empty(""));
        nextStart.reopenLast();

        assertThat(nextStart.fileProperty().get()).isEqualTo(written.toAbsolutePath());
        assertThat(nextStart.editor().story()).isEqualTo(StoryFiles.open(written).story());
        assertThat(nextStart.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aLastStoryDeletedSinceIsForgottenWithoutAMessage() throws Exception {
        dialogs.files.add(temp.resolve("cave"));
        workspace.save();
        Files.delete(temp.resolve("cave" + StoryFiles.EXTENSION));

        StoryWorkspaceViewModel nextStart = workspace(Story.empty(""));
        nextStart.reopenLast();

        assertThat(nextStart.fileProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
        assertThat(recentSaved).isEmpty();
    }

    @Test
    void aSecondSaveGoesToTheSameFileWithoutAsking() throws Exception {
        dialogs.files.add(temp.resolve("cave.story.json"));
        workspace.save();
        edit();

        workspace.save();

        assertThat(dialogs.asked).containsExactly("save STORY");
        assertThat(StoryFiles.open(temp.resolve("cave.story.json")).story().node("n1").orElseThrow().title())
                .isEqualTo("Fork");
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheStory() {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.CANCEL;

        workspace.newStory();

        assertThat(dialogs.asked).containsExactly("save changes to The Dragon's Cave?");
        assertThat(editor().story().size()).isEqualTo(4);
    }

    @Test
    void newAfterChoosingToSaveSavesFirst() throws Exception {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.SAVE;
        dialogs.files.add(temp.resolve("first.story.json"));

        workspace.newStory();

        assertThat(StoryFiles.open(temp.resolve("first.story.json")).story().node("n1").orElseThrow().title()).isEqualTo("Fork");
        assertThat(editor().story().size()).isZero();
        assertThat(workspace.fileProperty().get()).isNull();
    }

    @Test
    void openReadsAStoryAndABadFileSaysWhyAndLeavesTheStoryAlone() throws Exception {
        Path good = temp.resolve("big.story.json");
        StoryFiles.save(good, StoryFixtures.generated(50, 2));
        Path bad = temp.resolve("bad.story.json");
        Files.writeString(bad, "{\"format\":\"something else\"}");
        dialogs.files.add(good);
        workspace.open();
        assertThat(editor().story().size()).isEqualTo(50);

        dialogs.files.add(bad);
        workspace.open();

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).startsWith("Could not open bad.story.json")
                .contains("not a Yoto Smart Stream story"));
        assertThat(editor().story().size()).isEqualTo(50);
        assertThat(recentSaved).containsExactly(good.toAbsolutePath());
    }

    @Test
    void aRecentStoryThatWasDeletedIsTakenOffTheList() throws Exception {
        Path gone = temp.resolve("gone.story.json");
        StoryFiles.save(gone, StoryFixtures.dragonsCave());
        dialogs.files.add(gone);
        workspace.open();
        Files.delete(gone);

        workspace.openRecent(gone.toAbsolutePath());

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("does not exist"));
        assertThat(workspace.recent()).isEmpty();
    }

    @Test
    void importingTwineMakesANewUnsavedStoryAndOffersTheFixForTooManyLinks() throws Exception {
        Path twee = temp.resolve("menu.twee");
        Files.writeString(twee, ":: StoryTitle\nMenu\n\n:: Start\n[[A]] [[B]] [[C]] [[D]]\n:: A\n:: B\n:: C\n:: D\n");
        dialogs.files.add(twee);
        dialogs.takeFix = true;

        workspace.importTwine();

        assertThat(editor().story().title()).isEqualTo("Menu");
        assertThat(dialogs.notes).singleElement().satisfies(n -> assertThat(n).anySatisfy(
                line -> assertThat(line).contains("Passage 'Start' has 4 links")));
        assertThat(editor().story().size()).as("a 'more choices' node was added").isEqualTo(6);
        assertThat(workspace.titleBinding().get()).startsWith("● Menu");
        editor().undo();
        assertThat(editor().story().size()).as("the fix is one undo step").isEqualTo(5);
    }

    @Test
    void theImportAndTheFixRunInTheBackgroundAndTheFixSaysWhatItAddsFirst() throws Exception {
        Path twee = temp.resolve("menu.twee");
        Files.writeString(twee, ":: Start\n[[A]] [[B]] [[C]] [[D]] [[E]] [[F]]\n:: A\n:: B\n:: C\n:: D\n:: E\n:: F\n");
        dialogs.files.add(twee);
        dialogs.takeFix = true;

        workspace.importTwine();

        assertThat(dialogs.fixLabels).containsExactly("Add 2 'more choices' nodes");
        assertThat(dialogs.notes.get(0)).contains("The fix adds 2 'more choices' nodes: the story would have 9 nodes "
                + "(a card holds 100).");
        assertThat(editor().story().size()).isEqualTo(9);
        assertThat(backgroundTasks).endsWith("Importing menu.twee", "Reading 7 passages of menu.twee",
                "Adding 2 'more choices' nodes");
    }

    @Test
    void theFixWarnsBeforeItRunsWhenTheStoryWouldNotFitACard() throws Exception {
        StringBuilder twee = new StringBuilder(":: Start\n");
        for (int i = 1; i <= 97; i++) {
            twee.append("[[P").append(i).append("]] ");
        }
        twee.append('\n');
        for (int i = 1; i <= 97; i++) {
            twee.append(":: P").append(i).append("\nend\n");
        }
        Path file = temp.resolve("wide.twee");
        Files.writeString(file, twee);
        dialogs.files.add(file);

        workspace.importTwine();

        assertThat(editor().story().size()).isEqualTo(98);
        assertThat(dialogs.fixLabels).containsExactly("Add 47 'more choices' nodes anyway");
        assertThat(dialogs.notes.get(0)).anySatisfy(n -> assertThat(n).contains("would have 145 nodes, more than the 100"));
    }

    @Test
    void theImportReportOffersToMergeTheHeaderAndFooterAndTakingItImportsAgainMerged() throws Exception {
        Path twee = temp.resolve("hall.twee");
        Files.writeString(twee, com.yotosmartstream.story.twine.HeaderFooterImportTest.HALL);
        dialogs.files.add(twee);
        dialogs.takeMerge = true;

        workspace.importTwine();

        assertThat(dialogs.offered.get(0)).containsExactly(ImportOptions.MERGE_LABEL);
        assertThat(dialogs.notes.get(0)).anySatisfy(n -> assertThat(n).contains("'PassageHeader', 'PassageFooter' with "
                + "every passage"));
        assertThat(editor().story().nodes()).allSatisfy(n -> assertThat(n.narration()).startsWith("Chapter One\n\n"));
        assertThat(dialogs.notes).hasSize(2);
        assertThat(dialogs.offered.get(1)).as("merged: nothing more to offer").isEmpty();
        assertThat(dialogs.notes.get(1)).anySatisfy(n -> assertThat(n).startsWith("Merged the header 'PassageHeader'"));
        assertThat(backgroundTasks).endsWith("Reading 5 passages of hall.twee",
                "Merging header and footer into the 5 passages of hall.twee");
        assertThat(workspace.titleBinding().get()).startsWith("●");
    }

    @Test
    void leftAsItIsTheHeaderStaysOutOfTheNodes() throws Exception {
        Path twee = temp.resolve("hall.twee");
        Files.writeString(twee, com.yotosmartstream.story.twine.HeaderFooterImportTest.HALL);
        dialogs.files.add(twee);

        workspace.importTwine();

        assertThat(dialogs.notes).hasSize(1);
        assertThat(editor().story().nodes()).noneSatisfy(n -> assertThat(n.narration()).contains("Chapter One"));
    }

    @Test
    void aFileWhosePassagesAreAllSpecialIsNotImportedAsAnEmptyStory() throws Exception {
        Path twee = temp.resolve("init.twee");
        Files.writeString(twee, ":: StoryData\n{\"ifid\":\"X\",\"format\":\"SugarCube\"}\n:: StoryInit\n<<set $a to 1>>\n");
        dialogs.files.add(twee);

        workspace.importTwine();

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).startsWith("Nothing to import from init.twee")
                .contains("'StoryInit'"));
        assertThat(editor().story().title()).isEqualTo("The Dragon's Cave");
    }

    @Test
    void fromATwineArchiveTheChosenStoryIsImported() throws Exception {
        Path archive = temp.resolve("library.html");
        Files.writeString(archive, """
                <tw-storydata name="One" startnode="1"><tw-passagedata pid="1" name="A">a</tw-passagedata></tw-storydata>
                <tw-storydata name="Two" startnode="1"><tw-passagedata pid="1" name="B">b</tw-passagedata></tw-storydata>
                """);
        dialogs.files.add(archive);
        dialogs.storyChoice = 1;

        workspace.importTwine();

        assertThat(dialogs.asked).contains("which of [One, Two]");
        assertThat(editor().story().title()).isEqualTo("Two");
    }

    @Test
    void aStoryThatWouldFailOnAPlayerIsNotMadeIntoACard() {
        editor().execute(Edits.disconnect(editor().story(), "n2", Exit.END));
        editor().execute(Edits.connect(editor().story(), "n2", Exit.LEFT, com.yotosmartstream.story.model.Target.to("n99")));

        workspace.exportCard();

        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e)
                .startsWith("This story cannot become a card yet").contains("\"n99\", which does not exist"));
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aFinishedStoryIsWrittenAsCardJson() throws Exception {
        Path target = temp.resolve("cave.card.json");
        dialogs.files.add(target);

        workspace.exportCard();

        Card card = Card.parse(Files.readString(target));
        assertThat(card.isInteractive()).isTrue();
        assertThat(card.chapters()).hasSize(4);
        assertThat(workspace.statusProperty().get()).startsWith("Card with 4 chapters written to");
    }

    @Test
    void tweeExportWritesTheStoryAndSaysWhatTweeCannotHold() throws Exception {
        Path target = temp.resolve("cave.twee");
        dialogs.files.add(target);

        workspace.exportTwee();

        assertThat(Files.readString(target)).startsWith(":: StoryTitle\nThe Dragon's Cave\n");
        assertThat(dialogs.notes).singleElement().satisfies(n -> assertThat(n).anySatisfy(l -> assertThat(l).contains("audio")));
    }

    @Test
    void unsavedWorkIsCopiedEveryTickAndOfferedAfterTheAppIsKilled() {
        edit();
        workspace.autosaveTick();

        StoryWorkspaceViewModel afterRestart = workspace(Story.empty(""));

        assertThat(afterRestart.recoveries()).singleElement()
                .satisfies(r -> assertThat(r.story().node("n1").orElseThrow().title()).isEqualTo("Fork"));
        afterRestart.recover(afterRestart.recoveries().get(0));
        assertThat(afterRestart.editor().story().node("n1").orElseThrow().title()).isEqualTo("Fork");
        assertThat(afterRestart.editor().dirtyProperty().get()).as("recovered work still needs saving").isTrue();
        assertThat(afterRestart.recoveries()).isEmpty();
        assertThat(new RecoveryStore(temp.resolve("recovery")).list()).as("the old copy is gone").isEmpty();
        afterRestart.autosaveTick();
        assertThat(new RecoveryStore(temp.resolve("recovery")).list()).as("the new session keeps its own copy")
                .singleElement().satisfies(r -> assertThat(r.story().node("n1").orElseThrow().title()).isEqualTo("Fork"));
    }

    @Test
    void savingRemovesTheRecoveryCopySoNothingIsOfferedNextTime() {
        edit();
        workspace.autosaveTick();
        dialogs.files.add(temp.resolve("kept.story.json"));

        workspace.save();
        workspace.autosaveTick();

        assertThat(workspace(Story.empty("")).recoveries()).isEmpty();
    }

    @Test
    void discardingARecoveryDeletesIt() {
        edit();
        workspace.autosaveTick();
        StoryWorkspaceViewModel afterRestart = workspace(Story.empty(""));

        afterRestart.discardRecovery(afterRestart.recoveries().get(0));

        assertThat(new RecoveryStore(temp.resolve("recovery")).list()).isEmpty();
    }

    @Test
    void fileNamesSuggestedFromTitlesAreSafe() {
        assertThat(StoryWorkspaceViewModel.safeName("A/B: the \"end\"?")).isEqualTo("A B the end");
        assertThat(StoryWorkspaceViewModel.safeName("..")).isEqualTo("Untitled story");
    }

    // ---- closing the app ----

    private final List<String> closed = new ArrayList<>();

    private void closeApp() {
        workspace.confirmClose(() -> closed.add("closed"));
    }

    @Test
    void closingWithNothingUnsavedAsksNothing() {
        closeApp();

        assertThat(closed).containsExactly("closed");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void closingAStoryNeverSavedGoesThroughSaveAsAndClosesOnceItIsWritten() throws Exception {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.SAVE;
        dialogs.files.add(temp.resolve("kept"));

        closeApp();

        assertThat(dialogs.asked).containsExactly("save changes to The Dragon's Cave?", "save STORY");
        assertThat(StoryFiles.open(temp.resolve("kept.story.json")).story()).isEqualTo(editor().story());
        assertThat(closed).containsExactly("closed");
    }

    @Test
    void cancellingTheSaveAsDialogKeepsTheAppOpen() {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.SAVE;

        closeApp();

        assertThat(dialogs.asked).containsExactly("save changes to The Dragon's Cave?", "save STORY");
        assertThat(closed).isEmpty();
        assertThat(workspace.hasUnsavedChanges()).isTrue();
    }

    @Test
    void aSaveThatFailsKeepsTheAppOpenAndSaysWhy() throws Exception {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.SAVE;
        Path notAFolder = temp.resolve("plain-file");
        Files.writeString(notAFolder, "not a folder");
        dialogs.files.add(notAFolder.resolve("cave.story.json"));

        closeApp();

        assertThat(closed).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).startsWith("Could not save the story")
                .contains("Your changes are still here"));
        assertThat(workspace.hasUnsavedChanges()).isTrue();
    }

    @Test
    void dontSaveClosesAndKeepsNoRecoveryCopyOfTheDroppedChanges() {
        edit();
        workspace.autosaveTick();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.DISCARD;

        closeApp();
        workspace.close();

        assertThat(closed).containsExactly("closed");
        assertThat(new RecoveryStore(temp.resolve("recovery")).list()).isEmpty();
    }

    @Test
    void changesMadeAfterChoosingNotToSaveAreStillCopiedWhenThePageCloses() {
        edit();
        dialogs.saveChoice = WorkspaceDialogs.SaveChoice.DISCARD;
        workspace.confirmClose(() -> { }); // another page kept the app open
        editor().execute(Edits.setTitle(editor().story(), "n2", "Deep cave"));

        workspace.close();

        assertThat(new RecoveryStore(temp.resolve("recovery")).list()).singleElement()
                .satisfies(r -> assertThat(r.story().node("n2").orElseThrow().title()).isEqualTo("Deep cave"));
    }
}
