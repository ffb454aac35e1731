package com.yotosmartstream.app.cards;

import com.yotosmartstream.core.history.History;
import com.yotosmartstream.core.history.UndoableDocument;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The card being edited and its undo history. Each edit replaces the draft with another (drafts
 * are immutable, so a step keeps both); the steps are kept by a {@link History} (ADR 0046), whose
 * saved marker is the card as opened or last published. {@link #revisionProperty()} counts changes
 * and drives the unsaved marker and the menus. Listeners of the draft must not edit it.
 */
public final class DraftHistory extends UndoableDocument<DraftHistory.Edit> {

    /** How many steps undo keeps (as many as the story editor and the icon painter). */
    public static final int LIMIT = 500;

    /** One edit: what it was called, and the draft before and after it. */
    public record Edit(String description, CardDraft before, CardDraft after) {
    }

    private final ReadOnlyObjectWrapper<CardDraft> draft;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public DraftHistory(CardDraft initial) {
        this(initial, LIMIT);
    }

    public DraftHistory(CardDraft initial, int limit) {
        super(new History<>(limit, Edit::description));
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
        history.record(new Edit(description, before, after));
        set(after);
    }

    public void undo() {
        history.undo().ifPresent(edit -> set(edit.before()));
    }

    public void redo() {
        history.redo().ifPresent(edit -> set(edit.after()));
    }

    /**
     * Starts again from a draft: a card opened or made, or the card as Yoto saved it after a
     * publish (its id is then part of every draft, so no undo may go back to a draft without it).
     */
    public void reset(CardDraft fresh) {
        history.clear();
        set(fresh);
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void set(CardDraft next) {
        draft.set(next);
        revision.set(revision.get() + 1);
    }
}
