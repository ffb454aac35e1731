package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.state.ExpressionException;
import com.yotosmartstream.story.state.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twine expressions written in the story's variable language (ADR 0082), word for word, or not at
 * all: Harlowe's {@code is}, {@code is not}, {@code it}; SugarCube's {@code eq}, {@code neq},
 * {@code gt}..., {@code ===}, {@code &&}, {@code ||}, {@code !}, {@code +=}, {@code ++}. Anything
 * else (strings, arrays, {@code contains}, temporary {@code _variables}, function calls) is not
 * translated, and the import lists it with its text; nothing is guessed.
 */
final class TwineExpressions {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("is", "=="), Map.entry("eq", "=="),
            Map.entry("===", "=="), Map.entry("neq", "!="), Map.entry("!==", "!="), Map.entry("isnot", "!="),
            Map.entry("gt", ">"), Map.entry("gte", ">="), Map.entry("lt", "<"), Map.entry("lte", "<="),
            Map.entry("&&", "and"), Map.entry("||", "or"), Map.entry("!", "not"));

    private TwineExpressions() {
    }

    /** A condition ({@code (if:)}'s or {@code <<if>>}'s), in the variable language, if it translates. */
    static Optional<String> condition(String twine) {
        try {
            String text = translate(twine, null);
            Expressions.condition(text);
            return Optional.of(text);
        } catch (ExpressionException e) {
            return Optional.empty();
        }
    }

    /**
     * The assignments of a {@code (set:)}/{@code <<set>>} ({@code $x to 1, $y to it + 1},
     * {@code $x = 2}, {@code $n += 1}, {@code $n++}), or empty when any of them does not translate.
     */
    static Optional<List<String>> sets(String twine) {
        List<String> out = new ArrayList<>();
        for (String part : PassageScanner.splitArgs(twine)) {
            Optional<String> one = set(part.strip());
            if (one.isEmpty()) {
                return Optional.empty();
            }
            out.add(one.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Optional<String> set(String part) {
        try {
            List<String> raw = raw(part);
            if (raw.size() < 2 || !raw.get(0).startsWith("$")) {
                return Optional.empty();
            }
            String name = raw.get(0).substring(1);
            String op = raw.get(1);
            String rest = part.substring(part.indexOf(op, raw.get(0).length()) + op.length());
            String value = switch (op) {
                case "to", "=" -> translate(rest, name);
                case "+=" -> name + " + (" + translate(rest, name) + ")";
                case "-=" -> name + " - (" + translate(rest, name) + ")";
                case "++" -> raw.size() == 2 ? name + " + 1" : null;
                case "--" -> raw.size() == 2 ? name + " - 1" : null;
                default -> null;
            };
            if (value == null) {
                return Optional.empty();
            }
            String assignment = name + " = " + value;
            Expressions.assignment(assignment);
            return Optional.of(assignment);
        } catch (ExpressionException e) {
            return Optional.empty();
        }
    }

    /** Word by word into the variable language; {@code it} is {@code itName} (Harlowe's "the variable being set"). */
    private static String translate(String twine, String itName) throws ExpressionException {
        List<String> out = new ArrayList<>();
        List<String> raw = raw(twine);
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (t.equals("is") && i + 1 < raw.size() && raw.get(i + 1).equals("not")) {
                out.add("!=");
                i++;
            } else if (t.startsWith("$")) {
                out.add(t.substring(1));
            } else if (t.equals("it") && itName != null) {
                out.add(itName);
            } else if (t.startsWith("_") || t.equals("it") || t.equals("to") || t.equals("contains") || t.equals("in")) {
                throw new ExpressionException(t);
            } else {
                out.add(WORDS.getOrDefault(t, t));
            }
        }
        return String.join(" ", out);
    }

    /** Tokens as Twine writes them; a string, a bracket or a dot (a property) ends the translation. */
    private static List<String> raw(String text) throws ExpressionException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                String op = null;
                for (String o : List.of("===", "!==", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "++", "--", "(",
                        ")", "<", ">", "+", "-", "!", "=")) {
                    if (text.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw new ExpressionException(String.valueOf(c));
                }
                out.add(op);
                i += op.length();
            }
        }
        return out;
    }
}
