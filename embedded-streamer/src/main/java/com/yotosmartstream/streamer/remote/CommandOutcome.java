package com.yotosmartstream.streamer.remote;

/** How a command from the remote page ended, in the words the page shows. */
public record CommandOutcome(State state, String text) {

    /** Where a command is; the page shows each. */
    public enum State { PENDING, DONE, FAILED, TIMED_OUT }

    public static CommandOutcome done(String text) {
        return new CommandOutcome(State.DONE, text);
    }

    public static CommandOutcome failed(String text) {
        return new CommandOutcome(State.FAILED, text);
    }
}
