package com.yotosmartstream.story.trace;

/** How a journey ended. */
public enum Outcome {
    /** The last node's track ran out and the story stopped there. */
    ENDING("reached an ending"),
    /** A question's track ran out before anyone pressed a button, and the card stopped. */
    TIMED_OUT("nobody chose in time"),
    /** The player stopped without ever playing the last node's track (it could not load it). */
    NOT_PLAYED("its track could not play"),
    /** The player stopped before the story did (a stop, or a button that stops). */
    STOPPED("stopped"),
    /** Another card started on the player. */
    OTHER_CARD("another card started"),
    /** The player went quiet (switched off, out of reach) or the household went away. */
    SILENT("player went quiet"),
    /** Still going when the app closed or the recording stopped. */
    UNFINISHED("still playing when recording stopped"),
    /** Still going now (a journey in progress; never stored so). */
    PLAYING("playing now");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
