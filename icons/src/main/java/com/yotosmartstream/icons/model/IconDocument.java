package com.yotosmartstream.icons.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The picture being painted, with its undo history: every stroke and every command is one step
 * (the image before and after it, 1 KB each). Knows whether it changed since it was last saved.
 * Not thread-safe: use it from one thread (the UI thread).
 */
public final class IconDocument {

    /** How many steps can be undone. */
    public static final int HISTORY = 500;

    /** One undoable change. */
    public record Edit(String description, IconImage before, IconImage after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private IconImage image;
    private Stroke stroke;
    private String strokeName;
    private IconImage strokeStart;
    /** Counts changes; the saved state is a revision, so undoing back to it is "saved" again. */
    private long revision;
    private long savedRevision;
    private long nextRevision = 1;
    private final Deque<Long> undoRevisions = new ArrayDeque<>();
    private final Deque<Long> redoRevisions = new ArrayDeque<>();

    public IconDocument() {
        this(IconImage.blank());
    }

    public IconDocument(IconImage image) {
        this.image = image;
    }

    public IconImage image() {
        return image;
    }

    /** Called after every change of the picture, history or saved state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Starts a stroke of the tool at (x, y); the picture shows it at once. */
    public void beginStroke(Tool tool, int x, int y, int colour, Symmetry symmetry) {
        if (stroke != null) {
            endStroke();
        }
        strokeStart = image;
        strokeName = tool.label();
        stroke = tool.begin(image, x, y, colour, symmetry);
        show(stroke.image());
    }

    /** The pointer moved while the stroke goes on. */
    public void strokeTo(int x, int y) {
        if (stroke != null) {
            show(stroke.to(x, y));
        }
    }

    /** Ends the stroke: one undo step, unless it changed nothing. */
    public void endStroke() {
        if (stroke == null) {
            return;
        }
        IconImage before = strokeStart;
        IconImage after = stroke.image();
        stroke = null;
        strokeStart = null;
        image = before;
        record(strokeName, after);
    }

    /** Abandons the stroke (Escape): the picture is as before it. */
    public void cancelStroke() {
        if (stroke != null) {
            IconImage before = strokeStart;
            stroke = null;
            strokeStart = null;
            show(before);
        }
    }

    public boolean inStroke() {
        return stroke != null;
    }

    /** Applies a command to the whole picture as one undo step (nothing recorded if it changed nothing). */
    public boolean apply(String description, UnaryOperator<IconImage> command) {
        endStroke();
        return record(description, command.apply(image));
    }

    /** Replaces the picture as one undo step (an import, a pasted icon). */
    public boolean replace(String description, IconImage replacement) {
        return apply(description, current -> replacement);
    }

    /** Starts over with another picture (an opened icon): no history, nothing unsaved. */
    public void load(IconImage loaded) {
        stroke = null;
        strokeStart = null;
        undo.clear();
        redo.clear();
        undoRevisions.clear();
        redoRevisions.clear();
        image = loaded;
        revision = nextRevision++;
        savedRevision = revision;
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty() && stroke == null;
    }

    public boolean canRedo() {
        return !redo.isEmpty() && stroke == null;
    }

    /** What undo would take back. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public boolean undo() {
        endStroke();
        if (undo.isEmpty()) {
            return false;
        }
        Edit edit = undo.pop();
        redo.push(edit);
        redoRevisions.push(revision);
        revision = undoRevisions.pop();
        image = edit.before();
        changed();
        return true;
    }

    public boolean redo() {
        endStroke();
        if (redo.isEmpty()) {
            return false;
        }
        Edit edit = redo.pop();
        undo.push(edit);
        undoRevisions.push(revision);
        revision = redoRevisions.pop();
        image = edit.after();
        changed();
        return true;
    }

    /** The picture as it is now has been saved. */
    public void markSaved() {
        savedRevision = revision;
        changed();
    }

    /** Whether the picture differs, by history, from what was last saved or loaded. */
    public boolean isDirty() {
        return revision != savedRevision;
    }

    public int undoSize() {
        return undo.size();
    }

    private boolean record(String description, IconImage after) {
        if (after.equals(image)) {
            changed();
            return false;
        }
        undo.push(new Edit(description, image, after));
        undoRevisions.push(revision);
        if (undo.size() > HISTORY) {
            undo.removeLast();
            undoRevisions.removeLast();
        }
        redo.clear();
        redoRevisions.clear();
        revision = nextRevision++;
        image = after;
        changed();
        return true;
    }

    private void show(IconImage shown) {
        image = shown;
        changed();
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
