package com.yotosmartstream.story.twine;

/**
 * One way a passage leads on, found in its source: a {@code [[link]]}, a story-format macro
 * ({@code (link-goto:)}, {@code <<link>>}, {@code {link to:}}...) or Yoto's empty button slot
 * {@code [[]]}.
 *
 * @param label the words the reader clicks; empty for an automatic move or an empty slot
 * @param target the passage it leads to ({@link #START} for "restart"); empty for an empty slot
 * @param source the text it was written as
 * @param automatic the passage moves on by itself ({@code (go-to:)}, {@code <<goto>>}): the end of
 *     the track, not a button
 * @param condition the {@code (if:)}/{@code <<if>>} around it in the variable language (ADR 0082);
 *     empty when it is always there
 */
public record Choice(String label, String target, String source, boolean automatic, String condition) {

    public Choice(String label, String target, String source, boolean automatic) {
        this(label, target, source, automatic, "");
    }

    /** The target of a restart link: the story's start passage, whatever it is called. */
    public static final String START = "\u0000start";

    public static Choice emptySlot(String source) {
        return new Choice("", "", source, false);
    }

    /** Yoto's {@code [[]]}: a button left empty so the next link keeps its place (twine-to-yoto). */
    public boolean isEmptySlot() {
        return target.isEmpty();
    }
}
