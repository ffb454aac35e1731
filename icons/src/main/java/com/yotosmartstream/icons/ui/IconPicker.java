package com.yotosmartstream.icons.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.picker.IconChoice;
import com.yotosmartstream.icons.picker.IconSource;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A reusable icon picker: a search field over the icons of one or more {@link IconSource}s (the
 * icon library, Yoto's public icons, ...), shown as tiles. Clicking a tile selects it;
 * double-clicking or Enter chooses it ({@link #setOnChoose}). Sources are searched in the
 * background through the task executor. Pages that need an icon (story nodes, card chapters)
 * get one with sources the app passes in.
 */
public final class IconPicker extends Control {

    private final ObservableList<IconSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<IconSource> source = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<IconChoice> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Consumer<IconChoice>> onChoose = new SimpleObjectProperty<>(choice -> { });
    private final TaskExecutor executor;

    public IconPicker(TaskExecutor executor, List<IconSource> sources) {
        this.executor = executor;
        this.sources.setAll(sources);
        if (!sources.isEmpty()) {
            source.set(sources.get(0));
        }
        getStyleClass().add("icon-picker");
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ObservableList<IconSource> sources() {
        return sources;
    }

    /** The source shown. */
    public ObjectProperty<IconSource> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<IconChoice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    void select(IconChoice choice) {
        selected.set(choice);
    }

    /** Called with the icon the user chose (double-click or Enter). */
    public void setOnChoose(Consumer<IconChoice> handler) {
        onChoose.set(handler == null ? choice -> { } : handler);
    }

    void choose(IconChoice choice) {
        selected.set(choice);
        onChoose.get().accept(choice);
    }

    /** Searches the shown source again (after the library changed, say). */
    public void refresh() {
        if (getSkin() instanceof IconPickerSkin skin) {
            skin.search();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new IconPickerSkin(this);
    }
}
