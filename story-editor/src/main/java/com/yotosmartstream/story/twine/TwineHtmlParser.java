package com.yotosmartstream.story.twine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Twine 2 published HTML ({@code twine-2-htmloutput-spec.md}) and library archives
 * ({@code twine-2-archive-spec.md}, several {@code <tw-storydata>} one after another): each
 * {@code <tw-storydata>} with its {@code <tw-passagedata>} elements; the start passage is the one
 * whose {@code pid} is {@code startnode}.
 */
public final class TwineHtmlParser {

    private static final Pattern STORY = Pattern.compile("<tw-storydata\\b([^>]*)>(.*?)</tw-storydata\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSAGE = Pattern.compile("<tw-passagedata\\b([^>]*)>(.*?)</tw-passagedata\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING = Pattern.compile("<tw-passagedata\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_CODE = Pattern.compile(
            "<(script|style)\\b([^>]*)>(.*?)</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private TwineHtmlParser() {
    }

    /** True when the text holds Twine story data. */
    public static boolean looksLikeTwineHtml(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).contains("<tw-storydata");
    }

    /** Every story in the file (one for published HTML, any number for an archive). */
    public static List<TwineStory> parse(String html) {
        List<TwineStory> stories = new ArrayList<>();
        Matcher story = STORY.matcher(html);
        while (story.find()) {
            stories.add(story(attributes(story.group(1)), story.group(2)));
        }
        return stories;
    }

    private static TwineStory story(Map<String, String> attributes, String body) {
        List<String> warnings = new ArrayList<>();
        List<TwinePassage> passages = new ArrayList<>();
        String startPid = attributes.getOrDefault("startnode", "");
        String start = "";
        Matcher passage = PASSAGE.matcher(body);
        while (passage.find()) {
            Map<String, String> a = attributes(passage.group(1));
            String name = a.getOrDefault("name", "");
            if (name.isBlank()) {
                warnings.add("A passage without a name (pid " + a.getOrDefault("pid", "?") + ") was left out.");
                continue;
            }
            String tagText = a.getOrDefault("tags", "").strip();
            List<String> tags = tagText.isEmpty() ? List.of() : Arrays.asList(tagText.split("\\s+"));
            var position = TweeParser.parsePosition(a.getOrDefault("position", ""));
            if (position.isEmpty() && a.containsKey("position")) {
                warnings.add("Passage '" + name + "' has a position that could not be read; it was placed anew.");
            }
            passages.add(new TwinePassage(name, tags, position, unescape(passage.group(2))));
            if (!startPid.isEmpty() && startPid.equals(a.get("pid"))) {
                start = name;
            }
        }
        int opened = (int) OPENING.matcher(body).results().count();
        int read = passages.size() + (int) warnings.stream().filter(w -> w.startsWith("A passage without a name")).count();
        if (opened > read) {
            warnings.add((opened - read) + " of the " + opened + " passages in the file could not be read (their "
                    + "<tw-passagedata> element is damaged or never closed); they are not in the story.");
        }
        if (!startPid.isEmpty() && start.isEmpty() && !passages.isEmpty()) {
            warnings.add("The story's startnode (" + startPid + ") names no passage; it starts at the first passage, '"
                    + passages.get(0).name() + "'. Choose the start in the editor if that is wrong.");
            start = passages.get(0).name();
        }
        String script = "";
        String stylesheet = "";
        Matcher code = USER_CODE.matcher(body.replaceAll("(?is)<tw-passagedata\\b.*?</tw-passagedata\\s*>", ""));
        while (code.find()) {
            String role = attributes(code.group(2)).getOrDefault("role", "");
            if (role.equals("script") || (role.isEmpty() && code.group(1).equalsIgnoreCase("script"))) {
                script += code.group(3).strip();
            } else {
                stylesheet += code.group(3).strip();
            }
        }
        return new TwineStory(attributes.getOrDefault("name", ""), attributes.getOrDefault("ifid", ""), start,
                attributes.getOrDefault("format", ""), attributes.getOrDefault("format-version", ""), passages,
                script, stylesheet, warnings);
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : "";
            attributes.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    /** Decodes HTML character references: the named ones Twine writes, and numeric ones. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String entity = text.substring(i + 1, semi);
                String decoded = decode(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    static String decode(String entity) {
        switch (entity) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00a0";
            case "mdash":
                return "\u2014";
            case "ndash":
                return "\u2013";
            case "hellip":
                return "\u2026";
            case "lsquo":
                return "\u2018";
            case "rsquo":
                return "\u2019";
            case "ldquo":
                return "\u201c";
            case "rdquo":
                return "\u201d";
            default:
                break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
