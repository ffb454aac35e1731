package com.yotosmartstream.icons.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.library.IconUploader;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The icon library for the view: the saved icons matching the search, the icon open in the
 * painter (its name and tags), saving, duplicating, deleting with undo, and uploading to the
 * current Yoto account. Database and network work runs through the task executor; results come
 * back on the UI thread.
 */
public final class IconLibraryViewModel {

    private final IconLibrary library;
    private final TaskExecutor executor;
    private final IconEditorViewModel editor;
    private final ObservableList<IconRecord> icons = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<IconRecord> open = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("Untitled");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<IconRecord> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<IconCloud> cloud = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canUpload;
    private String savedName = "Untitled";
    private String savedTags = "";

    public IconLibraryViewModel(IconLibrary library, TaskExecutor executor, IconEditorViewModel editor) {
        this.library = library;
        this.executor = executor;
        this.editor = editor;
        canUpload = Bindings.createBooleanBinding(() -> cloud.get() != null && !busy.get(), cloud, busy);
        query.addListener(obs -> refresh());
    }

    /** Lists the icons matching the query. */
    public void refresh() {
        String q = query.get();
        executor.submit(BackgroundTask.of("Searching icons", ctx -> library.search(q))
                .onSuccess(found -> {
                    if (q.equals(query.get())) {
                        icons.setAll(found);
                    }
                })
                .onFailure(error -> status.set("The icon library could not be read: " + error.getMessage())));
    }

    /** Starts a new, unsaved icon. */
    public void newIcon() {
        open.set(null);
        setNameAndTags("Untitled", "");
        editor.open(IconImage.blank());
    }

    /** Opens a saved icon in the painter. */
    public void open(IconRecord icon) {
        open.set(icon);
        setNameAndTags(icon.name(), String.join(", ", icon.tags()));
        editor.open(icon.animation());
        status.set("Opened " + icon.name() + ".");
    }

    /** Whether the painter, the name or the tags hold changes that are not saved. */
    public boolean hasUnsavedChanges() {
        return editor.dirtyProperty().get() || !name.get().equals(savedName) || !tags.get().equals(savedTags);
    }

    /** Saves the open icon (picture, name, tags), or adds the painting as a new icon. */
    public void save() {
        save(saved -> { });
    }

    /**
     * Saves as {@link #save()} does; {@code then} runs once the icon is saved (not when saving fails:
     * the status says why).
     */
    public void save(java.util.function.Consumer<IconRecord> then) {
        IconAnimation image = editor.animation();
        String iconName = name.get();
        List<String> iconTags = IconLibrary.tags(tags.get());
        IconRecord current = open.get();
        busy.set(true);
        executor.submit(BackgroundTask.of("Saving the icon", ctx -> {
            if (current == null) {
                return library.add(iconName, iconTags, image);
            }
            library.update(current.id(), image);
            library.rename(current.id(), iconName);
            return library.retag(current.id(), iconTags);
        }).onSuccess(saved -> {
            busy.set(false);
            open.set(saved);
            setNameAndTags(saved.name(), String.join(", ", saved.tags()));
            if (editor.animation().equals(image)) {
                editor.markSaved();
            }
            status.set("Saved " + saved.name() + ".");
            refresh();
            then.accept(saved);
        }).onFailure(error -> {
            busy.set(false);
            status.set("The icon could not be saved: " + error.getMessage() + ". Your painting is still here.");
        }));
    }

    /** Adds a copy of the icon to the library. */
    public void duplicate(IconRecord icon) {
        executor.submit(BackgroundTask.of("Duplicating the icon", ctx -> library.duplicate(icon.id()))
                .onSuccess(copy -> {
                    status.set("Made " + copy.name() + ".");
                    refresh();
                })
                .onFailure(error -> status.set("The icon could not be duplicated: " + error.getMessage())));
    }

    /** Renames an icon in the library (the open one keeps its name field in step). */
    public void rename(IconRecord icon, String newName) {
        executor.submit(BackgroundTask.of("Renaming the icon", ctx -> library.rename(icon.id(), newName))
                .onSuccess(renamed -> {
                    if (open.get() != null && open.get().id() == renamed.id()) {
                        open.set(renamed);
                        savedName = renamed.name();
                        name.set(renamed.name());
                    }
                    status.set("Renamed to " + renamed.name() + ".");
                    refresh();
                })
                .onFailure(error -> status.set("The icon could not be renamed: " + error.getMessage())));
    }

    /** Deletes an icon; {@link #undoDelete()} brings it back. */
    public void delete(IconRecord icon) {
        executor.submit(BackgroundTask.running("Deleting the icon", ctx -> library.delete(icon.id()))
                .onSuccess(done -> {
                    lastDeleted.set(icon);
                    if (open.get() != null && open.get().id() == icon.id()) {
                        open.set(null); // the painting stays; saving it makes a new icon
                        savedName = "";
                    }
                    status.set("Deleted " + icon.name() + ".");
                    refresh();
                })
                .onFailure(error -> status.set("The icon could not be deleted: " + error.getMessage())));
    }

    public void undoDelete() {
        IconRecord icon = lastDeleted.get();
        if (icon == null) {
            return;
        }
        executor.submit(BackgroundTask.running("Restoring the icon", ctx -> library.restore(icon.id()))
                .onSuccess(done -> {
                    lastDeleted.set(null);
                    status.set("Restored " + icon.name() + ".");
                    refresh();
                })
                .onFailure(error -> status.set("The icon could not be restored: " + error.getMessage())));
    }

    /**
     * Saves the painting if it has changes, then uploads it to the current Yoto account unless that
     * account has this very picture already.
     */
    public void uploadOpen() {
        if (open.get() == null || hasUnsavedChanges()) {
            save(this::upload);
        } else {
            upload(open.get());
        }
    }

    public void upload(IconRecord icon) {
        IconCloud target = cloud.get();
        if (target == null) {
            status.set("Sign in to Yoto (or use demo mode) to upload icons.");
            return;
        }
        busy.set(true);
        status.set("Uploading " + icon.name() + "...");
        executor.submit(BackgroundTask.of("Uploading " + icon.name(), ctx -> new IconUploader(library, target).upload(icon))
                .onSuccess(uploaded -> {
                    busy.set(false);
                    status.set(uploaded.sent()
                            ? "Uploaded " + icon.name() + " to Yoto as " + uploaded.reference() + "."
                            : icon.name() + " is on Yoto already as " + uploaded.reference() + "; not sent again.");
                })
                .onFailure(error -> {
                    busy.set(false);
                    status.set("The upload failed: " + error.getMessage() + ". Try again later.");
                }));
    }

    private void setNameAndTags(String iconName, String iconTags) {
        savedName = iconName;
        savedTags = iconTags;
        name.set(iconName);
        tags.set(iconTags);
    }

    public ObservableList<IconRecord> icons() {
        return icons;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The saved icon open in the painter; null for a new one. */
    public ReadOnlyObjectProperty<IconRecord> openProperty() {
        return open.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The icon deleted last, while its delete can be undone. */
    public ReadOnlyObjectProperty<IconRecord> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** Where uploads go; null when there is no Yoto account (none signed in, no demo). */
    public ObjectProperty<IconCloud> cloudProperty() {
        return cloud;
    }

    public BooleanBinding canUploadProperty() {
        return canUpload;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
