package com.yotosmartstream.story.voice;

import com.yotosmartstream.story.twine.TwineLink;
import java.util.regex.Pattern;

/**
 * What a voice engine is given of a node's narration: the words only. Links read as their text
 * (the Twine import's own {@link TwineLink#narration}), and what a Twine story format would run or
 * style rather than say is dropped: comments, {@code <script>}/{@code <style>} blocks, HTML tags,
 * SugarCube macros ({@code <<set $x to 1>>}), Harlowe macro calls ({@code (set: $x to 1)}),
 * Chapbook inserts ({@code {back link}}), {@code $variables}, hook brackets and Twine's emphasis
 * markup ({@code ''bold''}, {@code //italic//}, {@code ~~struck~~}, {@code ^^super^^}).
 */
public final class SpokenText {

    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|<!--.*?-->");
    private static final Pattern CODE_BLOCKS = Pattern.compile("(?is)<(script|style)\\b[^>]*+>.*?</\\1\\s*>");
    private static final Pattern SUGARCUBE = Pattern.compile("(?s)<<.*?>>");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^<>]*+>");
    private static final Pattern INSERTS = Pattern.compile("\\{[^{}\\n]*+\\}");
    private static final Pattern VARIABLES = Pattern.compile("(?<![\\w$])[$_][A-Za-z][\\w.]*+");
    private static final Pattern EMPHASIS = Pattern.compile("''|//|\\*\\*|~~|\\^\\^|\\[|\\]|\\|");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ ]*+\\n)++");

    private SpokenText() {
    }

    /** The narration as words to be spoken. */
    public static String of(String narration) {
        String text = TwineLink.narration(narration);
        text = COMMENTS.matcher(text).replaceAll(" ");
        text = CODE_BLOCKS.matcher(text).replaceAll(" ");
        text = SUGARCUBE.matcher(text).replaceAll(" ");
        text = harloweMacros(text);
        text = TAGS.matcher(text).replaceAll(" ");
        text = INSERTS.matcher(text).replaceAll(" ");
        text = VARIABLES.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** Drops Harlowe's {@code (name: ...)} calls, parentheses inside them included; other brackets stay. */
    private static String harloweMacros(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = text.charAt(i) == '(' ? macroEnd(text, i) : -1;
            if (end > 0) {
                out.append(' ');
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Where a macro call starting at {@code open} ends (after its closing parenthesis), or -1 if none starts there. */
    private static int macroEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        if (i == open + 1 || i >= text.length() || text.charAt(i) != ':') {
            return -1;
        }
        int depth = 1;
        for (i = i + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
