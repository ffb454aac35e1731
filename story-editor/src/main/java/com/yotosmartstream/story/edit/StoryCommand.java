package com.yotosmartstream.story.edit;

import com.yotosmartstream.story.model.Story;
import java.util.Optional;

/**
 * One edit of a story, undoable: it knows how to apply itself to the story it was made for and how
 * to take itself back. Commands go through {@link StoryDocument#execute}, never applied by hand.
 */
public interface StoryCommand {

    /** What the edit did, for the Undo and Redo menu items ("Move 3 nodes"). */
    String description();

    Story apply(Story story);

    Story revert(Story story);

    /**
     * Commands with the same key that follow each other on the stack merge into one undo step
     * (typing into one field); empty for commands that never merge.
     */
    default Optional<String> mergeKey() {
        return Optional.empty();
    }

    /** This command followed by {@code next} (same merge key) as one command. */
    default StoryCommand mergedWith(StoryCommand next) {
        throw new UnsupportedOperationException(description() + " does not merge");
    }
}
