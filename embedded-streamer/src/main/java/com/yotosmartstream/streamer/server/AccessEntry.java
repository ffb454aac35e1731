package com.yotosmartstream.streamer.server;

import java.time.Instant;

/**
 * One request for a track, as the access log keeps it. Holds the grant's label, never its token.
 *
 * @param range the Range header as sent ("" when none), cut to {@link #MAX_RANGE} characters with control
 *     characters replaced: a client chooses it, and one row of 7,785 characters was seen (issue 16)
 * @param bytes body bytes actually sent
 * @param client the client's address
 */
public record AccessEntry(Instant at, String trackId, String grantLabel, String method, String range, int status,
        long bytes, String client) {

    /** The longest Range header kept; a real one ("bytes=123456789-987654321") is under 40 characters. */
    public static final int MAX_RANGE = 100;

    public AccessEntry {
        range = bounded(range, MAX_RANGE);
        method = bounded(method, 16);
    }

    private static String bounded(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max - 1) + "\u2026" : text;
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
