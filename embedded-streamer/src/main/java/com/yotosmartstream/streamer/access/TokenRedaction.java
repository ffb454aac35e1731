package com.yotosmartstream.streamer.access;

import java.util.regex.Pattern;

/**
 * The one place stream tokens are hidden from text that may be logged or shown: every stream path
 * ({@code /stream/<token>/...}, whatever follows {@code /stream/} up to the next slash) and any
 * free-standing run of 43 token characters (the length of a token) become an ellipsis. Used for
 * messages ({@code PublicAddress.redact}), for the server's error path (the request and the
 * exception it logs), and for exceptions handed to Jetty, which prints requests in its warnings.
 */
public final class TokenRedaction {

    static final String HIDDEN = "\u2026";
    private static final Pattern STREAM_PATH = Pattern.compile("/stream/[^/\\s?#]+");
    private static final Pattern BARE_TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private TokenRedaction() {
    }

    /** {@code text} with every token in it hidden. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String paths = STREAM_PATH.matcher(text).replaceAll("/stream/" + HIDDEN);
        return BARE_TOKEN.matcher(paths).replaceAll(HIDDEN);
    }

    /**
     * {@code error} itself if no message in its chain holds a token; otherwise a copy of the chain
     * with the messages redacted and the stack traces kept (the class names go into the messages).
     */
    public static Throwable redact(Throwable error) {
        if (error == null || !holdsToken(error)) {
            return error;
        }
        Redacted copy = new Redacted(redact(error.toString()), redact(error.getCause()));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static boolean holdsToken(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String text = e.toString();
            if (!text.equals(redact(text))) {
                return true;
            }
        }
        return false;
    }

    /** An exception whose message was redacted; prints as its message (which names the original class). */
    static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
