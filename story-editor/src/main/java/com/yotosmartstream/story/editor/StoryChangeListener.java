package com.yotosmartstream.story.editor;

import com.yotosmartstream.story.model.Story;

/** Hears each change of the story being edited. */
@FunctionalInterface
public interface StoryChangeListener {

    /**
     * @param before the story before the change; null when a different story was loaded (redraw all)
     * @param after the story now
     */
    void changed(Story before, Story after);
}
