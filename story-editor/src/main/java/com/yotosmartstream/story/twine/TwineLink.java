package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link in passage text, read with Twine 2's grammar ({@code src/util/parse-links.ts}):
 * {@code [[text->target]]} (the rightmost {@code ->} splits), {@code [[target<-text]]} (the
 * leftmost {@code <-}), {@code [[text|target]]} and {@code [[target]]}; a setter after {@code ][}
 * is dropped.
 *
 * @param source the whole link as written, brackets included
 */
public record TwineLink(String source, String text, String target) {

    private static final Pattern LINK = Pattern.compile("\\[\\[(.*?)\\]\\]", Pattern.DOTALL);
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    /** A link to a web page ({@code http://...}) rather than to a passage. */
    public boolean isExternal() {
        return EXTERNAL.matcher(target).matches();
    }

    /** Every link in the text, in order. */
    public static List<TwineLink> parse(String text) {
        List<TwineLink> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(of(m.group(), m.group(1)));
        }
        return links;
    }

    /** The text with each link replaced by its display text (what a narrator reads aloud). */
    public static String narration(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(of(m.group(), m.group(1)).text()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static TwineLink of(String source, String inner) {
        int setter = inner.indexOf("][");
        String link = setter >= 0 ? inner.substring(0, setter) : inner;
        int arrow = link.lastIndexOf("->");
        if (arrow >= 0) {
            return new TwineLink(source, link.substring(0, arrow), link.substring(arrow + 2));
        }
        int back = link.indexOf("<-");
        if (back >= 0) {
            return new TwineLink(source, link.substring(back + 2), link.substring(0, back));
        }
        int bar = link.indexOf('|');
        if (bar >= 0) {
            return new TwineLink(source, link.substring(0, bar), link.substring(bar + 1));
        }
        return new TwineLink(source, link, link);
    }
}
