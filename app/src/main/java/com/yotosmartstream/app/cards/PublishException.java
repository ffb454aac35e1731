package com.yotosmartstream.app.cards;

/** A publish that stopped; the message says what happened, what is safe, and what to do. */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
