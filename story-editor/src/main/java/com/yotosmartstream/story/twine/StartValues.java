package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story's variables from the passage that sets them up ({@code StoryInit} in SugarCube, a
 * {@code startup}-tagged passage in Harlowe): each plain {@code name = true/false/number} it sets
 * becomes a declaration (ADR 0082); anything else it sets is listed with its text.
 */
final class StartValues {

    private static final Pattern LITERAL = Pattern.compile("(\\w+) = (true|false|\\d{1,3})");

    private StartValues() {
    }

    static List<String> of(TwinePassage passage, StoryFormat format, List<String> notes) {
        ReadPassage read = format.read(passage.text());
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String set : read.sets()) {
            Matcher m = LITERAL.matcher(set);
            if (m.matches()) {
                if (seen.add(m.group(1))) {
                    out.add(set);
                } else {
                    out.replaceAll(d -> d.startsWith(m.group(1) + " = ") ? set : d);
                }
            } else {
                notes.add("Passage '" + passage.name() + "' sets '" + set + "', which is not a first value (true, false or"
                        + " a whole number); it was left out.");
            }
        }
        read.unmapped().forEach(u -> notes.add("Passage '" + passage.name() + "': '" + u.text() + "' " + u.why() + "."));
        return out;
    }
}
