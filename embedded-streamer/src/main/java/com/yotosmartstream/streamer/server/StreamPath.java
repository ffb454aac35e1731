package com.yotosmartstream.streamer.server;

/**
 * The one path shape the stream handler answers, read from the raw (undecoded) request path:
 * {@code /stream/<43 token characters [A-Za-z0-9_-]>/<16 lowercase hex digits>.<mp3|m4a|aac>}.
 * Anything else, down to a single character, is not a stream path. (Checked by hand rather than
 * by a regular expression: it runs on every request.)
 */
record StreamPath(String token, String trackId) {

    static final int TOKEN_LENGTH = 43;
    static final int ID_LENGTH = 16;
    private static final String PREFIX = "/stream/";

    /** The parts of {@code path}, or null if it is not exactly a stream path. */
    static StreamPath parse(String path) {
        int tokenStart = PREFIX.length();
        int slash = tokenStart + TOKEN_LENGTH;
        int idStart = slash + 1;
        int dot = idStart + ID_LENGTH;
        if (path == null || !path.startsWith(PREFIX) || path.length() != dot + 4 || path.charAt(slash) != '/'
                || path.charAt(dot) != '.') {
            return null;
        }
        for (int i = tokenStart; i < slash; i++) {
            if (!tokenChar(path.charAt(i))) {
                return null;
            }
        }
        for (int i = idStart; i < dot; i++) {
            char c = path.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        String extension = path.substring(dot + 1);
        if (!extension.equals("mp3") && !extension.equals("m4a") && !extension.equals("aac")) {
            return null;
        }
        return new StreamPath(path.substring(tokenStart, slash), path.substring(idStart, dot));
    }

    static boolean tokenChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
