package com.yotosmartstream.story.trace;

/** How a journey left a node: which button, the track running out, or not known. */
public enum Choice {
    LEFT("left button"), RIGHT("right button"), END("end of track"), UNKNOWN("not known");

    private final String label;

    Choice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
