package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.state.ExpressionException;
import com.yotosmartstream.story.state.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a node's sets and exit conditions (ADR 0082) back as Harlowe or SugarCube macros, so a
 * Twee export of a story with variables imports as the same story: {@code (set: $a to true)} and
 * {@code (if: $a)[[[link]]]} in Harlowe, {@code <<set $a to true>>} and {@code <<if $a>>[[link]]<</if>>}
 * in SugarCube. Chapbook and Snowman are not written (the export says so).
 */
final class TwineLogicWriter {

    private static final Set<String> WORDS = Set.of("and", "or", "not", "true", "false");

    private TwineLogicWriter() {
    }

    static boolean writes(StoryFormat format) {
        return format == StoryFormat.HARLOWE || format == StoryFormat.SUGARCUBE;
    }

    /** The passage a story's variables are declared in, or empty when there are none. */
    static String declarations(Story story, StoryFormat format, List<String> notes) {
        List<String> sets = new ArrayList<>();
        for (String line : story.info().variables()) {
            String plain = line.replaceFirst("\\s+in\\s+\\d+\\s*\\.\\.\\s*\\d+\\s*$", "");
            if (!plain.equals(line)) {
                notes.add("The variable '" + line + "': Twine has no ranges, so it is written as '" + plain + "'.");
            }
            sets.add(plain);
        }
        if (sets.isEmpty()) {
            return "";
        }
        String body = sets(format, sets);
        return format == StoryFormat.HARLOWE ? TweeExporter.passage("Variables", List.of("startup"),
                java.util.Optional.empty(), body) : TweeExporter.passage("StoryInit", List.of(), java.util.Optional.empty(),
                body);
    }

    /** The node's passage body with its sets first and each conditional link in an if. */
    static String body(StoryFormat format, StoryNode node, Map<Exit, String> targets, Map<Exit, String> labels,
            String narration) {
        List<String> lines = new ArrayList<>();
        if (!node.sets().isEmpty()) {
            lines.add(sets(format, node.sets()));
        }
        if (!narration.isEmpty()) {
            lines.add(narration);
        }
        int last = -1;
        for (Exit exit : Exit.values()) {
            if (targets.containsKey(exit)) {
                last = exit.ordinal();
            }
        }
        for (int i = 0; i <= last; i++) {
            Exit exit = Exit.values()[i];
            if (!targets.containsKey(exit)) {
                lines.add("[[]]");
                continue;
            }
            String link = TweeExporter.links(Map.of(Exit.LEFT, targets.get(exit)), labels.containsKey(exit)
                    ? Map.of(Exit.LEFT, labels.get(exit)) : Map.of());
            String condition = node.onlyIf(exit).map(c -> expression(format, c)).orElse(null);
            lines.add(condition == null ? link : format == StoryFormat.HARLOWE ? "(if: " + condition + ")[" + link + "]"
                    : "<<if " + condition + ">>" + link + "<</if>>");
        }
        return String.join("\n", lines);
    }

    private static String sets(StoryFormat format, List<String> sets) {
        StringBuilder out = new StringBuilder();
        for (String set : sets) {
            int eq = set.indexOf('=');
            String name = set.substring(0, eq).strip();
            String value = expression(format, set.substring(eq + 1));
            String var = name.startsWith("$") ? name : "$" + name;
            out.append(format == StoryFormat.HARLOWE ? "(set: " + var + " to " + value + ")"
                    : "<<set " + var + " to " + value + ">>");
        }
        return out.toString();
    }

    /** An expression of the variable language in the format's words ({@code $names}; Harlowe's {@code is}). */
    static String expression(StoryFormat format, String text) {
        try {
            List<String> out = new ArrayList<>();
            for (String t : Expressions.tokens(text)) {
                boolean name = (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') && !WORDS.contains(t);
                if (name) {
                    out.add("$" + t);
                } else if (format == StoryFormat.HARLOWE && t.equals("==")) {
                    out.add("is");
                } else if (format == StoryFormat.HARLOWE && t.equals("!=")) {
                    out.add("is not");
                } else {
                    out.add(t);
                }
            }
            return String.join(" ", out).replace("( ", "(").replace(" )", ")");
        } catch (ExpressionException e) {
            return text; // the lint already refuses it; written as typed
        }
    }
}
