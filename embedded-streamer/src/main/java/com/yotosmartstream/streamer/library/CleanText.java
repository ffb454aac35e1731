package com.yotosmartstream.streamer.library;

/**
 * Text read from a file (a tag, a file name) made fit to show and to log: control characters
 * (newlines, terminal escape codes, other C0/C1 and format characters) become spaces, runs of
 * spaces become one, and the ends are trimmed. A title can then never forge a log line or move
 * a terminal's cursor.
 */
public final class CleanText {

    private CleanText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.getType(c) == Character.SURROGATE) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }
}
