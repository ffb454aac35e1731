package com.yotosmartstream.story.doc;

/** A file that is not a story this app can read; the message says why and what to do. */
public final class StoryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoryFormatException(String message) {
        super(message);
    }

    public StoryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
