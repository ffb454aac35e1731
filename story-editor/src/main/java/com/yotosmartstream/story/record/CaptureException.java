package com.yotosmartstream.story.record;

/**
 * A microphone that cannot be recorded from, with a message for the user that says what happened
 * and what to do (no microphone, one another program holds or the system refused, a format it
 * cannot give).
 */
public final class CaptureException extends Exception {

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
