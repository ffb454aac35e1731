package com.yotosmartstream.story.twine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.story.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads Twee 3 ({@code twee-3-specification.md}): {@code :: Name [tags] {"position":"x,y"}}
 * headers, bodies up to the next header without trailing blank lines, {@code StoryTitle} and
 * {@code StoryData} (IFID, start, format). Every other passage is returned, special ones too: which
 * are story passages depends on the story format ({@link StoryFormat#special}). Bad metadata is a
 * warning and parsing goes on.
 */
public final class TweeParser {

    /** A body line written as {@code \::...} (one backslash more than meant) so it is not a header. */
    private static final java.util.regex.Pattern ESCAPED_HEADER = java.util.regex.Pattern.compile("\\\\+::");

    private TweeParser() {
    }

    /** True when the text looks like Twee (a line starting with {@code ::}). */
    public static boolean looksLikeTwee(String text) {
        return text.startsWith("::") || text.contains("\n::");
    }

    public static TwineStory parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> warnings = new ArrayList<>();
        List<TwinePassage> passages = new ArrayList<>();
        String title = "";
        String ifid = "";
        String start = "";
        StoryData data = new StoryData("", "", "", "");
        Header header = null;
        List<String> body = new ArrayList<>();
        int headerLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            if (end || lines[i].startsWith("::")) {
                if (header != null) {
                    String content = trimTrailingBlankLines(body);
                    switch (header.name) {
                        case "StoryTitle" -> title = content.strip();
                        case "StoryData" -> {
                            data = storyData(content, warnings);
                            ifid = data.ifid;
                            start = data.start;
                        }
                        default -> passages.add(new TwinePassage(header.name, header.tags,
                                position(header, headerLine, warnings), content));
                    }
                }
                if (!end) {
                    header = header(lines[i]);
                    headerLine = i + 1;
                    body.clear();
                }
            } else if (header != null) {
                body.add(ESCAPED_HEADER.matcher(lines[i]).lookingAt() ? lines[i].substring(1) : lines[i]);
            }
        }
        if (start.isEmpty() && passages.stream().anyMatch(p -> p.name().equals("Start"))) {
            start = "Start";
        }
        return new TwineStory(title, ifid, start, data.format, data.formatVersion, passages, "", "", warnings);
    }

    private record Header(String name, List<String> tags, String metadata) {
    }

    private record StoryData(String ifid, String start, String format, String formatVersion) {
    }

    /** Splits a header line into name (unescaped), tags and metadata text. */
    static Header header(String line) {
        String rest = line.substring(2).stripLeading();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                name.append(rest.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '[' || c == '{') {
                break;
            }
            name.append(c);
            i++;
        }
        List<String> tags = List.of();
        String after = rest.substring(i).strip();
        if (after.startsWith("[")) {
            int close = after.indexOf(']');
            if (close > 0) {
                String inside = after.substring(1, close).strip();
                tags = inside.isEmpty() ? List.of() : Arrays.asList(inside.split("\\s+"));
                after = after.substring(close + 1).strip();
            }
        }
        return new Header(name.toString().strip(), tags, after.startsWith("{") ? after : "");
    }

    private static Optional<Position> position(Header header, int line, List<String> warnings) {
        if (header.metadata.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonElement json = JsonParser.parseString(header.metadata);
            if (json instanceof JsonObject object && object.get("position") != null) {
                Optional<Position> position = parsePosition(object.get("position").getAsString());
                if (position.isEmpty()) {
                    throw new IllegalArgumentException("position is not two numbers");
                }
                return position;
            }
            return Optional.empty();
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | IllegalArgumentException e) {
            warnings.add("Passage '" + header.name + "' (line " + line + ") has metadata that could not be read; its "
                    + "place on the map was not kept.");
            return Optional.empty();
        }
    }

    /** "600,400" as a position; empty when it is not two numbers. */
    static Optional<Position> parsePosition(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Position(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static StoryData storyData(String content, List<String> warnings) {
        try {
            JsonElement json = JsonParser.parseString(content);
            if (json instanceof JsonObject object) {
                String ifid = member(object, "ifid");
                return new StoryData(ifid, member(object, "start"), member(object, "format"),
                        member(object, "format-version"));
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // reported below
        }
        warnings.add("StoryData could not be read; the story starts at 'Start' or at the first passage.");
        return new StoryData("", "", "", "");
    }

    private static String member(JsonObject object, String name) {
        return object.get(name) instanceof com.google.gson.JsonPrimitive p ? p.getAsString() : "";
    }

    private static String trimTrailingBlankLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", lines.subList(0, end));
    }
}
