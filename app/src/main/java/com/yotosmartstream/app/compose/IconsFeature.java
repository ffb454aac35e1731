package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.editor.PaletteViewModel;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.palette.Palette;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Icons page is given: the icon studio's view models on the shared icon library (opened in
 * the background, palettes saved in order), with uploads and Yoto's public icons going to the
 * household's account (demo mode's simulated one, or the signed-in one), and the executor.
 */
public final class IconsFeature {

    private static final Logger LOG = LoggerFactory.getLogger(IconsFeature.class);

    private final IconEditorViewModel editor;
    private final IconLibraryViewModel icons;
    private final TaskExecutor executor;
    private final IconLibrary library;
    private final PaletteViewModel palettes;

    IconsFeature(IconLibrary library, TaskExecutor executor, HouseholdService household) {
        this.executor = executor;
        Executor paletteWriter = executor.serial("icon-palettes");
        PaletteViewModel palettes = new PaletteViewModel(List.of(), saved -> paletteWriter.execute(() -> {
            try {
                library.savePalettes(saved);
            } catch (StorageException e) {
                LOG.warn("Could not keep the palettes: {}", e.getMessage());
            }
        }));
        editor = new IconEditorViewModel(palettes);
        icons = new IconLibraryViewModel(library, executor, editor);
        this.library = library;
        this.palettes = palettes;
        icons.cloudProperty().set(cloud(household.connection().orElse(null)));
        household.connectionProperty().addListener((obs, old, now) -> icons.cloudProperty().set(cloud(now)));
    }

    /** Opens the library in the background (drops icons deleted in an earlier session, loads the palettes). */
    public void load() {
        executor.submit(BackgroundTask.of("Opening the icon library", ctx -> {
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
    }

    private static IconCloud cloud(HouseholdConnection connection) {
        return connection == null ? null : IconCloud.of(connection.api(), connection.demo() ? "demo" : "yoto");
    }

    public IconEditorViewModel editor() {
        return editor;
    }

    /** The library side of the studio; also the page's unsaved-work state. */
    public IconLibraryViewModel icons() {
        return icons;
    }

    public TaskExecutor executor() {
        return executor;
    }
}
