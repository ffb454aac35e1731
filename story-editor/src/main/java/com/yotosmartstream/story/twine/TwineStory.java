package com.yotosmartstream.story.twine;

import java.util.List;

/**
 * A story as read from Twee or Twine HTML, before it becomes a {@code Story}.
 *
 * @param start the start passage's name, empty when the source names none
 * @param warnings what the parser skipped or could not read, per passage
 */
public record TwineStory(String name, String ifid, String start, List<TwinePassage> passages, List<String> warnings) {

    public TwineStory {
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
    }
}
