package com.yotosmartstream.client.auth;

import com.yotosmartstream.client.YotoException;

/** No usable sign-in: never signed in, signed out, or the saved sign-in was refused. */
public final class SignInRequiredException extends YotoException {

    private static final long serialVersionUID = 1L;

    public SignInRequiredException(String message) {
        super(message);
    }
}
