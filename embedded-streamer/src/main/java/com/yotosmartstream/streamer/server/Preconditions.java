package com.yotosmartstream.streamer.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.DateParser;

/**
 * Conditional requests against one representation, evaluated in the order of RFC 9110 section
 * 13.2.2: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since, then If-Range.
 * Dates are compared in whole seconds, as HTTP dates carry no more.
 */
public final class Preconditions {

    /** The outcome for a GET or HEAD. */
    public enum Outcome {
        /** Serve, honouring a Range header. */
        SERVE,
        /** Serve the whole representation: If-Range did not match, so a Range is ignored. */
        SERVE_WHOLE,
        /** 304: the client's copy is current. */
        NOT_MODIFIED,
        /** 412: a precondition the client set does not hold. */
        FAILED
    }

    /** The request's conditional headers; any may be null. */
    public record Request(String ifMatch, String ifNoneMatch, String ifModifiedSince, String ifUnmodifiedSince,
            String ifRange, boolean hasRange) {
    }

    private Preconditions() {
    }

    /**
     * @param etag the representation's strong entity tag, quotes included
     * @param lastModifiedSeconds its modification time, seconds since the epoch
     */
    public static Outcome evaluate(Request request, String etag, long lastModifiedSeconds) {
        if (request.ifMatch() != null) {
            if (!matches(request.ifMatch(), etag, true)) {
                return Outcome.FAILED;
            }
        } else if (request.ifUnmodifiedSince() != null) {
            long since = seconds(request.ifUnmodifiedSince());
            if (since >= 0 && lastModifiedSeconds > since) {
                return Outcome.FAILED;
            }
        }
        if (request.ifNoneMatch() != null) {
            if (matches(request.ifNoneMatch(), etag, false)) {
                return Outcome.NOT_MODIFIED;
            }
        } else if (request.ifModifiedSince() != null) {
            long since = seconds(request.ifModifiedSince());
            if (since >= 0 && lastModifiedSeconds <= since) {
                return Outcome.NOT_MODIFIED;
            }
        }
        if (request.hasRange() && request.ifRange() != null && !ifRangeHolds(request.ifRange().strip(), etag,
                lastModifiedSeconds)) {
            return Outcome.SERVE_WHOLE;
        }
        return Outcome.SERVE;
    }

    /** If-Range holds only for the same strong tag, or exactly the same date (section 13.1.5). */
    private static boolean ifRangeHolds(String value, String etag, long lastModifiedSeconds) {
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return !value.startsWith("W/") && value.equals(etag);
        }
        long date = seconds(value);
        return date >= 0 && date == lastModifiedSeconds;
    }

    /** Whether a list of entity tags (or {@code *}) names {@code etag}; strong or weak comparison. */
    static boolean matches(String field, String etag, boolean strong) {
        String value = field.strip();
        if (value.equals("*")) {
            return true;
        }
        for (String tag : entityTags(value)) {
            boolean weak = tag.startsWith("W/");
            String opaque = weak ? tag.substring(2) : tag;
            if (opaque.equals(etag) && !(strong && weak)) {
                return true;
            }
        }
        return false;
    }

    /** The entity tags of a comma-separated list; a malformed list yields what parsed before the fault. */
    static List<String> entityTags(String list) {
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = list.length();
        while (i < n) {
            char c = list.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (list.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= n || list.charAt(i) != '"') {
                break;
            }
            int close = list.indexOf('"', i + 1);
            if (close < 0) {
                break;
            }
            tags.add(list.substring(start, close + 1));
            i = close + 1;
        }
        return tags;
    }

    /** An HTTP date (any of the three forms RFC 9110 accepts) in seconds, or -1 if it is not one. */
    static long seconds(String httpDate) {
        long millis = DateParser.parseDate(httpDate.strip());
        return millis < 0 ? -1 : millis / 1000;
    }
}
