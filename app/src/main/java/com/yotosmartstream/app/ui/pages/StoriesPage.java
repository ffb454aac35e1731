package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.stories.StoryServices;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.StoryTraceViewModel;
import com.yotosmartstream.story.editor.StoryWorkspaceViewModel;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.trace.JourneyRecording;
import com.yotosmartstream.story.ui.FxWorkspaceDialogs;
import com.yotosmartstream.story.ui.StoryWorkspaceView;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The Stories page: the story editor, wired to the app's folders, settings and background tasks.
 * Before the app closes, it asks whether to save a story with unsaved changes.
 */
final class StoriesPage implements GuardedPage {

    private final StoryWorkspaceView view;
    private final StoryWorkspaceViewModel workspace;

    StoriesPage(AppServices services) {
        this(services, null, java.util.Optional.empty(), null);
    }

    StoriesPage(AppServices services, WorkspaceDialogs dialogs) {
        this(services, dialogs, java.util.Optional.empty(), null);
    }

    /**
     * @param dialogs the questions the page asks; null for the real file choosers and dialogs
     * @param openFile a story to open at once (the file the desktop asked the app to open)
     * @param journeys the journeys recorded from the players (the live trace); null for none
     */
    StoriesPage(AppServices services, WorkspaceDialogs dialogs, java.util.Optional<Path> openFile,
            JourneyRecording journeys) {
        this(services, dialogs, openFile, journeys, null);
    }

    /** @param publisher publishes stories as cards; null for one that says it cannot */
    StoriesPage(AppServices services, WorkspaceDialogs dialogs, java.util.Optional<Path> openFile,
            JourneyRecording journeys, com.yotosmartstream.story.publish.StoryPublisher publisher) {
        Path stories = services.dataFolder().root().resolve("stories");
        StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(Story.empty("")),
                StoryServices.audioLibrary(services.streamer()), StoryServices.iconLibrary(
                        new com.yotosmartstream.icons.library.IconLibrary(services.database(), Clock.systemUTC())));
        StoryWorkspaceView[] self = new StoryWorkspaceView[1];
        WorkspaceDialogs questions = dialogs != null ? dialogs
                : new FxWorkspaceDialogs(() -> self[0].getScene() == null ? null : self[0].getScene().getWindow());
        workspace = new StoryWorkspaceViewModel(editor, services.executor(), questions,
                StoryServices.recent(services.settings()), new RecoveryStore(stories.resolve("recovery")), stories,
                Clock.systemUTC());
        workspace.setPublisher(publisher != null ? publisher : StoryServices.publisher());
        view = new StoryWorkspaceView(workspace, services.executor());
        openFile.ifPresent(workspace::openRecent);
        self[0] = view;
        Path playtestFolder = services.dataFolder().root().resolve("playtest");
        PlaytestViewModel playtest = new PlaytestViewModel(editor, services.executor(), Platform::runLater,
                () -> PlaytestPlayer.startRunning(playtestFolder));
        view.editor().attachPlaytest(playtest);
        StoryTraceViewModel trace = journeys == null ? null : new StoryTraceViewModel(editor, journeys);
        if (trace != null) {
            view.editor().attachTrace(trace);
        }
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().subscribe(window -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
                            view.close();
                            playtest.close();
                            if (trace != null) {
                                trace.close();
                            }
                        });
                    }
                });
            }
        });
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return workspace.hasUnsavedChanges();
    }

    @Override
    public void confirmClose(Runnable proceed) {
        workspace.confirmClose(proceed);
    }
}
