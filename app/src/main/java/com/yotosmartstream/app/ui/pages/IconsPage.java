package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.compose.IconsFeature;
import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.ui.FilePrompt;
import com.yotosmartstream.icons.ui.IconStudio;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.ui.FxWorkspaceDialogs;
import javafx.scene.Node;

/** The Icons page: the icon studio from the icons module, on the view models its feature gives it. */
public final class IconsPage implements GuardedPage {

    private final IconStudio studio;
    private final IconLibraryViewModel icons;
    private final WorkspaceDialogs questions = new FxWorkspaceDialogs(this::window);

    public IconsPage(IconsFeature feature) {
        icons = feature.icons();
        studio = new IconStudio(feature.editor(), icons, feature.executor(),
                FilePrompt.dialogs(this::window));
        feature.load();
    }

    private javafx.stage.Window window() {
        return studio.view().getScene() == null ? null : studio.view().getScene().getWindow();
    }

    @Override
    public Node view() {
        return studio.view();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return icons.hasUnsavedChanges();
    }

    /** Asks as the Stories page does; a failed save keeps the app open and says why in the status line. */
    @Override
    public void confirmClose(Runnable proceed) {
        String name = icons.nameProperty().get().isBlank() ? "Untitled" : icons.nameProperty().get().strip();
        switch (questions.askToSave(name)) {
            case SAVE -> icons.save(saved -> proceed.run());
            case DISCARD -> proceed.run();
            case CANCEL -> {
            }
        }
    }
}
