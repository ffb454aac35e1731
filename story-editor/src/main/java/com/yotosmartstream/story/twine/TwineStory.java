package com.yotosmartstream.story.twine;

import java.util.List;

/**
 * A story as read from Twee or Twine HTML, before it becomes a {@code Story}.
 *
 * @param start the start passage's name, empty when the source names none
 * @param format the story format it names ({@code StoryData}'s or {@code tw-storydata}'s), empty when none
 * @param formatVersion the format's version as named, empty when none
 * @param passages every passage, story passages and special ones alike, in file order
 * @param script Twine's "Story JavaScript" from published HTML (Twee holds it as a passage tagged {@code script})
 * @param stylesheet Twine's "Story Stylesheet" from published HTML
 * @param warnings what the parser skipped or could not read, per passage
 */
public record TwineStory(String name, String ifid, String start, String format, String formatVersion,
        List<TwinePassage> passages, String script, String stylesheet, List<String> warnings) {

    public TwineStory {
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
        format = format == null ? "" : format;
        formatVersion = formatVersion == null ? "" : formatVersion;
        script = script == null ? "" : script;
        stylesheet = stylesheet == null ? "" : stylesheet;
    }

    /** A story without a named format, script or stylesheet. */
    public TwineStory(String name, String ifid, String start, List<TwinePassage> passages, List<String> warnings) {
        this(name, ifid, start, "", "", passages, "", "", warnings);
    }
}
