package com.yotosmartstream.client.traffic;

/** A traffic line that cannot be read; the message names the line and what is wrong with it. */
public final class TrafficFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrafficFormatException(String message) {
        super(message);
    }

    public TrafficFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
