package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.stories.StoryServices;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.StoryWorkspaceViewModel;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.play.PlaytestPlayer;
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
        this(services, null, java.util.Optional.empty());
    }

    StoriesPage(AppServices services, WorkspaceDialogs dialogs) {
        this(services, dialogs, java.util.Optional.empty());
    }

    /**
     * @param dialogs the questions the page asks; null for the real file choosers and dialogs
     * @param openFile a story to open at once (the file the desktop asked the app to open)
     */
    StoriesPage(AppServices services, WorkspaceDialogs dialogs, java.util.Optional<Path> openFile) {
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
        view = new StoryWorkspaceView(workspace, services.executor());
        openFile.ifPresent(workspace::openRecent);
        self[0] = view;
        Path playtestFolder = services.dataFolder().root().resolve("playtest");
        PlaytestViewModel playtest = new PlaytestViewModel(editor, services.executor(), Platform::runLater,
                () -> PlaytestPlayer.startRunning(playtestFolder));
        view.editor().attachPlaytest(playtest);
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().subscribe(window -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
                            view.close();
                            playtest.close();
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
