package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.compose.StoriesFeature;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.story.editor.StoryWorkspaceViewModel;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.ui.FxWorkspaceDialogs;
import com.yotosmartstream.story.ui.StoryWorkspaceView;
import javafx.scene.Node;

/**
 * The Stories page: the story editor on the view models its feature gives it. Before the app
 * closes, it asks whether to save a story with unsaved changes.
 */
final class StoriesPage implements GuardedPage {

    private final StoryWorkspaceView view;
    private final StoryWorkspaceViewModel workspace;

    /**
     * @param dialogs the questions the page asks; null for the real file choosers and dialogs
     * @param publishing the questions of publishing a story as a card
     */
    StoriesPage(StoriesFeature feature, WorkspaceDialogs dialogs, StoryCardPublisher.Dialogs publishing) {
        StoryWorkspaceView[] self = new StoryWorkspaceView[1];
        WorkspaceDialogs questions = dialogs != null ? dialogs
                : new FxWorkspaceDialogs(() -> self[0].getScene() == null ? null : self[0].getScene().getWindow());
        StoriesFeature.ViewModels models = feature.open(questions, publishing);
        workspace = models.workspace();
        view = new StoryWorkspaceView(workspace, feature.executor());
        feature.openFile().ifPresentOrElse(workspace::openRecent, workspace::reopenLast);
        self[0] = view;
        view.editor().attachPlaytest(models.playtest());
        view.editor().attachTrace(models.trace());
        view.editor().attachRecorder(models.record());
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().subscribe(window -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
                            view.close();
                            models.playtest().close();
                            models.trace().close();
                            models.record().stop();
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
