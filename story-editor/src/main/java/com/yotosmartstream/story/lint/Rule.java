package com.yotosmartstream.story.lint;

/** What the lint checks, each with how bad a finding is. */
public enum Rule {
    EMPTY_STORY(Severity.ERROR),
    NO_START(Severity.ERROR),
    MISSING_TARGET(Severity.ERROR),
    /** A node with neither audio nor words to speak. */
    NO_AUDIO(Severity.ERROR),
    /** A node without recorded audio whose text the computer's voice speaks (generated narration, ADR 0077). */
    SPOKEN(Severity.WARNING),
    TOO_MANY_NODES(Severity.ERROR),
    /** A variable, set or condition the card cannot hold (ADR 0082). */
    VARIABLES(Severity.ERROR),
    TRACK_TOO_LONG(Severity.ERROR),
    /** Found by the compiler, not the lint: the library no longer has the node's track. */
    TRACK_NOT_IN_LIBRARY(Severity.ERROR),
    LOOP_WITHOUT_EXIT(Severity.WARNING),
    DEAD_END(Severity.WARNING),
    /** A question stops the story when nobody answers before its track ends. */
    QUESTION_STOPS(Severity.WARNING),
    /** A node marked as an ending still leads on. */
    ENDING_WITH_EXITS(Severity.WARNING),
    UNREACHABLE(Severity.WARNING);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
