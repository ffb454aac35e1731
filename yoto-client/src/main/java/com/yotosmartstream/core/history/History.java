package com.yotosmartstream.core.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One undo/redo history, the same for every editor (stories, icons, card drafts; ADR 0046). It
 * keeps the steps and knows which point of the history was saved; the editor's document keeps
 * what a step is and applies it: {@link #undo()} hands back the step to take back, {@link #redo()}
 * the step to do again.
 * <ul>
 *   <li>Bounded: past {@code limit} steps the oldest one is forgotten.</li>
 *   <li>Each point of the history has a state id ({@link #state()}); the saved marker is a state id,
 *       so undoing or redoing back to the saved point is clean again, and a point that fell off the
 *       bound is never mistaken for it.</li>
 *   <li>Merge keys: a step recorded with the same key as the one before it merges into it (typing in
 *       one field, a drag in many moves) until {@link #closeMerge()}, an undo, a redo or a save. A
 *       step never merges into the saved point, so undo can always go back to it.</li>
 * </ul>
 * Not thread-safe: use it from one thread (the FX thread).
 *
 * @param <S> a step as the document records it (a command, or a state before and after)
 */
public final class History<S> implements Undoable {

    /** A limit that never forgets a step. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** A step, the state id it leads to, and its merge key (null: never merges). */
    private record Entry<S>(S step, long state, Object mergeKey) {
    }

    private final int limit;
    private final Function<? super S, String> describe;
    private final Deque<Entry<S>> done = new ArrayDeque<>();
    private final Deque<Entry<S>> undone = new ArrayDeque<>();
    /** The state id before the oldest step kept. */
    private long base;
    private long saved;
    private long nextState = 1;
    private boolean mergeOpen;

    /**
     * @param limit how many steps undo keeps (at least 1, or {@link #UNBOUNDED})
     * @param describe what a step is called in the Undo and Redo menu items
     */
    public History(int limit, Function<? super S, String> describe) {
        if (limit < 1) {
            throw new IllegalArgumentException("A history keeps at least one step, not " + limit);
        }
        this.limit = limit;
        this.describe = Objects.requireNonNull(describe);
    }

    /** Records a step that has been done, as its own undo step; clears redo. */
    public void record(S step) {
        record(step, Optional.empty(), null);
    }

    /**
     * Records a step that has been done; clears redo. When {@code mergeKey} is present and equal to
     * the key of the last step, while merging is open, the two become one step, {@code merge}d.
     */
    public void record(S step, Optional<?> mergeKey, BinaryOperator<S> merge) {
        Objects.requireNonNull(step);
        undone.clear();
        Object key = mergeKey.orElse(null);
        Entry<S> last = done.peekLast();
        if (mergeOpen && key != null && last != null && key.equals(last.mergeKey()) && last.state() != saved) {
            done.removeLast();
            done.addLast(new Entry<>(merge.apply(last.step(), step), nextState++, key));
        } else {
            done.addLast(new Entry<>(step, nextState++, key));
            if (done.size() > limit) {
                base = done.removeFirst().state();
            }
        }
        mergeOpen = key != null;
    }

    /** Ends merging: the next step stands on its own even if its merge key matches. */
    public void closeMerge() {
        mergeOpen = false;
    }

    /** Takes back the last step: the document reverts what it returns. Empty when there is none. */
    public Optional<S> undo() {
        mergeOpen = false;
        Entry<S> entry = done.pollLast();
        if (entry == null) {
            return Optional.empty();
        }
        undone.addLast(entry);
        return Optional.of(entry.step());
    }

    /** Does the last undone step again: the document applies what it returns. Empty when there is none. */
    public Optional<S> redo() {
        mergeOpen = false;
        Entry<S> entry = undone.pollLast();
        if (entry == null) {
            return Optional.empty();
        }
        done.addLast(entry);
        return Optional.of(entry.step());
    }

    @Override
    public boolean canUndo() {
        return !done.isEmpty();
    }

    @Override
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    @Override
    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peekLast()).map(e -> describe.apply(e.step()));
    }

    @Override
    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peekLast()).map(e -> describe.apply(e.step()));
    }

    /** How many steps can be undone. */
    public int undoSize() {
        return done.size();
    }

    /** The id of the current point of the history: equal ids mean the same point. */
    public long state() {
        Entry<S> last = done.peekLast();
        return last == null ? base : last.state();
    }

    /** Whether the current point is not the one last saved. */
    @Override
    public boolean isDirty() {
        return state() != saved;
    }

    /** The current point is the saved one. */
    public void markSaved() {
        markSavedAt(state());
    }

    /**
     * An earlier point is the saved one: a save that ran in the background while the user went on
     * editing saved the point {@code state}, not the current one.
     */
    public void markSavedAt(long state) {
        saved = state;
        mergeOpen = false;
    }

    /** No point of the history is saved (work recovered after a crash). */
    public void markUnsaved() {
        saved = -1;
        mergeOpen = false;
    }

    /** Forgets every step and starts again from a point that is saved (a document opened or made). */
    public void clear() {
        done.clear();
        undone.clear();
        base = nextState++;
        saved = base;
        mergeOpen = false;
    }
}
