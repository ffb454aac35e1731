package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.layout.LayeredLayout;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a story from a Twine story the way Yoto's twee2yoto does: each passage a node, its text
 * the narration (links read as their display text), the first link the left button, the second
 * the right, the third the end of track; a passage without links is an ending. Places on Twine's
 * map and the start passage are kept. Nothing is cut silently: a passage with more than three
 * links, links to missing passages and links to web pages are reported by name.
 */
public final class TwineImporter {

    /** The tag that marks a passage as an ending (written by the Twee export). */
    public static final String ENDING_TAG = "ending";

    private TwineImporter() {
    }

    public static ImportResult toStory(TwineStory twine) {
        List<String> notes = new ArrayList<>(twine.warnings());
        List<ImportResult.Overflow> overflows = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        int number = 1;
        for (TwinePassage passage : twine.passages()) {
            if (ids.containsKey(passage.name())) {
                notes.add("Two passages are named '" + passage.name() + "'; the second was imported as its own node, "
                        + "and links lead to the first.");
            }
            ids.putIfAbsent(passage.name(), "n" + number);
            number++;
        }
        List<StoryNode> nodes = new ArrayList<>();
        boolean anyPosition = twine.passages().stream().anyMatch(p -> p.position().isPresent());
        number = 1;
        for (TwinePassage passage : twine.passages()) {
            String id = "n" + number++;
            List<String> tags = new ArrayList<>(passage.tags());
            boolean endingTag = tags.remove(ENDING_TAG);
            StoryNode node = StoryNode.create(id, passage.name(), passage.position().orElse(Position.ORIGIN))
                    .withNarration(TwineLink.narration(passage.text()).strip()).withTags(tags);
            List<Target> targets = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (TwineLink link : TwineLink.parse(passage.text())) {
                if (link.isExternal()) {
                    notes.add("Passage '" + passage.name() + "' links to the web page " + link.target()
                            + ", which a card cannot open; that link was left out.");
                    continue;
                }
                String target = ids.get(link.target());
                if (target == null) {
                    target = ids.containsValue(link.target()) ? "passage " + link.target() : link.target();
                    notes.add("Passage '" + passage.name() + "' links to '" + link.target()
                            + "', which does not exist; the lint lists that exit until it is connected.");
                }
                targets.add(Target.to(target));
                texts.add(link.text());
            }
            Exit[] order = Exit.values();
            for (int i = 0; i < Math.min(3, targets.size()); i++) {
                node = node.withExit(order[i], targets.get(i)).withLabel(order[i], texts.get(i)); // spoken in prompts
            }
            if (targets.size() > 3) {
                overflows.add(new ImportResult.Overflow(id, passage.name(), targets.subList(3, targets.size()),
                        texts.subList(3, texts.size())));
            }
            node = node.withEnding(endingTag || targets.isEmpty());
            nodes.add(node);
        }
        overflows.forEach(o -> notes.add(o.message()));
        String startName = twine.start().isEmpty() && !twine.passages().isEmpty() ? twine.passages().get(0).name()
                : twine.start();
        String startId = ids.getOrDefault(startName, "");
        if (startId.isEmpty() && !twine.passages().isEmpty()) {
            notes.add("The start passage '" + startName + "' does not exist; the story starts at the first passage.");
            startId = "n1";
        }
        String storyId = twine.ifid().isBlank() ? UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT)
                : twine.ifid();
        Story story = Story.of(new StoryInfo(storyId, twine.name(), "", "", "", startId), nodes);
        if (!anyPosition || twine.passages().stream().anyMatch(p -> p.position().isEmpty())) {
            story = placeUnplaced(story, twine, anyPosition);
        }
        return new ImportResult(story, notes, overflows);
    }

    /** Lays out a story without Twine positions, or puts the passages that had none below the rest. */
    private static Story placeUnplaced(Story story, TwineStory twine, boolean anyPosition) {
        if (!anyPosition) {
            Map<String, Position> positions = new LayeredLayout().layout(story);
            Story placed = story;
            for (Map.Entry<String, Position> p : positions.entrySet()) {
                placed = placed.withNode(placed.node(p.getKey()).orElseThrow().withPosition(p.getValue()));
            }
            return placed;
        }
        double bottom = story.nodes().stream().mapToDouble(n -> n.position().y()).max().orElse(0) + 200;
        Story placed = story;
        int i = 0;
        int number = 1;
        for (TwinePassage passage : twine.passages()) {
            String id = "n" + number++;
            if (passage.position().isEmpty()) {
                placed = placed.withNode(placed.node(id).orElseThrow().withPosition(new Position(i++ * 240, bottom)));
            }
        }
        return placed;
    }
}
