package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.publish.StoryPublisher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Publish as card…": the story goes to the publisher and remembers the card it became. */
class PublishTest {

    @TempDir
    Path temp;

    private final FakeDialogs dialogs = new FakeDialogs();

    /** A publisher the test answers for: it keeps what it was asked to publish. */
    private static final class FakePublisher implements StoryPublisher {
        String unavailable;
        final List<Story> published = new ArrayList<>();
        final List<Consumer<String>> callbacks = new ArrayList<>();

        @Override
        public Optional<String> unavailableReason() {
            return Optional.ofNullable(unavailable);
        }

        @Override
        public void publish(Story story, Consumer<String> onPublished) {
            published.add(story);
            callbacks.add(onPublished);
        }
    }

    private final FakePublisher publisher = new FakePublisher();
    private StoryWorkspaceViewModel workspace;

    @BeforeEach
    void open() {
        workspace = workspace();
    }

    private StoryWorkspaceViewModel workspace() {
        StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(StoryFixtures.dragonsCave()),
                FakeLibrary.serving("https://pc.local").addAll(StoryFixtures.dragonsCave()), IconLibrary.none("none"));
        RecentStories recent = new RecentStories() {
            @Override
            public List<Path> load() {
                return List.of();
            }

            @Override
            public void save(List<Path> paths) {
                // not needed here
            }
        };
        StoryWorkspaceViewModel vm = new StoryWorkspaceViewModel(editor, new CurrentThreadTaskExecutor(), dialogs, recent,
                new RecoveryStore(temp.resolve("recovery")), temp, Clock.systemUTC());
        vm.setPublisher(publisher);
        return vm;
    }

    private Story story() {
        return workspace.editor().story();
    }

    @Test
    void withoutAPublisherPublishingIsUnavailableAndSaysWhy() {
        StoryWorkspaceViewModel plain = new StoryWorkspaceViewModel(workspace.editor(), new CurrentThreadTaskExecutor(),
                dialogs, new RecentStories() {
                    @Override
                    public List<Path> load() {
                        return List.of();
                    }

                    @Override
                    public void save(List<Path> recent) {
                        // not needed here
                    }
                }, new RecoveryStore(temp.resolve("r2")), temp, Clock.systemUTC());

        assertThat(plain.publishUnavailableProperty().get()).isNotEmpty();
        plain.setPublisher(StoryPublisher.none("Sign in to Yoto first."));
        assertThat(plain.publishUnavailableProperty().get()).isEqualTo("Sign in to Yoto first.");
    }

    @Test
    void anUnavailablePublisherIsNotAskedAndTheReasonIsShown() {
        publisher.unavailable = "Sign in to Yoto or start demo mode first.";
        workspace.refreshPublishing();
        assertThat(workspace.publishUnavailableProperty().get()).isEqualTo(publisher.unavailable);

        workspace.publish();

        assertThat(publisher.published).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().endsWith("Sign in to Yoto or start demo mode first.");
    }

    @Test
    void aPublishedStoryRemembersItsCardAndTheKeysItWasPublishedWithOutsideTheUndoHistory() {
        workspace.publish();
        Story sent = publisher.published.get(0);
        workspace.editor().execute(Edits.deleteNodes(story(), List.of("n2")));

        publisher.callbacks.get(0).accept("card-77");

        assertThat(story().info().cardId()).contains("card-77");
        assertThat(story().info().card().orElseThrow().chapterKeys()).containsEntry("n4", "04").containsEntry("n2", "02");
        assertThat(sent.info().card()).isEmpty();
        assertThat(workspace.statusProperty().get()).startsWith("Published as card card-77.")
                .contains("Save the story");
        workspace.editor().undo();
        assertThat(story().size()).isEqualTo(4);
        assertThat(story().info().cardId()).contains("card-77");
        assertThat(workspace.editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void publishingAgainSendsTheStoryWithItsCardSoTheSameCardIsUpdated() {
        workspace.publish();
        publisher.callbacks.get(0).accept("card-77");

        workspace.publish();
        publisher.callbacks.get(1).accept("card-77");

        assertThat(publisher.published.get(1).info().cardId()).contains("card-77");
        assertThat(workspace.statusProperty().get()).startsWith("Updated card card-77.");
    }

    @Test
    void aSavedStoryWithNoOtherChangesIsSavedWithItsCard() throws Exception {
        Path file = temp.resolve("cave.story.json");
        dialogs.files.add(file);
        workspace.save();

        workspace.publish();
        publisher.callbacks.get(0).accept("card-9");

        assertThat(StoryFiles.open(file).story().info().cardId()).contains("card-9");
        assertThat(workspace.editor().dirtyProperty().get()).isFalse();
        assertThat(workspace.statusProperty().get()).isEqualTo("Published as card card-9. Saved the story with its "
                + "link to the card.");
    }

    @Test
    void aCardThatArrivesAfterAnotherStoryWasOpenedIsNotPutOnTheWrongStory() {
        workspace.publish();
        workspace.newStory();

        publisher.callbacks.get(0).accept("card-5");

        assertThat(story().info().card()).isEmpty();
        assertThat(workspace.statusProperty().get()).contains("not open any more");
    }
}
