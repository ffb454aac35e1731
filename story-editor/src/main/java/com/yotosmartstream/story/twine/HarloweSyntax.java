package com.yotosmartstream.story.twine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Harlowe 3 (its manual: macros {@code (name: args)} with an optional attached hook {@code [..]},
 * named hooks {@code |name>[..]} and {@code [..]<name|}, verbatim {@code `..`}, {@code $variables},
 * {@code ''strong''}, {@code //emphasis//}, {@code *em*}, {@code ~~strike~~}, {@code ^^sup^^},
 * {@code #} headings, {@code ---} rules, {@code {..}} whitespace collapsing). The ways on:
 * {@code (link-goto:)}, {@code (go-to:)}/{@code (redirect:)}, {@code (click-goto:)},
 * {@code (mouseover-goto:)}, {@code (link-reveal-goto:)}, {@code (link:)} with a go-to in its hook,
 * {@code (restart:)}. Names compare without case, dashes or underscores, as Harlowe's do.
 */
final class HarloweSyntax implements FormatSyntax {

    private static final Pattern MACRO = Pattern.compile("\\(([A-Za-z][\\w-]*):");
    private static final Pattern NAMED_HOOK = Pattern.compile("\\|[\\w-]+>(?=\\[)");
    private static final Pattern HOOK_SUFFIX = Pattern.compile("<[\\w-]+\\|");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_]\\w*");
    private static final Pattern RULE = Pattern.compile("\\s*-{3,}\\s*");
    private static final Pattern LINE_START = Pattern.compile("^\\s*(#{1,6}\\s*|\\*+\\s+)");
    private static final Pattern EM = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]*?\\S)\\*(?![\\w*])");

    @Override
    public boolean read(PassageScanner s) {
        String src = s.src();
        char c = src.charAt(s.pos());
        if (c == '(') {
            Matcher m = MACRO.matcher(src).region(s.pos(), src.length());
            return m.lookingAt() && macro(s, m.group(1));
        }
        if (c == '[' && (!s.startsWith("[[") || s.startsWith("[[["))) {
            int close = PassageScanner.matchBracket(src, s.pos());
            if (close < 0) {
                return false;
            }
            String hook = src.substring(s.pos() + 1, close);
            s.moveTo(afterSuffix(src, close + 1));
            s.read(hook);
            return true;
        }
        if (c == '|') {
            Matcher m = NAMED_HOOK.matcher(src).region(s.pos(), src.length());
            if (m.lookingAt()) {
                s.moveTo(m.end());
                return true;
            }
            return false;
        }
        if (c == '`') {
            return FormatSyntax.backticks(s);
        }
        if (c == '$') {
            Matcher m = VARIABLE.matcher(src).region(s.pos(), src.length());
            if (m.lookingAt()) {
                s.unmapped(m.group(), "prints a variable, which a card cannot hold");
                s.met("$variable", "removed (a card holds no variables)");
                s.moveTo(m.end());
                s.removed();
                return true;
            }
            return false;
        }
        if (c == '{' || c == '}') {
            s.moveTo(s.pos() + 1);
            return true;
        }
        return false;
    }

    private static int afterSuffix(String src, int from) {
        Matcher m = HOOK_SUFFIX.matcher(src).region(from, src.length());
        return m.lookingAt() ? m.end() : from;
    }

    private static final Pattern LINKS = Pattern.compile("\\[\\[.*?\\]\\]");
    private static final java.util.regex.Pattern PUT = java.util.regex.Pattern.compile("(?s)\\s*(.+?)\\s+into\\s+(\\$\\w+)\\s*");

    private boolean macro(PassageScanner s, String name) {
        String src = s.src();
        int start = s.pos();
        int close = PassageScanner.matchQuoted(src, start, '(', ')');
        if (close < 0) {
            return false;
        }
        String text = src.substring(start, close + 1);
        List<String> args = PassageScanner.splitArgs(src.substring(start + name.length() + 2, close));
        int after = close + 1;
        while (after < src.length() && (src.charAt(after) == ' ' || src.charAt(after) == '\t')) {
            after++;
        }
        String hook = null;
        if (after < src.length() && src.charAt(after) == '[' && (!src.startsWith("[[", after) || src.startsWith("[[[", after))) {
            int hookClose = PassageScanner.matchBracket(src, after);
            if (hookClose > 0) {
                hook = src.substring(after + 1, hookClose);
                close = afterSuffix(src, hookClose + 1) - 1;
            }
        }
        s.moveTo(close + 1);
        handle(s, name, "(" + name.toLowerCase(Locale.ROOT) + ":)", text, args, hook);
        return true;
    }

    private static void handle(PassageScanner s, String name, String key, String text, List<String> args, String hook) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        String first = args.isEmpty() ? null : PassageScanner.literal(args.get(0));
        String second = args.size() < 2 ? null : PassageScanner.literal(args.get(1));
        switch (n) {
            case "linkgoto" -> {
                String target = args.size() == 1 ? first : second;
                if (first == null || target == null) {
                    notFixed(s, key, text);
                } else {
                    s.met(key, "became an exit");
                    s.visibleChoice(first, target, text);
                }
            }
            case "goto", "redirect" -> {
                if (first == null) {
                    notFixed(s, key, text);
                } else {
                    s.met(key, s.inLink() ? "became the exit of the link around it"
                            : "became the end-of-track exit (it moves on by itself)");
                    s.choice("", first, text, true);
                    s.removed();
                }
            }
            case "clickgoto", "mouseovergoto" -> {
                String label = first != null ? first : args.isEmpty() ? "" : args.get(0).replaceFirst("^\\?", "");
                if (second == null) {
                    notFixed(s, key, text);
                } else {
                    s.met(key, "became an exit");
                    s.choice(label, second, text, false);
                    s.removed();
                }
            }
            case "linkrevealgoto" -> {
                String target = args.size() == 1 ? first : second;
                if (first == null || target == null) {
                    notFixed(s, key, text);
                } else {
                    s.met(key, "became an exit" + (hook == null || hook.isBlank() ? ""
                            : "; the text its hook shows as the story leaves was left out"));
                    s.visibleChoice(first, target, text);
                }
            }
            case "link", "linkreveal", "linkrepeat", "linkrerun" -> {
                if (first == null || hook == null) {
                    s.unmapped(text, "a link whose words are worked out while the story runs");
                    s.met(key, "left out");
                    s.removed();
                } else if (s.readAsLink(hook, first)) {
                    s.met(key, "became an exit (a go-to in its hook)");
                    s.linkWords(first);
                } else {
                    s.met(key, "reveals text: its words and text kept in the narration, no button");
                    s.text(first + " ");
                    s.read(hook);
                }
            }
            case "restart", "reload" -> {
                s.met(key, "became an exit to the start passage");
                s.choice("Restart", Choice.START, text, true);
                s.removed();
            }
            case "linkundo", "undo", "history", "visited", "linkstorylet", "storylet", "linkfullscreen" -> {
                s.unmapped(text, "depends on the path the reader took, which a card cannot know");
                s.met(key, "left out");
                s.removed();
            }
            case "set", "put" -> {
                String joined = String.join(", ", args);
                java.util.regex.Matcher put = PUT.matcher(joined);
                Optional<List<String>> sets = n.equals("set") ? TwineExpressions.sets(joined)
                        : put.matches() ? TwineExpressions.sets(put.group(2) + " to " + put.group(1)) : Optional.empty();
                if (sets.isPresent()) {
                    s.set(sets.get(), text, key);
                } else {
                    s.unmapped(text, "sets a value the card cannot hold (only true/false and whole numbers)");
                    s.met(key, "left out (not a value a card holds)");
                }
                s.removed();
            }
            case "move", "unpack" -> {
                s.unmapped(text, "moves values the card cannot hold");
                s.met(key, "left out");
                s.removed();
            }
            case "if", "elseif", "unless", "else" -> branch(s, n, key, text, String.join(", ", args), hook);
            case "print", "display", "either", "cond", "nth", "verbatimprint", "source" -> {
                s.unmapped(text, n.equals("display") ? "shows another passage inside this one" : "prints text worked out "
                        + "while the story runs");
                s.met(key, "left out");
                hook(s, hook);
            }
            case "hidden" -> {
                s.met(key, "left out with its hook");
                s.removed();
            }
            default -> {
                s.met(key, hook == null ? "removed" : "removed; its hook's text kept");
                hook(s, hook);
            }
        }
    }

    /**
     * {@code (if:)}, {@code (else-if:)}, {@code (unless:)}, {@code (else:)}: the links in the hook are
     * there only when the condition holds and no earlier branch's did (ADR 0082); a condition that
     * does not translate keeps every branch, as before, and is listed.
     */
    private static void branch(PassageScanner s, String n, String key, String text, String args, String hook) {
        List<String> earlier = n.equals("if") || n.equals("unless") ? List.of() : s.branches();
        Optional<String> own = n.equals("else") ? Optional.of("") : TwineExpressions.condition(args)
                .map(c -> n.equals("unless") ? "not (" + c + ")" : c);
        if (hook == null || own.isEmpty() || earlier == null) {
            s.branches(null);
            if (!n.equals("else")) {
                s.unmapped(text, "a condition the card cannot check: every branch's text and links are kept");
            }
            s.met(key, "every branch kept (a card cannot check conditions)");
            hook(s, hook);
            return;
        }
        List<String> parts = new java.util.ArrayList<>();
        earlier.forEach(e -> parts.add("not (" + e + ")"));
        if (!own.get().isEmpty()) {
            parts.add(parts.isEmpty() ? own.get() : "(" + own.get() + ")");
        }
        List<String> chain = new java.util.ArrayList<>(earlier);
        if (!own.get().isEmpty()) {
            chain.add(own.get());
        }
        s.met(key, "became the 'only if' of the links in its hook");
        if (!LINKS.matcher(hook).replaceAll("").isBlank()) {
            s.unmapped(text, "its text is spoken whatever the story's variables (a node's words do not change with"
                    + " them); its links are there only when the condition holds");
        }
        s.removed();
        if (parts.isEmpty()) {
            s.read(hook);
        } else {
            s.readUnder(String.join(" and ", parts), hook);
        }
        s.branches(n.equals("else") ? null : chain);
    }

    private static void hook(PassageScanner s, String hook) {
        s.removed();
        if (hook != null) {
            s.read(hook);
        }
    }

    private static void notFixed(PassageScanner s, String key, String text) {
        s.unmapped(text, "its passage or words are worked out while the story runs (from variables), so it "
                + "cannot become a fixed exit");
        s.met(key, "left out (not a fixed passage)");
        s.removed();
    }

    @Override
    public String plain(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String s = LINE_START.matcher(line).replaceFirst("")
                .replace("''", "").replace("//", "").replace("~~", "").replace("^^", "").replace("**", "");
        return EM.matcher(s).replaceAll("$1");
    }

    @Override
    public String verbatim(String text) {
        return FormatSyntax.inBackticks(text);
    }
}
