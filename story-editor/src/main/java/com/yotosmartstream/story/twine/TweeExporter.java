package com.yotosmartstream.story.twine;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.TwineOrigin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a story as Twee 3 so that importing it gives the same story back (ADR 0066):
 * {@code StoryTitle}, {@code StoryData} (IFID, start, the story format it came in), the passages
 * set aside on import, then a passage per node with its tags (plus {@code ending}) and place. A
 * node imported from Twine whose narration and exits are still what its source says is written
 * as that source, macros and all; any other node as its narration (in the format's verbatim
 * markup when it would otherwise read differently) and one link per line with its words, left,
 * right, end, {@code [[]]} keeping an empty button's place. Twee has no audio, icons or "stop"
 * buttons; what cannot be written is listed in the result.
 */
public final class TweeExporter {

    /** The Twee text and what it could not hold. */
    public record Export(String twee, List<String> notes) {
        public Export {
            notes = List.copyOf(notes);
        }
    }

    /** A body line that would read as a header gets one more backslash; {@link TweeParser} takes one off. */
    private static final java.util.regex.Pattern HEADER_LIKE = java.util.regex.Pattern.compile("(?m)^(\\\\*::)");

    private TweeExporter() {
    }

    public static Export export(Story story) {
        List<String> notes = new ArrayList<>();
        Optional<TwineOrigin> origin = story.info().twine();
        StoryFormat format = origin.flatMap(o -> StoryFormat.named(o.format())).orElse(StoryFormat.HARLOWE);
        Set<String> reserved = new HashSet<>(List.of("StoryTitle", "StoryData"));
        if (!story.info().variables().isEmpty()) {
            reserved.add("Variables"); // where the variables are declared (TwineLogicWriter)
        }
        origin.ifPresent(o -> TweeParser.parse(o.passages()).passages().forEach(p -> reserved.add(p.name())));
        Map<String, String> names = passageNames(story, reserved, format);
        Map<String, String> ids = new HashMap<>();
        names.forEach((id, name) -> ids.put(name, id));
        StringBuilder out = new StringBuilder();
        out.append(":: StoryTitle\n").append(story.title().isBlank() ? ""
                : HEADER_LIKE.matcher(story.title().strip()).replaceAll("\\\\$1") + "\n").append('\n');
        JsonObject data = new JsonObject();
        data.addProperty("ifid", story.info().id().toUpperCase(Locale.ROOT));
        data.addProperty("format", format.displayName());
        String version = origin.map(TwineOrigin::formatVersion).orElse(format.defaultVersion());
        if (!version.isBlank()) {
            data.addProperty("format-version", version);
        }
        story.start().ifPresent(s -> data.addProperty("start", names.get(s.id())));
        out.append(":: StoryData\n").append(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(data)).append("\n\n");
        origin.ifPresent(o -> out.append(o.passages()));
        boolean declared = origin.isPresent() && TweeParser.parse(origin.get().passages()).passages().stream()
                .anyMatch(p -> p.name().equals("StoryInit") || p.tags().contains("startup"));
        if (!declared && TwineLogicWriter.writes(format)) {
            out.append(TwineLogicWriter.declarations(story, format, notes));
        }
        boolean anyAudio = false;
        for (StoryNode node : story.nodes()) {
            anyAudio |= node.audio().isPresent() || node.icon().isPresent();
            List<String> tags = new ArrayList<>(node.tags());
            if (node.isEnding() && !tags.contains(TwineImporter.ENDING_TAG)) {
                tags.add(TwineImporter.ENDING_TAG);
            }
            out.append(passage(names.get(node.id()), tags, Optional.of(node.position()),
                    body(story, node, format, names, ids, notes)));
        }
        if (anyAudio) {
            notes.add("Twee has no place for audio tracks or icons; they are not in the exported file.");
        }
        return new Export(out.toString(), notes);
    }

    private static String body(Story story, StoryNode node, StoryFormat format, Map<String, String> names,
            Map<String, String> ids, List<String> notes) {
        Map<Exit, String> targets = new EnumMap<>(Exit.class);
        for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
            if (exit.getValue() instanceof Target.Goto go) {
                targets.put(exit.getKey(), names.getOrDefault(go.nodeId(), clean(go.nodeId())));
            } else if (exit.getKey() != Exit.END) {
                notes.add("'" + node.title() + "': its " + exit.getKey().label().toLowerCase(Locale.ROOT)
                        + " stops the story, which Twee cannot say; it is left out.");
            }
        }
        if (!node.source().isEmpty()) {
            if (sourceHolds(story, node, format, names, ids)) {
                return node.source();
            }
            notes.add("'" + node.title() + "' was changed since it came from Twine, so it is written from its narration "
                    + "and exits; its Twine source (macros, variables) is not in the file.");
        }
        if (node.usesVariables() && TwineLogicWriter.writes(format)) {
            return TwineLogicWriter.body(format, node, targets, node.labels(), body(format, node.narration(), Map.of(),
                    Map.of()));
        } else if (node.usesVariables()) {
            notes.add("'" + node.title() + "': " + format.displayName() + " stories are exported without variables; its"
                    + " sets and conditions are not in the file.");
        }
        String body = body(format, node.narration(), targets, node.labels());
        if (!readsAs(format, body, node.narration(), targets, node.labels())) {
            notes.add("'" + node.title() + "': its narration or link words may read differently in Twine.");
        }
        return body;
    }

    /** Whether the node's source still says what the node does: the same narration, exits and link words. */
    private static boolean sourceHolds(Story story, StoryNode node, StoryFormat format, Map<String, String> names,
            Map<String, String> ids) {
        ReadPassage read = format.read(node.source());
        if (!read.narration().equals(node.narration()) || !read.sets().equals(node.sets())) {
            return false;
        }
        ExitSlots slots = ExitSlots.of(read.choices());
        if (!slots.conditions().equals(node.onlyIf())) {
            return false;
        }
        // links beyond three (not yet connected by the "more choices" fix) stay in the source, as written
        if (slots.targets().size() != node.exits().size()) {
            return false;
        }
        String startName = story.start().map(s -> names.get(s.id())).orElse("");
        for (Map.Entry<Exit, String> slot : slots.targets().entrySet()) {
            String name = slot.getValue().equals(Choice.START) ? startName : slot.getValue();
            String id = ids.getOrDefault(name, name);
            if (!(node.exit(slot.getKey()).orElse(null) instanceof Target.Goto go && (go.nodeId().equals(id)
                    || go.nodeId().equals("passage " + name)))) {
                return false;
            }
            String label = slots.labels().get(slot.getKey());
            if (!node.label(slot.getKey()).orElse(name).equals(label.isBlank() ? name : label)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A passage body that imports as this narration and these exits: the narration (verbatim when
     * the format would read it differently), then a link per line, {@code [[]]} for an empty button
     * before a used one. The import keeps no source for a passage written exactly so.
     */
    static String body(StoryFormat format, String narration, Map<Exit, String> targets, Map<Exit, String> labels) {
        String links = links(targets, labels);
        if (narration.isEmpty()) {
            return links;
        }
        String plain = links.isEmpty() ? narration : narration + "\n" + links;
        if (readsAs(format, plain, narration, targets, labels)) {
            return plain;
        }
        String verbatim = format.verbatim(narration);
        return links.isEmpty() ? verbatim : verbatim + "\n" + links;
    }

    /**
     * Whether {@code text}, which the format reads as this narration and these exits, is exactly
     * what {@link #body} writes for them (then the import keeps no source). Cheap: the text is
     * compared first, and read again only when it is the verbatim form.
     */
    static boolean isBody(StoryFormat format, String text, String narration, Map<Exit, String> targets,
            Map<Exit, String> labels) {
        String links = links(targets, labels);
        String plain = narration.isEmpty() ? links : links.isEmpty() ? narration : narration + "\n" + links;
        if (text.equals(plain)) {
            return true;
        }
        if (narration.isEmpty()) {
            return false;
        }
        String verbatim = format.verbatim(narration);
        return text.equals(links.isEmpty() ? verbatim : verbatim + "\n" + links)
                && !readsAs(format, plain, narration, targets, labels);
    }

    /** Whether the format reads {@code body} as this narration and these exits, nothing else. */
    private static boolean readsAs(StoryFormat format, String body, String narration, Map<Exit, String> targets,
            Map<Exit, String> labels) {
        ReadPassage read = format.read(body);
        if (!read.narration().equals(narration) || !read.unmapped().isEmpty()) {
            return false;
        }
        ExitSlots slots = ExitSlots.of(read.choices());
        if (!slots.extra().isEmpty() || !slots.targets().equals(targets)) {
            return false;
        }
        for (Map.Entry<Exit, String> target : targets.entrySet()) {
            String label = slots.labels().get(target.getKey());
            String expected = labels.getOrDefault(target.getKey(), target.getValue());
            if (!(label.isBlank() ? target.getValue() : label).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    static String links(Map<Exit, String> targets, Map<Exit, String> labels) {
        StringBuilder body = new StringBuilder();
        int last = -1;
        for (Exit exit : Exit.values()) {
            if (targets.containsKey(exit)) {
                last = exit.ordinal();
            }
        }
        for (int i = 0; i <= last; i++) {
            Exit exit = Exit.values()[i];
            String target = targets.get(exit);
            String label = labels.get(exit);
            body.append(i > 0 ? "\n" : "");
            if (target == null) {
                body.append("[[]]");
            } else if (label == null || label.equals(target)) {
                body.append(target.contains("|") || target.contains("<-") ? "[[" + target + "->" + target + "]]"
                        : "[[" + target + "]]");
            } else {
                body.append("[[").append(label.replace("]]", "] ]").replace("][", "] [")).append("->").append(target)
                        .append("]]");
            }
        }
        return body.toString();
    }

    /** One Twee 3 passage: header (name escaped, tags, position) and body, then a blank line. */
    static String passage(String name, List<String> tags, Optional<Position> position, String body) {
        StringBuilder out = new StringBuilder(":: ").append(name.replaceAll("\\s+", " ").strip()
                .replaceAll("([\\[\\]{}\\\\])", "\\\\$1"));
        if (!tags.isEmpty()) {
            out.append(" [").append(String.join(" ", tags.stream().map(t -> t.replaceAll("[\\s\\[\\]]+", "-")).toList()))
                    .append(']');
        }
        position.ifPresent(p -> out.append(" {\"position\":\"").append(number(p.x())).append(',').append(number(p.y()))
                .append("\",\"size\":\"100,100\"}"));
        out.append('\n');
        if (!body.isEmpty()) {
            out.append(HEADER_LIKE.matcher(body).replaceAll("\\\\$1")).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * A unique passage name per node, from its title, without what breaks a link or a header, and
     * never a name the format treats as special (a node would not come back as a node).
     */
    static Map<String, String> passageNames(Story story, Set<String> reserved, StoryFormat format) {
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>(reserved);
        for (StoryNode node : story.nodes()) {
            String base = clean(node.title().isBlank() ? "Untitled " + node.id() : node.title());
            String name = base;
            for (int n = 2; format.isSpecialName(name) || !used.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.put(node.id(), name);
        }
        return names;
    }

    private static String clean(String title) {
        return title.replace("->", "→").replace("<-", "←").replace('|', '¦').replace('[', '(').replace(']', ')')
                .replace('{', '(').replace('}', ')').replace('\\', '/').replaceAll("\\s+", " ").strip();
    }
}
