package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chapbook 1 and 2 (its guide: a vars section of {@code name: value} lines ended by {@code --} at
 * the top of a passage, modifiers on their own line such as {@code [if x]}, {@code [else]},
 * {@code [continue]}, {@code [note]}, {@code [javascript]}, inserts in braces, Markdown). The ways
 * on: {@code {link to: 'Target', label: 'words'}}, {@code {restart link}} (to the start passage).
 */
final class ChapbookSyntax implements FormatSyntax {

    private static final Pattern VAR_LINE = Pattern.compile("\\s*[A-Za-z_$][\\w.$]*\\s*(\\([^)]*\\))?\\s*:.*");
    private static final Pattern MODIFIER = Pattern.compile("\\s*\\[([^\\[\\]]+)\\]\\s*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_$][\\w.$]*");
    private static final Pattern RULE = Pattern.compile("\\s*((\\*\\s*){3,}|-{3,}|_{3,})\\s*");
    private static final Pattern LINE_START = Pattern.compile("^\\s*(#{1,6}\\s*|[*+-]\\s+|>\\s?)");
    private static final Pattern EM = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]*?\\S)\\*(?![\\w*])");
    private static final Pattern UNDERLINE_EM = Pattern.compile("(?<![\\w_])_(?=\\S)([^_]*?\\S)_(?![\\w_])");

    @Override
    public String prepare(String text, PassageScanner s) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int rule = lines.indexOf("--");
        if (rule > 0 && lines.subList(0, rule).stream().allMatch(l -> l.isBlank() || VAR_LINE.matcher(l).matches())) {
            List<String> sets = new ArrayList<>();
            boolean all = true;
            for (String line : lines.subList(0, rule)) {
                if (!line.isBlank()) {
                    // "name: value" (Chapbook's guide); "name (condition): value" is not translated
                    int colon = line.indexOf(':');
                    java.util.Optional<List<String>> set = line.substring(0, colon).contains("(") ? java.util.Optional.empty()
                            : TwineExpressions.sets("$" + line.substring(0, colon).strip() + " to " + line.substring(colon + 1));
                    if (set.isPresent()) {
                        sets.addAll(set.get());
                    } else {
                        all = false;
                        s.unmapped(line.strip(), "sets a value the card cannot hold (only true/false and whole numbers)");
                    }
                }
            }
            if (sets.isEmpty()) {
                s.met("vars section", "removed (not values a card holds)");
            } else {
                s.set(sets, String.join("\n", lines.subList(0, rule)), "vars section");
                if (!all) {
                    s.met("vars section", "partly left out");
                }
            }
            lines = new ArrayList<>(lines.subList(rule + 1, lines.size()));
        }
        StringBuilder out = new StringBuilder();
        boolean hidden = false;
        for (String line : lines) {
            Matcher m = MODIFIER.matcher(line);
            if (m.matches() && !line.strip().startsWith("[[")) {
                String modifier = m.group(1).strip();
                String name = modifier.split("\\s+")[0].toLowerCase(Locale.ROOT);
                hidden = name.equals("note") || name.equals("javascript") || name.equals("css") || name.equals("fork");
                if (name.equals("if") || name.equals("unless") || name.equals("else")) {
                    if (!name.equals("else")) {
                        s.unmapped(line.strip(), "a condition the card cannot check: every branch's text and links are kept");
                    }
                    s.met("[" + name + "]", "every branch kept (a card cannot check conditions)");
                } else {
                    s.met("[" + name + "]", hidden ? "removed with the text under it" : "removed");
                    if (name.equals("javascript")) {
                        s.unmapped(line.strip(), "is a script, which a card cannot run");
                    }
                }
                out.append('\n');
                continue;
            }
            out.append(hidden ? "" : line).append('\n');
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    @Override
    public boolean read(PassageScanner s) {
        String src = s.src();
        char c = src.charAt(s.pos());
        if (c == '`') {
            return FormatSyntax.backticks(s);
        }
        if (c != '{' || s.pos() + 1 >= src.length() || !Character.isLetter(src.charAt(s.pos() + 1))) {
            return false;
        }
        int close = PassageScanner.matchQuoted(src, s.pos(), '{', '}');
        if (close < 0 || src.substring(s.pos(), close).indexOf('\n') >= 0) {
            return false;
        }
        String text = src.substring(s.pos(), close + 1);
        String inner = src.substring(s.pos() + 1, close).strip();
        s.moveTo(close + 1);
        insert(s, text, inner);
        return true;
    }

    private static void insert(PassageScanner s, String text, String inner) {
        if (VARIABLE.matcher(inner).matches()) {
            s.unmapped(text, "prints a variable, which a card cannot hold");
            s.met("{variable}", "left out");
            s.removed();
            return;
        }
        Map<String, String> props = new LinkedHashMap<>();
        String name = "";
        for (String part : PassageScanner.splitArgs(inner)) {
            int colon = part.indexOf(':');
            String key = (colon < 0 ? part : part.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : part.substring(colon + 1).strip();
            if (name.isEmpty()) {
                name = key;
            }
            props.put(key, value);
        }
        String key = "{" + name + "}";
        switch (name) {
            case "link to" -> {
                String target = PassageScanner.literal(props.get("link to"));
                String label = props.containsKey("label") ? PassageScanner.literal(props.get("label")) : target;
                if (target == null || label == null) {
                    s.unmapped(text, "its passage or words are worked out while the story runs, so it cannot become a "
                            + "fixed exit");
                    s.met(key, "left out (not a fixed passage)");
                    s.removed();
                } else {
                    s.met(key, "became an exit");
                    s.visibleChoice(label, target, text);
                }
            }
            case "restart link" -> {
                String label = props.containsKey("label") ? PassageScanner.literal(props.get("label")) : null;
                s.met(key, "became an exit to the start passage");
                s.visibleChoice(label == null ? "Restart" : label, Choice.START, text);
            }
            case "back link" -> {
                s.unmapped(text, "goes back to the passage the reader came from, which a card cannot know");
                s.met(key, "left out");
                s.removed();
            }
            default -> {
                s.unmapped(text, "changes the page while the story runs");
                s.met(key, "left out");
                s.removed();
            }
        }
    }

    @Override
    public String plain(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String s = LINE_START.matcher(line).replaceFirst("").replace("**", "").replace("__", "").replace("~~", "");
        return UNDERLINE_EM.matcher(EM.matcher(s).replaceAll("$1")).replaceAll("$1");
    }

    @Override
    public String verbatim(String text) {
        return FormatSyntax.inBackticks(text);
    }
}
