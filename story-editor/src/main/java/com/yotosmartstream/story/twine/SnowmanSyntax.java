package com.yotosmartstream.story.twine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snowman (its documentation: {@code [[links]]}, Markdown, and JavaScript between {@code <% %>};
 * {@code <%= %>} prints). The way on besides links: {@code story.show('Target')} in a script.
 */
final class SnowmanSyntax implements FormatSyntax {

    private static final Pattern SHOW = Pattern.compile("story\\.show\\(\\s*(['\"])(.*?)\\1\\s*\\)");
    private final ChapbookSyntax markdown = new ChapbookSyntax();

    @Override
    public boolean read(PassageScanner s) {
        if (s.startsWith("`")) {
            return FormatSyntax.backticks(s);
        }
        if (!s.startsWith("<%")) {
            return false;
        }
        String src = s.src();
        int end = src.indexOf("%>", s.pos() + 2);
        String text = src.substring(s.pos(), end < 0 ? src.length() : end + 2);
        s.moveTo(end < 0 ? src.length() : end + 2);
        if (text.startsWith("<%=") || text.startsWith("<%-")) {
            s.unmapped(text, "prints text worked out while the story runs");
            s.met("<%= %>", "left out");
        } else {
            Matcher m = SHOW.matcher(text);
            boolean shown = false;
            while (m.find()) {
                s.choice("", m.group(2), m.group(), true);
                shown = true;
            }
            s.met("<% %>", shown ? "its story.show() became the end-of-track exit; the rest of the script removed"
                    : "removed (a card runs no scripts)");
        }
        s.removed();
        return true;
    }

    @Override
    public String plain(String line) {
        return markdown.plain(line);
    }

    @Override
    public String verbatim(String text) {
        return FormatSyntax.inBackticks(text);
    }
}
