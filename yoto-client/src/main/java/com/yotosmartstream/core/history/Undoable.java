package com.yotosmartstream.core.history;

import java.util.Optional;

/** What an editor's Undo and Redo items and its unsaved marker show of its document. */
public interface Undoable {

    boolean canUndo();

    boolean canRedo();

    /** What Undo would take back, as the step is called ("Move 3 nodes"). */
    Optional<String> undoDescription();

    Optional<String> redoDescription();

    /** Whether the document differs from what was last saved. */
    boolean isDirty();
}
