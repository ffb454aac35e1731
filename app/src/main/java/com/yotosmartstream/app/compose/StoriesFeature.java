package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.stories.DemoSampleStory;
import com.yotosmartstream.app.stories.LibraryAudio;
import com.yotosmartstream.app.stories.SettingsRecentStories;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.app.stories.StudioIcons;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.editor.RecordViewModel;
import com.yotosmartstream.story.record.JavaSoundMicrophones;
import com.yotosmartstream.story.record.TakeRecorder;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.StoryTraceViewModel;
import com.yotosmartstream.story.editor.StoryWorkspaceViewModel;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.publish.StoryPublisher;
import com.yotosmartstream.story.trace.JourneyRecording;
import com.yotosmartstream.streamer.Streamer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the Stories page is given: the story editor's view models on the app's folders, settings,
 * libraries, publisher and recorded journeys, and the executor. The page supplies only the
 * questions it asks (its dialogs).
 */
public final class StoriesFeature {

    /** The page's view models; the workspace is the page's close guard. */
    public record ViewModels(StoryEditorViewModel editor, StoryWorkspaceViewModel workspace,
            PlaytestViewModel playtest, StoryTraceViewModel trace, RecordViewModel record) {
    }

    /** A capture's read loop lasts the whole take: it has a (daemon) thread of its own, not one of the task pool's. */
    private static final Executor MICROPHONE = java.util.concurrent.Executors.newCachedThreadPool(
            new com.yotosmartstream.core.task.NamedThreadFactory("microphone"));

    private final Path dataRoot;
    private final Streamer streamer;
    private final IconLibrary icons;
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final Executor fx;
    private final Clock clock;
    private final JourneyRecording journeys;
    private final Function<StoryCardPublisher.Dialogs, StoryPublisher> publisher;
    private final Optional<Path> openFile;
    private final Speech speech;
    private DemoSampleStory sample;

    StoriesFeature(Path dataRoot, Streamer streamer, IconLibrary icons, SettingsStore settings, TaskExecutor executor,
            Executor fx, Clock clock, JourneyRecording journeys,
            Function<StoryCardPublisher.Dialogs, StoryPublisher> publisher, Optional<Path> openFile, Speech speech) {
        this.dataRoot = dataRoot;
        this.streamer = streamer;
        this.icons = icons;
        this.settings = settings;
        this.executor = executor;
        this.fx = fx;
        this.clock = clock;
        this.journeys = journeys;
        this.publisher = publisher;
        this.openFile = openFile;
        this.speech = speech;
    }

    /** Demo mode's sample story: when it is published while open in the editor, the editor keeps the new card. */
    StoriesFeature withSample(DemoSampleStory value) {
        sample = value;
        return this;
    }

    /**
     * The page's view models, asking through {@code questions}, publishing with {@code publishing}'s
     * questions.
     */
    public ViewModels open(WorkspaceDialogs questions, StoryCardPublisher.Dialogs publishing) {
        Path stories = dataRoot.resolve("stories");
        StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(Story.empty("")),
                new LibraryAudio(streamer, () -> StreamerSettings.targetLufs(settings)), new StudioIcons(icons));
        StoryWorkspaceViewModel workspace = new StoryWorkspaceViewModel(editor, executor, questions,
                new SettingsRecentStories(settings), new RecoveryStore(stories.resolve("recovery")), stories, clock);
        workspace.setPublisher(publisher.apply(publishing));
        Path playtestFolder = dataRoot.resolve("playtest");
        PlaytestViewModel playtest = new PlaytestViewModel(editor, executor, fx,
                () -> PlaytestPlayer.startRunning(playtestFolder));
        playtest.setSpeech(speech);
        listVoices(editor, speech.engine());
        speech.addListener(found -> listVoices(editor, found));
        // takes wait in the data folder until one is kept (ADR 0085); the microphones are only asked
        // for when the record panel first opens
        RecordViewModel record = new RecordViewModel(editor, new TakeRecorder(new JavaSoundMicrophones(MICROPHONE),
                dataRoot.resolve("recordings")), executor, fx);
        if (sample != null) {
            followSample(workspace);
        }
        return new ViewModels(editor, workspace, playtest, new StoryTraceViewModel(editor, journeys), record);
    }

    /**
     * Demo mode's sample story, published in the background at each start: the page opens it when
     * it is added and shows nothing else, and the document open from its file takes each new card,
     * whether it was opened before or after (the file is opened in the background too).
     */
    private void followSample(StoryWorkspaceViewModel workspace) {
        java.util.Map<Path, PublishedCard> cards = new java.util.HashMap<>(); // FX thread only
        sample.addListener(new DemoSampleStory.Listener() {
            @Override
            public void added(Path file) {
                fx.execute(() -> openAdded(workspace, file));
            }

            @Override
            public void published(Path file, PublishedCard card) {
                fx.execute(() -> {
                    cards.put(file, card);
                    keepCard(workspace, file, card);
                });
            }
        });
        workspace.fileProperty().addListener((o, before, now) -> {
            if (now != null && cards.containsKey(now.toAbsolutePath().normalize())) {
                Path file = now.toAbsolutePath().normalize();
                fx.execute(() -> keepCard(workspace, file, cards.get(file))); // after the document is loaded
            }
        });
    }

    /** The sample story was added while the page shows: it is offered in Recent, and opened when nothing else is. */
    static void openAdded(StoryWorkspaceViewModel workspace, Path file) {
        if (workspace.fileProperty().get() == null && !workspace.hasUnsavedChanges()) {
            workspace.openRecent(file);
        } else if (!workspace.recent().contains(file)) {
            workspace.recent().add(file);
        }
    }

    /**
     * The sample story was published again (demo mode's household is new at each start) and its file
     * saved with the card: when that file is open, the document takes the card, still saved unless it
     * had other changes.
     */
    static void keepCard(StoryWorkspaceViewModel workspace, Path file, PublishedCard card) {
        Path open = workspace.fileProperty().get();
        if (open == null || !open.toAbsolutePath().normalize().equals(file)) {
            return;
        }
        StoryDocument document = workspace.editor().document();
        boolean clean = !document.isDirty();
        document.setCard(Optional.of(card));
        if (clean) {
            document.markSaved();
        }
    }

    /** Asks the voice engine for its voices in the background and offers them to the story's voice picker. */
    private void listVoices(StoryEditorViewModel editor, Optional<com.yotosmartstream.story.voice.VoiceEngine> engine) {
        engine.ifPresent(e -> executor.submit(com.yotosmartstream.core.task.BackgroundTask.of("Listing the voices",
                ctx -> e.voices()).onSuccess(voices -> fx.execute(() -> editor.voiceNames().setAll(voices)))));
    }

    /** A story to open at once (the file the desktop asked the app to open). */
    public Optional<Path> openFile() {
        return openFile;
    }

    public TaskExecutor executor() {
        return executor;
    }
}
