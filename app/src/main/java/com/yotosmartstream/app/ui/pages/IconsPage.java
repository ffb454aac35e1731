package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.editor.PaletteViewModel;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.palette.Palette;
import com.yotosmartstream.icons.ui.FilePrompt;
import com.yotosmartstream.icons.ui.IconStudio;
import com.yotosmartstream.story.editor.WorkspaceDialogs;
import com.yotosmartstream.story.ui.FxWorkspaceDialogs;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Icons page: the icon studio from the icons module, on the app's database and executor, with
 * uploads and Yoto's public icons going to the household's account (demo mode's simulated one, or
 * the signed-in one).
 */
public final class IconsPage implements GuardedPage {

    private static final Logger LOG = LoggerFactory.getLogger(IconsPage.class);
    private final IconStudio studio;
    private final IconLibraryViewModel icons;
    private final WorkspaceDialogs questions = new FxWorkspaceDialogs(this::window);

    public IconsPage(AppServices services, HouseholdService household) {
        IconLibrary library = new IconLibrary(services.database(), Clock.systemUTC());
        Executor paletteWriter = services.executor().serial("icon-palettes");
        PaletteViewModel palettes = new PaletteViewModel(List.of(), saved -> paletteWriter.execute(() -> {
            try {
                library.savePalettes(saved);
            } catch (StorageException e) {
                LOG.warn("Could not keep the palettes: {}", e.getMessage());
            }
        }));
        IconEditorViewModel editor = new IconEditorViewModel(palettes);
        icons = new IconLibraryViewModel(library, services.executor(), editor);
        studio = new IconStudio(editor, icons, services.executor(),
                FilePrompt.dialogs(this::window));
        services.executor().submit(BackgroundTask.of("Opening the icon library", ctx -> {
            int purged = library.purgeDeleted();
            if (purged > 0) {
                LOG.info("Removed {} icons deleted in an earlier session", purged);
            }
            return library.palettes();
        }).onSuccess((List<Palette> saved) -> {
            palettes.addLoaded(saved);
            icons.refresh();
        }).onFailure(error -> icons.statusProperty().set("The icon library could not be opened: "
                + error.getMessage())));
        icons.cloudProperty().set(cloud(household.connection().orElse(null)));
        household.connectionProperty().addListener((obs, old, now) -> icons.cloudProperty().set(cloud(now)));
    }

    private static IconCloud cloud(HouseholdConnection connection) {
        return connection == null ? null : IconCloud.of(connection.api(), connection.demo() ? "demo" : "yoto");
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
