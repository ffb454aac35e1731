package com.yotosmartstream.icons.model;

import com.yotosmartstream.core.history.History;
import com.yotosmartstream.core.history.UndoableDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The icon being painted (one frame, or several for an animated icon) with its undo history:
 * every stroke, every command and every change to the frames is one step, kept as the whole
 * icon before and after it (a frame is 1 KB). Undo and redo show the frame the step changed.
 * Knows whether the icon changed since it was last saved. The steps are kept by a {@link History}
 * (ADR 0046). Not thread-safe: use it from one thread (the UI thread).
 */
public final class IconDocument extends UndoableDocument<IconDocument.Edit> {

    /** How many steps can be undone. */
    public static final int HISTORY = 500;

    /** The icon and the frame being painted. */
    public record State(IconAnimation animation, int frame) {
        public State {
            if (frame < 0 || frame >= animation.size()) {
                throw new IllegalArgumentException("Frame " + frame + " of " + animation.size());
            }
        }

        IconImage image() {
            return animation.image(frame);
        }
    }

    /** One undoable change. */
    public record Edit(String description, State before, State after) {
    }

    private final List<Runnable> listeners = new ArrayList<>();
    private State state;
    /** The picture shown while a stroke goes on (the state's frame as the stroke has drawn it so far). */
    private IconImage shown;
    private Stroke stroke;
    private String strokeName;

    public IconDocument() {
        this(IconImage.blank());
    }

    public IconDocument(IconImage image) {
        super(new History<>(HISTORY, Edit::description));
        state = new State(IconAnimation.still(image), 0);
        shown = image;
    }

    /** The frame being painted, with the stroke in progress drawn on it. */
    public IconImage image() {
        return shown;
    }

    /** The whole icon (without a stroke in progress). */
    public IconAnimation animation() {
        return state.animation();
    }

    /** The index of the frame being painted. */
    public int frame() {
        return state.frame();
    }

    /** Called after every change of the picture, the frames, the history or the saved state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Starts a stroke of the tool at (x, y); the picture shows it at once. */
    public void beginStroke(Tool tool, int x, int y, int colour, Symmetry symmetry) {
        if (stroke != null) {
            endStroke();
        }
        strokeName = tool.label();
        stroke = tool.begin(state.image(), x, y, colour, symmetry);
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
        IconImage after = stroke.image();
        stroke = null;
        shown = state.image();
        record(strokeName, new State(state.animation().withImage(state.frame(), after), state.frame()));
    }

    /** Abandons the stroke (Escape): the picture is as before it. */
    public void cancelStroke() {
        if (stroke != null) {
            stroke = null;
            show(state.image());
        }
    }

    public boolean inStroke() {
        return stroke != null;
    }

    /** Applies a command to the frame being painted, as one undo step (none if it changed nothing). */
    public boolean apply(String description, UnaryOperator<IconImage> command) {
        endStroke();
        IconImage changed = command.apply(state.image());
        return record(description, new State(state.animation().withImage(state.frame(), changed), state.frame()));
    }

    /** Replaces the frame being painted as one undo step (an import, a pasted icon). */
    public boolean replace(String description, IconImage replacement) {
        return apply(description, current -> replacement);
    }

    /**
     * Changes the frames as one undo step and shows frame {@code show} of the result (adding,
     * deleting, moving frames, changing a duration, importing an animation).
     */
    public boolean changeFrames(String description, UnaryOperator<IconAnimation> change, int show) {
        endStroke();
        IconAnimation changed = change.apply(state.animation());
        return record(description, new State(changed, Math.max(0, Math.min(show, changed.size() - 1))));
    }

    /** Shows another frame for painting (not an undo step). */
    public void selectFrame(int index) {
        endStroke();
        if (index != state.frame() && index >= 0 && index < state.animation().size()) {
            state = new State(state.animation(), index);
            shown = state.image();
            changed();
        }
    }

    /** Starts over with another picture (an opened icon): no history, nothing unsaved. */
    public void load(IconImage loaded) {
        load(IconAnimation.still(loaded));
    }

    /** Starts over with another icon (an opened animation): no history, nothing unsaved. */
    public void load(IconAnimation loaded) {
        stroke = null;
        history.clear();
        state = new State(loaded, 0);
        shown = state.image();
        changed();
    }

    /** Not while a stroke goes on. */
    @Override
    public boolean canUndo() {
        return super.canUndo() && stroke == null;
    }

    @Override
    public boolean canRedo() {
        return super.canRedo() && stroke == null;
    }

    public boolean undo() {
        endStroke();
        Optional<Edit> edit = history.undo();
        edit.ifPresent(e -> setState(e.before()));
        return edit.isPresent();
    }

    public boolean redo() {
        endStroke();
        Optional<Edit> edit = history.redo();
        edit.ifPresent(e -> setState(e.after()));
        return edit.isPresent();
    }

    /** The icon as it is now has been saved. */
    public void markSaved() {
        history.markSaved();
        changed();
    }


    private boolean record(String description, State after) {
        if (after.animation().equals(state.animation())) {
            if (after.frame() != state.frame()) {
                setState(after);
            } else {
                changed();
            }
            return false;
        }
        history.record(new Edit(description, state, after));
        setState(after);
        return true;
    }

    private void setState(State next) {
        state = next;
        shown = next.image();
        changed();
    }

    private void show(IconImage image) {
        shown = image;
        changed();
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
