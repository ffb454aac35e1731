package com.yotosmartstream.streamer.convert;

/** A conversion failed; the message says why, in words for the user. */
public final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message);
    }

    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
