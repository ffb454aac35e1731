package com.yotosmartstream.client;

/**
 * A failure talking to Yoto. The message is for the user: what happened and what to do. It never
 * holds a token.
 */
public class YotoException extends Exception {

    private static final long serialVersionUID = 1L;

    public YotoException(String message) {
        super(message);
    }

    public YotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
