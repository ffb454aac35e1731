package com.yotosmartstream.client.api;

import com.yotosmartstream.client.YotoException;

/**
 * The REST API answered with an error; {@link #status()} is its HTTP status (0 when Yoto was not
 * reached, or the request was not sent because the file or picture could not be used).
 */
public final class YotoApiException extends YotoException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public YotoApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public YotoApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}
