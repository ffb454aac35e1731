package com.yotosmartstream.core.history;

import java.util.Optional;

/**
 * The part every edited document shares: its {@link History} and what Undo, Redo and the unsaved
 * marker show of it. A document records each change in {@link #history} and applies the steps
 * that {@code history.undo()} and {@code history.redo()} hand back; it overrides a question only
 * where it knows more (a stroke in progress, a property kept outside the history).
 *
 * @param <S> a step as the document records it
 */
public abstract class UndoableDocument<S> implements Undoable {

    protected final History<S> history;

    protected UndoableDocument(History<S> history) {
        this.history = history;
    }

    @Override
    public boolean canUndo() {
        return history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return history.canRedo();
    }

    /** What Undo would take back. */
    @Override
    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    @Override
    public Optional<String> redoDescription() {
        return history.redoDescription();
    }

    /** Whether the document differs, by its history, from what was last saved or opened. */
    @Override
    public boolean isDirty() {
        return history.isDirty();
    }

    /** How many steps can be undone. */
    public int undoSize() {
        return history.undoSize();
    }
}
