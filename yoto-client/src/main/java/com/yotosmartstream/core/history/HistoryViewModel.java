package com.yotosmartstream.core.history;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What an editor's view binds for undo: whether Undo and Redo can run, what they would do ("Undo
 * Move node"), and whether there is unsaved work. An editor's view model owns one and calls
 * {@link #refresh} after each change of its document. Use it on the FX thread.
 */
public final class HistoryViewModel {

    private final UnaryOperator<String> wording;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    /** The menu texts use each step's description as it is. */
    public HistoryViewModel() {
        this(UnaryOperator.identity());
    }

    /** @param wording how a step's description reads after "Undo " and "Redo " */
    public HistoryViewModel(UnaryOperator<String> wording) {
        this.wording = Objects.requireNonNull(wording);
    }

    /** Shows the document as it is now. */
    public void refresh(Undoable document) {
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
        undoText.set(document.undoDescription().map(d -> "Undo " + wording.apply(d)).orElse("Undo"));
        redoText.set(document.redoDescription().map(d -> "Redo " + wording.apply(d)).orElse("Redo"));
        dirty.set(document.isDirty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo" and what it would take back. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Unsaved work. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
