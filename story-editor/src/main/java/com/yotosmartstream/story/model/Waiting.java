package com.yotosmartstream.story.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a node that asks a question (it has button exits and no end-of-track exit) does when its
 * track ends and nobody has pressed a button: stop the story (what Yoto's twee2yoto makes), ask
 * the question again, or wait quietly for some seconds, still listening for the buttons, and then
 * ask again. Set for the whole story and, where wanted, for one node.
 *
 * @param pauseSeconds how long the quiet pause lasts; only for {@link Mode#PAUSE}
 */
public record Waiting(Mode mode, int pauseSeconds) {

    /** The shortest and longest pause the editor offers. */
    public static final int MIN_PAUSE = 1;
    public static final int MAX_PAUSE = 120;
    /** The pause a story gets when the author first chooses one. */
    public static final int DEFAULT_PAUSE = 10;

    public static final Waiting STOP = new Waiting(Mode.STOP, 0);
    public static final Waiting REPEAT = new Waiting(Mode.REPEAT, 0);

    /** The three choices. */
    public enum Mode {
        STOP("stop", "Stop the story"),
        REPEAT("repeat", "Ask the question again"),
        PAUSE("pause", "Wait quietly, then ask again");

        private final String id;
        private final String label;

        Mode(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The name used in story files. */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static Optional<Mode> fromId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    public Waiting {
        if (mode == null) {
            mode = Mode.STOP;
        }
        pauseSeconds = mode == Mode.PAUSE ? Math.max(MIN_PAUSE, Math.min(MAX_PAUSE, pauseSeconds)) : 0;
    }

    public static Waiting pause(int seconds) {
        return new Waiting(Mode.PAUSE, seconds);
    }

    /** Says what happens, for the editor and the lint ("waits 10 s, then asks again"). */
    public String describe() {
        return switch (mode) {
            case STOP -> "stops the story";
            case REPEAT -> "asks the question again";
            case PAUSE -> "waits " + pauseSeconds + " s, then asks again";
        };
    }
}
