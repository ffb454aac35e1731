package com.yotosmartstream.client.auth;

import com.yotosmartstream.client.YotoException;

/** A sign-in attempt ended without tokens; {@link #reason()} says how. */
public final class SignInFailedException extends YotoException {

    private static final long serialVersionUID = 1L;

    /** How a sign-in ended. */
    public enum Reason {
        /** The user chose "Deny" on Yoto's page. */
        DENIED,
        /** The code was not confirmed in time. */
        EXPIRED,
        /** The user cancelled it in the app. */
        CANCELLED,
        /** The server refused the request (wrong client id, bad redirect...). */
        REFUSED
    }

    private final Reason reason;

    public SignInFailedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
