package com.yotosmartstream.story.lint;

import com.yotosmartstream.story.edit.StoryEdit;
import com.yotosmartstream.story.model.Story;
import java.util.function.Function;

/**
 * The obvious fix for a finding: a label for its button and the edit, made against the story as it
 * is when the user applies it (so it goes on the undo stack like any other edit).
 */
public record Fix(String label, Function<Story, StoryEdit> edit) {
}
