package com.yotosmartstream.core.text;

import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in text meant for a log line or a message (ADR 0057): a JWT
 * (Yoto's access tokens are JWTs), a {@code Bearer} credential, the value after
 * {@code token=}, {@code "refresh_token": }, {@code password=}, {@code Authorization:} and the like
 * (also as URL query parameters, with {@code code} and {@code state}), and a stream token in a
 * {@code /stream/<token>/} path. The app's log layout passes every line through it, so it is the
 * one redaction at the logging layer; the Yoto client also uses it on text a server sent back.
 * It cannot know an opaque secret by its shape: code that holds one must leave it out, or use
 * {@link #without(String, String...)}.
 */
public final class Secrets {

    public static final String MASK = "[redacted]";

    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+(?!\\[redacted\\])[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b((?:access|refresh|id|auth|stream)?[_-]?token|"
            + "password|passwd|pass|secret|client[_-]?secret|code[_-]?verifier|authorization|api[_-]?key)"
            + "(\"?'?\\s*[:=]\\s*\"?'?)(?!\\[redacted\\])([^\\s\"'&,;}\\]]{3,})");
    private static final Pattern QUERY = Pattern.compile("(?i)([?&](?:code|state)=)[^&\\s\"']+");
    private static final Pattern STREAM_PATH = Pattern.compile("/stream/[A-Za-z0-9_-]{43}(?=/|$|\\s)");

    private Secrets() {
    }

    /** The text with every secret-shaped part replaced by {@value #MASK}; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = JWT.matcher(text).replaceAll(MASK);
        out = BEARER.matcher(out).replaceAll("$1 " + MASK);
        out = NAMED.matcher(out).replaceAll("$1$2" + MASK);
        out = QUERY.matcher(out).replaceAll("$1" + MASK);
        return STREAM_PATH.matcher(out).replaceAll("/stream/" + MASK);
    }

    /** {@link #redact} and also every occurrence of the given secrets (opaque ones that have no shape). */
    public static String without(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        return redact(out);
    }
}
