package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SugarCube 2 (its manual: macros {@code <<name args>>}, containers closed by {@code <</name>>} or
 * {@code <<endname>>}, {@code /* *}{@code /} and {@code /% %/} comments, {@code """verbatim"""} and
 * {@code <nowiki>}, image links {@code [img[src][Target]]}, naked {@code $variables},
 * {@code ''strong''}, {@code //em//}, {@code __u__}, {@code ==strike==}, {@code @@css;text@@},
 * {@code !} headings). The ways on: {@code <<link>>}/{@code <<button>>} (with a passage, a
 * {@code [[link]]}, or a {@code <<goto>>} in their body), {@code <<goto>>}, {@code <<actions>>},
 * {@code <<choice>>}, image links.
 */
final class SugarCubeSyntax implements FormatSyntax {

    private static final Pattern MACRO = Pattern.compile("<<([A-Za-z][\\w-]*|=|-)");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_]\\w*");
    private static final Pattern RULE = Pattern.compile("\\s*-{4,}\\s*");
    private static final Pattern LINE_START = Pattern.compile("^\\s*(!{1,6}\\s*|[*#]+\\s+)");
    private static final Pattern STYLE = Pattern.compile("@@[^;@\\n]*;");
    private static final Pattern NOWIKI_END = Pattern.compile("(?<=</now)(?=iki>)");
    private static final Set<String> CONTAINERS = Set.of("link", "button", "if", "for", "switch", "nobr", "silently",
            "script", "widget", "capture", "repeat", "timed", "linkappend", "linkprepend", "linkreplace", "append",
            "prepend", "replace", "type", "do", "cycle", "listbox", "done", "createaudiogroup", "createplaylist");

    @Override
    public boolean read(PassageScanner s) {
        String src = s.src();
        if (s.startsWith("<<")) {
            return macro(s);
        }
        if (s.startsWith("/*") || s.startsWith("/%")) {
            int end = src.indexOf(s.startsWith("/*") ? "*/" : "%/", s.pos() + 2);
            s.moveTo(end < 0 ? src.length() : end + 2);
            s.removed();
            return true;
        }
        if (s.startsWith("\"\"\"") || s.startsWith("<nowiki>")) {
            String close = s.startsWith("\"\"\"") ? "\"\"\"" : "</nowiki>";
            int open = s.pos() + (close.length() == 3 ? 3 : 8);
            int end = src.indexOf(close, open);
            if (end < 0) {
                return false;
            }
            s.verbatim(src.substring(open, end));
            s.moveTo(end + close.length());
            return true;
        }
        if (s.startsWith("[img[")) {
            return image(s);
        }
        if (src.charAt(s.pos()) == '$') {
            Matcher m = VARIABLE.matcher(src).region(s.pos(), src.length());
            if (m.lookingAt()) {
                s.unmapped(m.group(), "prints a variable, which a card cannot hold");
                s.met("$variable", "removed (a card holds no variables)");
                s.moveTo(m.end());
                s.removed();
                return true;
            }
        }
        return false;
    }

    private boolean macro(PassageScanner s) {
        String src = s.src();
        int start = s.pos();
        if (s.startsWith("<</")) {
            int end = src.indexOf(">>", start);
            s.moveTo(end < 0 ? src.length() : end + 2);
            s.removed();
            return true;
        }
        Matcher m = MACRO.matcher(src).region(start, src.length());
        if (!m.lookingAt()) {
            return false;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        int end = tagEnd(src, m.end());
        if (end < 0) {
            return false;
        }
        String args = src.substring(m.end(), end);
        String text = src.substring(start, end + 2);
        String body = null;
        int next = end + 2;
        if (CONTAINERS.contains(name)) {
            int[] close = closing(src, name, next);
            if (close != null) {
                body = src.substring(next, close[0]);
                text = src.substring(start, close[1]);
                next = close[1];
            }
        } else if (name.startsWith("end") && CONTAINERS.contains(name.substring(3))) {
            s.moveTo(next);
            s.removed();
            return true;
        }
        s.moveTo(next);
        handle(s, name, "<<" + name + ">>", text, tokens(args), body);
        return true;
    }

    /** Where {@code >>} closes a macro tag, past strings and {@code [[links]]}; -1 if it does not. */
    static int tagEnd(String src, int from) {
        for (int i = from; i < src.length() - 1; i++) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = PassageScanner.stringEnd(src, i);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (src.startsWith("[[", i)) {
                int end = src.indexOf("]]", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
            } else if (src.startsWith(">>", i)) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the matching close tag of a container and the index past it; null if it is never closed. */
    private static int[] closing(String src, String name, int from) {
        Pattern tags = Pattern.compile("<<(/|end)?" + Pattern.quote(name) + "(?=[\\s>])[^>]*>>", Pattern.CASE_INSENSITIVE);
        Matcher m = tags.matcher(src).region(from, src.length());
        int depth = 1;
        while (m.find()) {
            if (m.group(1) == null) {
                depth++;
            } else if (--depth == 0) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /** A macro argument: a string, a {@code [[link]]}, or anything else (an expression). */
    private record Token(String string, TwineLink link, String raw) {
    }

    private static List<Token> tokens(String args) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'' || c == '`') {
                int end = PassageScanner.stringEnd(args, i);
                end = end < 0 ? args.length() - 1 : end;
                String raw = args.substring(i, end + 1);
                tokens.add(new Token(PassageScanner.literal(raw), null, raw));
                i = end + 1;
            } else if (args.startsWith("[[", i) && args.indexOf("]]", i + 2) > 0) {
                int end = args.indexOf("]]", i + 2);
                String raw = args.substring(i, end + 2);
                tokens.add(new Token(null, TwineLink.of(raw, args.substring(i + 2, end)), raw));
                i = end + 2;
            } else {
                int end = i;
                while (end < args.length() && !Character.isWhitespace(args.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(null, null, args.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static void handle(PassageScanner s, String name, String key, String text, List<Token> args, String body) {
        Token first = args.isEmpty() ? null : args.get(0);
        switch (name) {
            case "link", "button" -> link(s, key, text, args, body);
            case "goto" -> {
                String target = first == null ? null : first.link != null ? first.link.target() : first.string;
                if (target == null) {
                    notFixed(s, key, text);
                } else {
                    s.met(key, s.inLink() ? "became the exit of the link around it"
                            : "became the end-of-track exit (it moves on by itself)");
                    s.choice("", target, text, true);
                    s.removed();
                }
            }
            case "actions", "choice" -> {
                s.met(key, "became exits");
                if (name.equals("choice") && first != null && first.string != null) {
                    String label = args.size() > 1 && args.get(1).string != null ? args.get(1).string : first.string;
                    s.visibleChoice(label, first.string, text);
                    return;
                }
                for (Token t : args) {
                    if (t.link != null) {
                        s.visibleChoice(t.link.text(), t.link.target(), t.raw);
                    } else if (t.string != null) {
                        s.visibleChoice(t.string, t.string, t.raw);
                    }
                }
            }
            case "back", "return" -> {
                s.unmapped(text, "goes back to the passage the reader came from, which a card cannot know");
                s.met(key, "left out");
                s.removed();
            }
            case "include", "display" -> {
                s.unmapped(text, "shows another passage inside this one");
                s.met(key, "left out");
                s.removed();
            }
            case "set" -> {
                String expression = text.substring(text.indexOf("set") + 3, text.length() - 2);
                java.util.Optional<List<String>> sets = TwineExpressions.sets(expression);
                if (sets.isPresent()) {
                    s.set(sets.get(), text, key);
                } else {
                    s.unmapped(text, "sets a value the card cannot hold (only true/false and whole numbers)");
                    s.met(key, "left out (not a value a card holds)");
                }
                s.removed();
            }
            case "unset", "run", "remember", "forget", "script", "capture", "widget" -> {
                s.met(key, "removed (a card holds no variables or code)");
                s.removed();
            }
            case "if" -> {
                if (body == null || !SugarCubeBranches.read(s, text.substring(0, tagEnd(text, 0) + 2), body)) {
                    s.unmapped(text.length() > 200 ? text.substring(0, text.indexOf(">>") + 2) : text,
                            "a condition the card cannot check: every branch's text and links are kept");
                    s.met(key, "every branch kept (a card cannot check conditions)");
                    body(s, body);
                } else {
                    s.met(key, "became the 'only if' of the links in its branches");
                    s.removed();
                }
            }
            case "elseif" -> {
                s.unmapped(text.length() > 200 ? text.substring(0, text.indexOf(">>") + 2) : text,
                        "a condition the card cannot check: every branch's text and links are kept");
                s.met(key, "every branch kept (a card cannot check conditions)");
                body(s, body);
            }
            case "else" -> {
                s.met(key, "every branch kept (a card cannot check conditions)");
                s.removed();
            }
            case "silently" -> {
                s.met(key, "its text left out");
                s.removed();
                if (body != null) {
                    s.readSilently(body);
                }
            }
            case "print", "=", "-" -> {
                s.unmapped(text, "prints text worked out while the story runs");
                s.met(key, "left out");
                s.removed();
            }
            default -> {
                s.met(key, body == null ? "removed" : "removed; its text kept");
                body(s, body);
            }
        }
    }

    private static void link(PassageScanner s, String key, String text, List<Token> args, String body) {
        Token first = args.isEmpty() ? null : args.get(0);
        String words = first == null ? null : first.link != null ? first.link.text() : first.string;
        String target = first == null ? null : first.link != null ? first.link.target()
                : args.size() > 1 ? args.get(1).string : null;
        if (words != null && target != null) {
            s.met(key, "became an exit");
            s.visibleChoice(words, target, text);
            if (body != null) {
                s.readOnClick(body);
            }
        } else if (words != null && body != null && s.readAsLink(body, words)) {
            s.met(key, "became an exit (a <<goto>> in its body)");
            s.linkWords(words);
        } else {
            s.unmapped(text, "runs code when pressed but leads to no fixed passage");
            s.met(key, "left out (leads to no fixed passage)");
            s.removed();
        }
    }

    private static void body(PassageScanner s, String body) {
        s.removed();
        if (body != null) {
            s.read(body);
        }
    }

    private static void notFixed(PassageScanner s, String key, String text) {
        s.unmapped(text, "its passage is worked out while the story runs (from variables), so it cannot become a "
                + "fixed exit");
        s.met(key, "left out (not a fixed passage)");
        s.removed();
    }

    /** {@code [img[title|src][Target]]}, {@code [img[src][Target][setter]]} or {@code [img[src]]}. */
    private static boolean image(PassageScanner s) {
        String src = s.src();
        int end = src.indexOf("]]", s.pos());
        if (end < 0) {
            return false;
        }
        String source = src.substring(s.pos(), end + 2);
        String[] parts = src.substring(s.pos() + 5, end).split("\\]\\[", -1);
        s.moveTo(end + 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            s.met("[img[...]]", "removed (a picture)");
            s.removed();
            return true;
        }
        int bar = parts[0].indexOf('|');
        String title = bar > 0 ? parts[0].substring(0, bar) : "picture";
        s.met("[img[...][...]]", "became an exit");
        s.choice(title, parts[1], source, false);
        s.removed();
        return true;
    }

    @Override
    public String plain(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        return STYLE.matcher(LINE_START.matcher(line).replaceFirst("")).replaceAll("").replace("@@", "")
                .replace("''", "").replace("//", "").replace("__", "").replace("==", "").replace("^^", "")
                .replace("~~", "");
    }

    @Override
    public String verbatim(String text) {
        if (!text.contains("\"\"\"") && !text.endsWith("\"")) {
            return "\"\"\"" + text + "\"\"\"";
        }
        // <nowiki> runs to the first </nowiki>: one inside the text is split over two runs
        StringBuilder out = new StringBuilder();
        for (String piece : NOWIKI_END.split(text, -1)) {
            out.append("<nowiki>").append(piece).append("</nowiki>");
        }
        return out.toString();
    }
}
