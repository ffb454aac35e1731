package com.yotosmartstream.app;

/** Start-up could not go on; the message says why and what to do. */
public final class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
