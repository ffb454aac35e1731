package com.yotosmartstream.story.edit;

import com.yotosmartstream.core.history.History;
import com.yotosmartstream.core.history.UndoableDocument;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The story being edited and its one undo/redo stack. Every change goes through {@link #execute};
 * listeners hear each change (old and new story) after it happened and must not execute commands
 * themselves. A document is dirty when its story is not the one last saved, so undoing back to
 * the saved state makes it clean again. The steps are kept by a {@link History} (ADR 0046). Not
 * thread-safe: use it from one thread (the FX thread).
 */
public final class StoryDocument extends UndoableDocument<StoryCommand> {

    /** How many steps undo remembers. */
    public static final int DEFAULT_LIMIT = 500;

    private final List<BiConsumer<Story, Story>> listeners = new CopyOnWriteArrayList<>();
    private Story story;
    private Optional<PublishedCard> savedCard;
    private boolean notifying;

    public StoryDocument(Story story) {
        this(story, DEFAULT_LIMIT);
    }

    public StoryDocument(Story story, int limit) {
        super(new History<>(limit, StoryCommand::description));
        this.story = Objects.requireNonNull(story);
        this.savedCard = story.info().card();
    }

    public Story story() {
        return story;
    }

    /** Listens to every change: (before, after). */
    public void addListener(BiConsumer<Story, Story> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<Story, Story> listener) {
        listeners.remove(listener);
    }

    /**
     * Applies the command and puts it on the undo stack (clearing redo). A command that changes
     * nothing is dropped. A command with the same merge key as the last one merges with it, until
     * {@link #closeMerge()}.
     */
    public void execute(StoryCommand command) {
        if (notifying) {
            throw new IllegalStateException("A listener may not execute commands: " + command.description());
        }
        Story after = command.apply(story);
        if (after.equals(story)) {
            return;
        }
        history.record(command, command.mergeKey(), StoryCommand::mergedWith);
        change(after);
    }

    /** Ends merging: the next command starts its own undo step even if its merge key matches. */
    public void closeMerge() {
        history.closeMerge();
    }

    public boolean undo() {
        Optional<StoryCommand> command = history.undo();
        command.ifPresent(c -> change(c.revert(story)));
        return command.isPresent();
    }

    public boolean redo() {
        Optional<StoryCommand> command = history.redo();
        command.ifPresent(c -> change(c.apply(story)));
        return command.isPresent();
    }

    /** An id of the current state: equal ids mean the same point in the edit history. */
    public long state() {
        return history.state();
    }

    /** Whether the story differs from the one last saved: in its edits, or in the card it was published as. */
    @Override
    public boolean isDirty() {
        return history.isDirty() || !story.info().card().equals(savedCard);
    }

    /** Marks the current state as the saved one. */
    public void markSaved() {
        history.markSaved();
        savedCard = story.info().card();
        fire(story, story);
    }

    /**
     * Remembers the card the story was published as (or forgets it, with empty). This is a
     * property of the document, not an edit: it is not on the undo stack, and undo and redo leave
     * it as it is, because the card stays on Yoto whatever the story's history does (ADR 0028). The
     * document is dirty until it is saved with it.
     */
    public void setCard(Optional<PublishedCard> card) {
        if (notifying) {
            throw new IllegalStateException("A listener may not change the document's card");
        }
        if (!story.info().card().equals(card)) {
            change(story.withInfo(story.info().withCard(card)));
        }
    }

    /**
     * Marks an earlier state as the saved one: a save that ran in the background while the user
     * went on editing saved the story of {@code state}, not the current one.
     */
    public void markSavedAt(long state) {
        markSavedAt(state, story);
    }

    /** As {@link #markSavedAt(long)}, where {@code saved} is the story that was written (its card included). */
    public void markSavedAt(long state, Story saved) {
        history.markSavedAt(state);
        savedCard = saved.info().card();
        fire(story, story);
    }

    /** Marks the document as changed since its last save (for a story recovered after a crash). */
    public void markUnsaved() {
        history.markUnsaved();
        fire(story, story);
    }

    private void change(Story after) {
        Story before = story;
        story = after;
        fire(before, after);
    }

    private void fire(Story before, Story after) {
        notifying = true;
        try {
            for (BiConsumer<Story, Story> listener : listeners) {
                listener.accept(before, after);
            }
        } finally {
            notifying = false;
        }
    }
}
