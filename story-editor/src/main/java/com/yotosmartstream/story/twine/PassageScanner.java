package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one passage with a story format's {@link FormatSyntax}: what the format recognises at the
 * current place it consumes; the rest is read the way every format shares ({@code [[links]]},
 * Yoto's empty slot {@code [[]]}, HTML tags and comments, character references). The narration is
 * built with markers (a link's words, a removed macro, a verbatim run) that {@link #finish} turns
 * into plain text: a line that held only links or removed code disappears, so choices written one
 * per line are exits and not narration (ADR 0066). Not thread-safe; one per passage.
 */
final class PassageScanner {

    private static final char VERBATIM_OPEN = '\uE000';
    private static final char VERBATIM_CLOSE = '\uE001';
    private static final char LABEL_OPEN = '\uE002';
    private static final char LABEL_CLOSE = '\uE003';
    private static final char REMOVED = '\uE004';
    private static final Pattern PRIVATE = Pattern.compile("[\uE000-\uE004]");
    private static final Pattern TAG = Pattern.compile(
            "</?([A-Za-z][\\w-]*)(?:\\s[^<>]*)?/?>|<!--|<![A-Za-z][^<>\\n]*>");
    private static final Pattern LABEL = Pattern.compile(LABEL_OPEN + "[^" + LABEL_CLOSE + "]*" + LABEL_CLOSE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|•·,;/*-]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern VERBATIM = Pattern.compile(VERBATIM_OPEN + "(\\d+)" + VERBATIM_CLOSE);
    private static final Pattern BLOCK = Pattern.compile("br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|hr");

    private final FormatSyntax syntax;
    private final StringBuilder out = new StringBuilder();
    private final List<Choice> choices = new ArrayList<>();
    private final List<ReadPassage.Unmapped> unmapped = new ArrayList<>();
    private final List<ReadPassage.Met> met = new ArrayList<>();
    private final List<String> verbatims = new ArrayList<>();
    private final List<String> sets = new ArrayList<>();
    private final java.util.ArrayDeque<String> conditions = new java.util.ArrayDeque<>();
    private List<String> branches;
    private int onClick;
    private String src = "";
    private int pos;
    private int silent;
    private String linkLabel;
    private int linkChoices;

    PassageScanner(FormatSyntax syntax) {
        this.syntax = syntax;
    }

    /** Reads a whole passage. */
    static ReadPassage read(FormatSyntax syntax, String text) {
        PassageScanner scanner = new PassageScanner(syntax);
        String clean = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        if (clean.chars().anyMatch(c -> c >= VERBATIM_OPEN && c <= REMOVED)) {
            clean = PRIVATE.matcher(clean).replaceAll("\uFFFD");
        }
        scanner.read(syntax.prepare(clean, scanner));
        return new ReadPassage(scanner.finish(), scanner.choices, scanner.unmapped, scanner.met, scanner.sets);
    }

    // ---- reading ----

    /** Reads {@code text} here, as if it stood in place of what is being read (a hook, a macro's body). */
    void read(String text) {
        String savedSrc = src;
        int savedPos = pos;
        src = text;
        pos = 0;
        while (pos < src.length()) {
            if (!syntax.read(this)) {
                common();
            }
        }
        src = savedSrc;
        pos = savedPos;
    }

    /** Reads {@code text} silently (a body run on click); true when it led somewhere, its choices taking {@code label}. */
    boolean readAsLink(String text, String label) {
        String saved = linkLabel;
        int before = linkChoices;
        linkLabel = label;
        silent++;
        read(text);
        silent--;
        linkLabel = saved;
        return linkChoices > before;
    }

    /** Reads a link's body, run when the link is chosen: silently, and what it sets is not what entering does. */
    void readOnClick(String text) {
        onClick++;
        try {
            readSilently(text);
        } finally {
            onClick--;
        }
    }

    /** Reads {@code text} without narration (SugarCube's {@code <<silently>>}); its choices still count. */
    void readSilently(String text) {
        silent++;
        read(text);
        silent--;
    }

    private void common() {
        if (startsWith("<!--")) {
            int end = src.indexOf("-->", pos + 4);
            pos = end < 0 ? src.length() : end + 3;
            removed();
        } else if (startsWith("[[")) {
            link();
        } else if (src.charAt(pos) == '<' && tag()) {
            return;
        } else if (src.charAt(pos) == '&' && entity()) {
            return;
        } else {
            text(String.valueOf(src.charAt(pos++)));
        }
    }

    private void link() {
        int end = src.indexOf("]]", pos + 2);
        if (end < 0) {
            text(src.substring(pos));
            pos = src.length();
            return;
        }
        String source = src.substring(pos, end + 2);
        String inner = src.substring(pos + 2, end);
        pos = end + 2;
        if (inner.isBlank() || inner.strip().equals("|")) {
            choices.add(Choice.emptySlot(source));
            met("[[]]", "kept as an empty button slot (twine-to-yoto)");
            removed();
            return;
        }
        TwineLink link = TwineLink.of(source, inner);
        if (inner.contains("][")) {
            met("setter link [[...][...]]", "became an exit; the setter was left out (a card holds no variables)");
        }
        if (link.isExternal()) {
            unmapped(source, "links to a web page, which a card cannot open");
            text(link.text());
            return;
        }
        visibleChoice(link.text(), link.target(), source);
    }

    /** An HTML tag: block tags break the line, script and style go with their content, the rest go. */
    private boolean tag() {
        Matcher m = TAG.matcher(src).region(pos, src.length());
        if (!m.lookingAt() || m.group().equals("<!--")) {
            return false;
        }
        String name = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean closing = m.group().startsWith("</");
        pos = m.end();
        if (!closing && (name.equals("script") || name.equals("style"))) {
            int end = src.toLowerCase(Locale.ROOT).indexOf("</" + name, pos);
            int close = end < 0 ? -1 : src.indexOf('>', end);
            String body = src.substring(m.start(), close < 0 ? src.length() : close + 1);
            pos = close < 0 ? src.length() : close + 1;
            met("<" + name + ">", "removed");
            if (name.equals("script")) {
                unmapped(body, "is a script, which a card cannot run");
            }
            removed();
        } else if (!closing && name.equals("a") && m.group().contains("data-passage")) {
            String target = TwineHtmlParser.attributes(m.group().substring(2, m.group().length() - 1))
                    .getOrDefault("data-passage", "");
            int end = src.toLowerCase(Locale.ROOT).indexOf("</a", pos);
            String label = end < 0 ? "" : src.substring(pos, end).replaceAll("<[^>]*>", "");
            int close = end < 0 ? -1 : src.indexOf('>', end);
            String source = src.substring(m.start(), close < 0 ? pos : close + 1);
            pos = close < 0 ? pos : close + 1;
            met("<a data-passage>", "became an exit");
            visibleChoice(TwineHtmlParser.unescape(label).strip(), target, source);
        } else if (BLOCK.matcher(name).matches()) {
            text("\n");
            removed();
        } else {
            removed();
        }
        return true;
    }

    private boolean entity() {
        int semi = src.indexOf(';', pos);
        if (semi < 0 || semi - pos > 10) {
            return false;
        }
        String decoded = TwineHtmlParser.decode(src.substring(pos + 1, semi));
        if (decoded == null) {
            return false;
        }
        text(decoded);
        pos = semi + 1;
        return true;
    }

    // ---- what the syntaxes call ----

    String src() {
        return src;
    }

    int pos() {
        return pos;
    }

    void moveTo(int value) {
        pos = value;
    }

    boolean startsWith(String prefix) {
        return src.startsWith(prefix, pos);
    }

    /** Narration text (nothing while silent). */
    void text(String value) {
        if (silent == 0) {
            out.append(value);
        }
    }

    /** Marks where something was taken out, so a line left with nothing else goes. */
    void removed() {
        if (silent == 0) {
            out.append(REMOVED);
        }
    }

    /** Text kept exactly as written (verbatim markup). */
    void verbatim(String literal) {
        if (silent == 0) {
            out.append(VERBATIM_OPEN).append(verbatims.size()).append(VERBATIM_CLOSE);
            verbatims.add(literal);
        }
    }

    /** A choice whose words stand in the passage (a link); the words stay in the narration. */
    void visibleChoice(String label, String target, String source) {
        choice(label, target, source, false);
        if (silent == 0) {
            out.append(LABEL_OPEN).append(label).append(LABEL_CLOSE);
        }
    }

    /** A choice; inside a link's body it takes the link's words. */
    void choice(String label, String target, String source, boolean automatic) {
        if (linkLabel != null) {
            choices.add(new Choice(linkLabel, target, source, false, condition()));
            linkChoices++;
        } else {
            choices.add(new Choice(label, target, source, automatic, condition()));
        }
    }

    /**
     * What the passage sets when the story enters it (the variable language, ADR 0082); a set
     * inside a condition or a link's body is not what entering does, so it is listed instead.
     */
    void set(List<String> assignments, String text, String macro) {
        if (!conditions.isEmpty() || linkLabel != null || onClick > 0) {
            unmapped(text, linkLabel != null || onClick > 0 ? "sets a variable when a link is chosen; a card sets variables only on"
                    + " entering a passage" : "sets a variable only under a condition; a card sets them on entering a"
                    + " passage");
            met(macro, "left out (set under a condition or by a link)");
            return;
        }
        sets.addAll(assignments);
        met(macro, "became what the node sets");
    }

    /** Reads {@code text} with its choices only there when {@code condition} holds (the variable language). */
    void readUnder(String condition, String text) {
        conditions.push(condition);
        try {
            read(text);
        } finally {
            conditions.pop();
        }
    }

    /** The conditions of the last Harlowe {@code (if:)} chain, for its {@code (else-if:)}/{@code (else:)}; null when unknown. */
    List<String> branches() {
        return branches;
    }

    void branches(List<String> value) {
        branches = value;
    }

    private String condition() {
        if (conditions.isEmpty()) {
            return "";
        }
        if (conditions.size() == 1) {
            return conditions.peek();
        }
        List<String> parts = new ArrayList<>();
        conditions.descendingIterator().forEachRemaining(c -> parts.add("(" + c + ")"));
        return String.join(" and ", parts);
    }

    /** Whether a choice made now takes the words of a link around it. */
    boolean inLink() {
        return linkLabel != null;
    }

    /** The words of a link whose choice was found in its body. */
    void linkWords(String label) {
        if (silent == 0) {
            out.append(LABEL_OPEN).append(label).append(LABEL_CLOSE);
        }
    }

    void unmapped(String text, String why) {
        unmapped.add(new ReadPassage.Unmapped(text, why));
    }

    void met(String macro, String outcome) {
        met.add(new ReadPassage.Met(macro, outcome));
    }

    // ---- the narration ----

    private String finish() {
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            String bare = LABEL.matcher(line).replaceAll("").replace(String.valueOf(REMOVED), "");
            boolean marked = bare.length() != line.length();
            if (marked && SEPARATORS.matcher(bare).replaceAll("").isEmpty()) {
                continue;
            }
            String kept = line.replace(String.valueOf(REMOVED), "").replace(String.valueOf(LABEL_OPEN), "")
                    .replace(String.valueOf(LABEL_CLOSE), "");
            String plain = SPACES.matcher(syntax.plain(kept)).replaceAll(" ").strip();
            if (plain.isEmpty() && !kept.isBlank()) {
                continue;
            }
            lines.add(plain);
        }
        StringBuilder text = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blank = text.length() > 0;
                continue;
            }
            if (text.length() > 0) {
                text.append(blank ? "\n\n" : "\n");
            }
            text.append(line);
            blank = false;
        }
        return restoreVerbatims(text.toString());
    }

    private String restoreVerbatims(String text) {
        if (verbatims.isEmpty()) {
            return text;
        }
        Matcher m = VERBATIM.matcher(text);
        StringBuilder restored = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(restored, Matcher.quoteReplacement(verbatims.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(restored);
        return restored.toString();
    }

    // ---- helpers for the syntaxes ----

    /** The index of the {@code close} that matches the {@code open} at {@code from}, skipping quoted strings; -1 if none. */
    static int matchQuoted(String s, int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(s, i);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the {@code ]} that matches the {@code [} at {@code from} (prose: quotes are not strings); -1 if none. */
    static int matchBracket(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the string starting with the quote at {@code from} ends (its closing quote); -1 if it does not. */
    static int stringEnd(String s, int from) {
        char quote = s.charAt(from);
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** Splits macro arguments at top-level commas (not inside strings, brackets or parentheses). */
    static List<String> splitArgs(String args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(args, i);
                i = end < 0 ? args.length() - 1 : end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(args.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!args.substring(start).isBlank() || !parts.isEmpty()) {
            parts.add(args.substring(start).strip());
        }
        return parts;
    }

    /** The value of a string literal ({@code "x"} or {@code 'x'}, backslash escapes undone); null for anything else. */
    static String literal(String arg) {
        String s = arg.strip();
        if (s.length() < 2 || (s.charAt(0) != '"' && s.charAt(0) != '\'') || stringEnd(s, 0) != s.length() - 1) {
            return null;
        }
        String inner = s.substring(1, s.length() - 1);
        if (inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Counts how often each macro was met and what became of it, for the import report. */
    static void count(List<ReadPassage.Met> met, Map<String, Map<String, Integer>> counts) {
        for (ReadPassage.Met m : met) {
            counts.computeIfAbsent(m.macro(), k -> new java.util.LinkedHashMap<>()).merge(m.outcome(), 1, Integer::sum);
        }
    }
}
