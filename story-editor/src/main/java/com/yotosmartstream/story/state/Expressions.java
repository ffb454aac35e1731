package com.yotosmartstream.story.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The story's variable language (ADR 0082), small and strict so that a card can hold it: booleans
 * and small whole numbers, nothing else.
 *
 * <pre>
 * assignment := name "=" expression          (what a node "sets": x = true, n = n + 1, n = 3)
 * condition  := expression of type boolean     (an exit's "only if": x, not x, n &gt;= 2, x and not y)
 * expression := or ; or := and {"or" and} ; and := not {"and" not} ; not := "not" not | compare
 * compare    := sum [("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") sum]
 * sum        := atom {("+" | "-") atom} ; atom := number | "true" | "false" | name | "(" expression ")"
 * name       := ["$"] letter {letter | digit | "_"}     ($ is dropped: $key and key are one variable)
 * </pre>
 *
 * Anything else (strings, arrays, functions, "*", "=" inside a condition, numbers above
 * {@link #MAX_NUMBER}) is refused with a sentence naming the exact text; nothing is guessed.
 */
public final class Expressions {

    /** The largest number a story may write: card states are counted, not computed. */
    public static final int MAX_NUMBER = 999;
    private static final Set<String> WORDS = Set.of("and", "or", "not", "true", "false");

    private final String text;
    private final List<String> tokens;
    private int at;

    private Expressions(String text) throws ExpressionException {
        this.text = text;
        this.tokens = tokens(text);
    }

    /** An exit's condition. */
    public static Expr condition(String text) throws ExpressionException {
        Expressions p = new Expressions(text);
        if (p.tokens.isEmpty()) {
            throw new ExpressionException("The condition is empty.");
        }
        Expr e = p.or();
        p.end();
        return e;
    }

    /** One thing a node sets: {@code name = expression}. */
    public static Expr.Assignment assignment(String text) throws ExpressionException {
        Expressions p = new Expressions(text);
        if (p.tokens.size() < 3 || !isName(p.tokens.get(0)) || !p.tokens.get(1).equals("=")) {
            throw new ExpressionException("'" + text.strip() + "' is not an assignment: write a name, '=' and a value,"
                    + " as in 'key = true' or 'gold = gold + 1'.");
        }
        String name = name(p.tokens.get(0));
        p.at = 2;
        Expr value = p.or();
        p.end();
        return new Expr.Assignment(name, value);
    }

    /** A variable's name as the language keeps it ({@code $} dropped). */
    static String name(String token) {
        return token.startsWith("$") ? token.substring(1) : token;
    }

    private static boolean isName(String token) {
        String t = name(token);
        return !t.isEmpty() && (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') && !WORDS.contains(t)
                && t.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private void end() throws ExpressionException {
        if (at < tokens.size()) {
            throw new ExpressionException("'" + text.strip() + "': '" + tokens.get(at) + "' was not expected there.");
        }
    }

    private String peek() {
        return at < tokens.size() ? tokens.get(at) : "";
    }

    private Expr or() throws ExpressionException {
        Expr left = and();
        while (peek().equals("or")) {
            at++;
            left = new Expr.Binary("or", left, and());
        }
        return left;
    }

    private Expr and() throws ExpressionException {
        Expr left = not();
        while (peek().equals("and")) {
            at++;
            left = new Expr.Binary("and", left, not());
        }
        return left;
    }

    private Expr not() throws ExpressionException {
        if (peek().equals("not")) {
            at++;
            return new Expr.Not(not());
        }
        Expr left = sum();
        String op = peek();
        if (List.of("==", "!=", "<", "<=", ">", ">=").contains(op)) {
            at++;
            Expr right = sum();
            if (List.of("==", "!=", "<", "<=", ">", ">=").contains(peek())) {
                throw new ExpressionException("'" + text.strip() + "': comparisons cannot be chained; join them with"
                        + " 'and'.");
            }
            return new Expr.Binary(op, left, right);
        }
        if (op.equals("=")) {
            throw new ExpressionException("'" + text.strip() + "': '=' sets a variable; to compare, write '=='.");
        }
        return left;
    }

    private Expr sum() throws ExpressionException {
        Expr left = atom();
        while (peek().equals("+") || peek().equals("-")) {
            String op = tokens.get(at++);
            left = new Expr.Binary(op, left, atom());
        }
        return left;
    }

    private Expr atom() throws ExpressionException {
        if (at >= tokens.size()) {
            throw new ExpressionException("'" + text.strip() + "' ends too soon: a value is missing.");
        }
        String t = tokens.get(at++);
        if (t.equals("(")) {
            Expr inner = or();
            if (!peek().equals(")")) {
                throw new ExpressionException("'" + text.strip() + "': a '(' is not closed.");
            }
            at++;
            return inner;
        }
        if (t.equals("true") || t.equals("false")) {
            return new Expr.Literal(t.equals("true") ? 1 : 0, Expr.Type.BOOL);
        }
        if (Character.isDigit(t.charAt(0))) {
            if (t.length() > 3 || Integer.parseInt(t) > MAX_NUMBER) {
                throw new ExpressionException("'" + text.strip() + "': " + t + " is too large; a card counts up to "
                        + MAX_NUMBER + ".");
            }
            return new Expr.Literal(Integer.parseInt(t), Expr.Type.INT);
        }
        if (isName(t)) {
            return new Expr.Name(name(t));
        }
        throw new ExpressionException("'" + text.strip() + "': '" + t + "' is not a value the card can hold (only"
                + " true, false, whole numbers and variable names).");
    }

    /** Splits text into tokens, refusing any character outside the language. */
    public static List<String> tokens(String text) throws ExpressionException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
                    throw new ExpressionException("'" + text.strip() + "': '" + text.substring(i, j + 1)
                            + "' is not a whole number.");
                }
                out.add(text.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                String word = text.substring(i, j);
                out.add(WORDS.contains(word.toLowerCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word);
                i = j;
            } else if (text.startsWith("==", i) || text.startsWith("!=", i) || text.startsWith("<=", i)
                    || text.startsWith(">=", i)) {
                out.add(text.substring(i, i + 2));
                i += 2;
            } else if ("()<>+-=".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new ExpressionException("'" + text.strip() + "': '" + c + "' is not part of the story's variable"
                        + " language (true/false, whole numbers, names, and, or, not, + - == != < <= > >=).");
            }
        }
        return out;
    }
}
