package com.yotosmartstream.icons.codec;

/** A file that cannot become an icon; the message says why and what to do, in words for a person. */
public final class BadImageException extends Exception {

    public BadImageException(String message) {
        super(message);
    }

    public BadImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
