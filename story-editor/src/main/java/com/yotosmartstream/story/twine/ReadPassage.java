package com.yotosmartstream.story.twine;

import java.util.List;

/**
 * A passage read with its story format's syntax: the narration (prose with markup rendered to
 * plain text, every macro, comment and script removed), the ways it leads on in the order
 * written, what could not become an exit (with the exact text), the macros met, and what the
 * passage sets in the story's variable language (ADR 0082).
 */
public record ReadPassage(String narration, List<Choice> choices, List<Unmapped> unmapped, List<Met> met,
        List<String> sets) {

    public ReadPassage {
        sets = List.copyOf(sets);
        choices = List.copyOf(choices);
        unmapped = List.copyOf(unmapped);
        met = List.copyOf(met);
    }

    /** Text the card cannot carry, exactly as written, and why. */
    public record Unmapped(String text, String why) {
    }

    /** A macro (or insert, or tag) met in the passage and what became of it. */
    public record Met(String macro, String outcome) {
    }
}
