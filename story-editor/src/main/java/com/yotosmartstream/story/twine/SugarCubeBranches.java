package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SugarCube {@code <<if>>} read branch by branch (its {@code <<elseif>>} and {@code <<else>>} at
 * the top level of its body), each branch's links only there when its condition holds and no
 * earlier one did (ADR 0082). Either every condition translates into the variable language or
 * the whole {@code <<if>>} is left to the caller.
 */
final class SugarCubeBranches {

    private static final Pattern TAG = Pattern.compile("<<(/?)(if|elseif|else)\\b", Pattern.CASE_INSENSITIVE);

    private SugarCubeBranches() {
    }

    /** True when read; false (nothing read) when a condition does not translate. */
    static boolean read(PassageScanner s, String openTag, String body) {
        List<String> conditions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        conditions.add(openTag.substring(openTag.toLowerCase(java.util.Locale.ROOT).indexOf("if") + 2,
                openTag.length() - 2));
        int depth = 0;
        int from = 0;
        Matcher m = TAG.matcher(body);
        int at = 0;
        while (m.find(at)) {
            int end = SugarCubeSyntax.tagEnd(body, m.end());
            if (end < 0) {
                return false;
            }
            at = end + 2;
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("if")) {
                depth += m.group(1).isEmpty() ? 1 : -1;
            } else if (depth == 0 && m.group(1).isEmpty()) {
                texts.add(body.substring(from, m.start()));
                conditions.add(name.equals("else") ? null : body.substring(m.end(), end));
                from = end + 2;
            }
        }
        texts.add(body.substring(from));
        List<String> translated = new ArrayList<>();
        for (String c : conditions) {
            if (c == null) {
                translated.add(null);
            } else {
                Optional<String> t = TwineExpressions.condition(c);
                if (t.isEmpty()) {
                    return false;
                }
                translated.add(t.get());
            }
        }
        if (texts.stream().anyMatch(t -> !t.replaceAll("\\[\\[.*?\\]\\]|<<.*?>>", "").isBlank())) {
            s.unmapped(openTag, "its text is spoken whatever the story's variables (a node's words do not change with"
                    + " them); its links are there only when the condition holds");
        }
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> parts = new ArrayList<>();
            earlier.forEach(e -> parts.add("not (" + e + ")"));
            if (translated.get(i) != null) {
                parts.add(parts.isEmpty() ? translated.get(i) : "(" + translated.get(i) + ")");
                earlier.add(translated.get(i));
            }
            s.readUnder(String.join(" and ", parts), texts.get(i));
        }
        return true;
    }
}
