package com.yotosmartstream.app.cards;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The card editor's one undo stack. Each edit is a command that replaces the draft with another
 * (drafts are immutable, so the command keeps both); {@link #revisionProperty()} counts changes
 * and drives the unsaved marker and the menus. Listeners of the draft must not edit it.
 */
public final class DraftHistory {

    /** One edit: what it was called, and the draft before and after it. */
    public record Edit(String description, CardDraft before, CardDraft after) {
    }

    private final ReadOnlyObjectWrapper<CardDraft> draft;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");

    public DraftHistory(CardDraft initial) {
        draft = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<CardDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public CardDraft draft() {
        return draft.get();
    }

    /** Applies an edit; an edit that changes nothing is not recorded. */
    public void apply(String description, CardDraft after) {
        CardDraft before = draft.get();
        if (before.equals(after)) {
            return;
        }
        undo.push(new Edit(description, before, after));
        redo.clear();
        set(after);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Edit edit = undo.pop();
            redo.push(edit);
            set(edit.before());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Edit edit = redo.pop();
            undo.push(edit);
            set(edit.after());
        }
    }

    /**
     * Starts again from a draft: a card opened or made, or the card as Yoto saved it after a
     * publish (its id is then part of every draft, so no undo may go back to a draft without it).
     */
    public void reset(CardDraft fresh) {
        undo.clear();
        redo.clear();
        set(fresh);
    }

    /** Whether the draft differs from the card as opened or last published. */
    public boolean unsaved() {
        return !undo.isEmpty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void set(CardDraft next) {
        draft.set(next);
        undoText.set(undo.isEmpty() ? "" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "" : "Redo " + redo.peek().description());
        revision.set(revision.get() + 1);
    }
}
