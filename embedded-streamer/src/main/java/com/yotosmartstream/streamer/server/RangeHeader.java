package com.yotosmartstream.streamer.server;

import java.util.Locale;

/**
 * Reads a {@code Range} header against a representation of a known length, per RFC 9110
 * section 14. One range is served: {@code bytes=N-M}, open-ended {@code bytes=N-} and suffix
 * {@code bytes=-N}. What the server may ignore, it ignores (the whole representation is sent):
 * other units, malformed values, and several ranges at once (no multipart answers).
 */
public final class RangeHeader {

    /** What to do with a request's Range header. */
    public sealed interface Decision {
    }

    /** Send the whole representation (no Range, or one the server ignores). */
    public record Whole() implements Decision {
    }

    /** Send this part, answered 206. */
    public record Part(ByteRange range) implements Decision {
    }

    /** No byte of the request overlaps the representation: 416. */
    public record Unsatisfiable() implements Decision {
    }

    private static final Whole WHOLE = new Whole();
    private static final Unsatisfiable UNSATISFIABLE = new Unsatisfiable();

    private RangeHeader() {
    }

    public static Decision decide(String header, long size) {
        if (header == null) {
            return WHOLE;
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return WHOLE;
        }
        String set = value.substring(equals + 1).strip();
        if (set.isEmpty() || set.indexOf(',') >= 0) {
            return WHOLE;
        }
        int dash = set.indexOf('-');
        if (dash < 0) {
            return WHOLE;
        }
        String firstText = set.substring(0, dash).strip();
        String lastText = set.substring(dash + 1).strip();
        if (firstText.isEmpty()) {
            return suffix(lastText, size);
        }
        long first = digits(firstText);
        long last = lastText.isEmpty() ? Long.MAX_VALUE : digits(lastText);
        if (first < 0 || last < 0 || last < first) {
            return WHOLE; // malformed or invalid: ignored (RFC 9110 section 14.1.1)
        }
        if (first >= size) {
            return UNSATISFIABLE;
        }
        return new Part(new ByteRange(first, Math.min(last, size - 1)));
    }

    private static Decision suffix(String lengthText, long size) {
        long length = digits(lengthText);
        if (length < 0) {
            return WHOLE;
        }
        if (length == 0 || size == 0) {
            return UNSATISFIABLE;
        }
        return new Part(new ByteRange(Math.max(0, size - length), size - 1));
    }

    /** A run of ASCII digits as a number (saturating at Long.MAX_VALUE), or -1 if it is not one. */
    static long digits(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            int digit = c - '0';
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return value;
    }
}
