package com.yotosmartstream.story.twine;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a story as Twee 3: {@code StoryTitle}, {@code StoryData} (IFID and start), then a passage
 * per node with its tags (plus {@code ending} for endings), its place on the map, its narration
 * and its exits as links in left, right, end order. Twee has no audio, icons or "stop" exits; what
 * cannot be written is listed in the result.
 */
public final class TweeExporter {

    /** The Twee text and what it could not hold. */
    public record Export(String twee, List<String> notes) {
        public Export {
            notes = List.copyOf(notes);
        }
    }

    private TweeExporter() {
    }

    public static Export export(Story story) {
        List<String> notes = new ArrayList<>();
        Map<String, String> names = passageNames(story);
        StringBuilder out = new StringBuilder();
        out.append(":: StoryTitle\n").append(story.title().isBlank() ? "Untitled story" : story.title()).append("\n\n");
        JsonObject data = new JsonObject();
        data.addProperty("ifid", story.info().id().toUpperCase(Locale.ROOT));
        data.addProperty("format", "Harlowe");
        data.addProperty("format-version", "3.3.9");
        story.start().ifPresent(s -> data.addProperty("start", names.get(s.id())));
        out.append(":: StoryData\n").append(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(data)).append("\n\n");
        boolean anyAudio = false;
        for (StoryNode node : story.nodes()) {
            anyAudio |= node.audio().isPresent() || node.icon().isPresent();
            List<String> tags = new ArrayList<>(node.tags());
            if (node.isEnding() && !tags.contains(TwineImporter.ENDING_TAG)) {
                tags.add(TwineImporter.ENDING_TAG);
            }
            out.append(":: ").append(names.get(node.id()));
            if (!tags.isEmpty()) {
                out.append(" [").append(String.join(" ", tags.stream().map(t -> t.replaceAll("[\\s\\[\\]]+", "-")).toList()))
                        .append(']');
            }
            out.append(" {\"position\":\"").append(Math.round(node.position().x())).append(',')
                    .append(Math.round(node.position().y())).append("\",\"size\":\"100,100\"}\n");
            if (!node.narration().isBlank()) {
                out.append(node.narration().strip()).append('\n');
            }
            out.append(links(story, node, names, notes));
            out.append('\n');
        }
        if (anyAudio) {
            notes.add("Twee has no place for audio tracks or icons; they are not in the exported file.");
        }
        return new Export(out.toString(), notes);
    }

    private static String links(Story story, StoryNode node, Map<String, String> names, List<String> notes) {
        StringBuilder links = new StringBuilder();
        boolean gap = false;
        for (Exit exit : Exit.values()) {
            Target target = node.exit(exit).orElse(null);
            if (target instanceof Target.Goto go) {
                if (gap) {
                    notes.add("'" + node.title() + "': Twee links have no buttons, only an order, so its "
                            + exit.label().toLowerCase(Locale.ROOT) + " comes back as an earlier exit when imported.");
                }
                String name = names.getOrDefault(go.nodeId(), clean(go.nodeId()));
                links.append("[[").append(name).append("]]\n");
            } else {
                gap = true;
                if (target instanceof Target.Stop && exit != Exit.END) {
                    notes.add("'" + node.title() + "': its " + exit.label().toLowerCase(Locale.ROOT)
                            + " stops the story, which Twee cannot say; it is left out.");
                }
            }
        }
        return links.toString();
    }

    /** A unique passage name per node, from its title, without the characters links and headers use. */
    static Map<String, String> passageNames(Story story) {
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>(List.of("StoryTitle", "StoryData"));
        for (StoryNode node : story.nodes()) {
            String base = clean(node.title().isBlank() ? "Untitled " + node.id() : node.title());
            String name = base;
            for (int n = 2; !used.add(name); n++) {
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
