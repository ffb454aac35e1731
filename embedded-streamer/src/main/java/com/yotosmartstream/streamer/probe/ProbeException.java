package com.yotosmartstream.streamer.probe;

/** The file is not audio the library can use; the message says why, in words for the user. */
public final class ProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }
}
