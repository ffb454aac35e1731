package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.layout.LayeredLayout;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.TwineOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Makes a story from a Twine story the way Yoto's twine-to-yoto does, read with the syntax of its
 * story format (ADR 0066): each story passage a node whose narration is the passage's prose as
 * plain text, every way on ({@code [[links]]} and the format's link macros) an exit with its
 * words, in the order written: left button, right button, end of track; {@code [[]]} keeps a
 * button empty; a passage without a way on is an ending. Special passages ({@code StoryInit},
 * scripts, stylesheets, headers...) are not nodes; they and the passage sources are kept for the
 * Twee export; on request the header and footer are merged into every node instead
 * ({@link HeaderFooter}). Nothing is cut silently: what could not become an exit is listed per
 * passage with its text, and the macros met with what became of each.
 */
public final class TwineImporter {

    /** The tag that marks a passage as an ending (written by the Twee export). */
    public static final String ENDING_TAG = "ending";

    /** Told how far an import has got. */
    @FunctionalInterface
    public interface Progress {
        void passagesRead(long done, long total);
    }

    private TwineImporter() {
    }

    public static ImportResult toStory(TwineStory twine) {
        return toStory(twine, ImportOptions.DEFAULT, (done, total) -> { });
    }

    /** As {@link #toStory(TwineStory)} with the author's choices. */
    public static ImportResult toStory(TwineStory twine, ImportOptions options) {
        return toStory(twine, options, (done, total) -> { });
    }

    /** As {@link #toStory(TwineStory)}, saying how many passages are read so far (every 200, and at the end). */
    public static ImportResult toStory(TwineStory twine, Progress progress) {
        return toStory(twine, ImportOptions.DEFAULT, progress);
    }

    /** As {@link #toStory(TwineStory, ImportOptions)}, saying how many passages are read so far. */
    public static ImportResult toStory(TwineStory twine, ImportOptions options, Progress progress) {
        List<String> notes = new ArrayList<>(twine.warnings());
        List<TwinePassage> all = twine.passages().stream().map(TwineImporter::normalized).toList();
        Optional<StoryFormat> named = StoryFormat.named(twine.format());
        StoryFormat format = named.orElseGet(() -> StoryFormat.guess(all));
        if (named.isEmpty()) {
            notes.add(0, (twine.format().isBlank() ? "The story names no story format"
                    : "The story's format '" + twine.format() + "' is not one the import reads") + "; its passages read like "
                    + format.displayName() + ", so they were read as " + format.displayName() + ". Check the narration.");
        }
        List<TwinePassage> passages = new ArrayList<>();
        StringBuilder aside = new StringBuilder();
        HeaderFooter frames = HeaderFooter.of(format, all, options.mergeHeaderAndFooter());
        List<String> variables = new ArrayList<>();
        for (TwinePassage passage : all) {
            Optional<String> special = format.special(passage);
            if (special.isPresent() && (passage.name().equals("StoryInit") || passage.tags().contains("startup"))) {
                variables.addAll(StartValues.of(passage, format, notes));
            }
            if (special.isPresent() && frames.merging() && frames.isFrame(passage)) {
                // its text is in every node now: kept for the export too, Twine would show it twice
                notes.add("Passage '" + passage.name() + "' " + special.get() + ": its text is merged into every node, "
                        + "so it is not kept for the Twee export.");
            } else if (special.isPresent()) {
                notes.add("Passage '" + passage.name() + "' " + special.get() + ": it is not a node; it is kept for the "
                        + "Twee export.");
                aside.append(TweeExporter.passage(passage.name(), passage.tags(), passage.position(), passage.text()));
            } else {
                passages.add(passage);
            }
        }
        if (!twine.script().isBlank()) {
            aside.append(TweeExporter.passage("Story JavaScript", List.of("script"), Optional.empty(),
                    lines(twine.script())));
        }
        if (!twine.stylesheet().isBlank()) {
            aside.append(TweeExporter.passage("Story Stylesheet", List.of("stylesheet"), Optional.empty(),
                    lines(twine.stylesheet())));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            if (ids.putIfAbsent(passages.get(i).name(), "n" + (i + 1)) != null) {
                notes.add("Two passages are named '" + passages.get(i).name() + "'; the second was imported as its own "
                        + "node, and links lead to the first.");
            }
        }
        String startName = startName(twine, all, passages, ids, notes);
        Map<String, Map<String, Integer>> met = new TreeMap<>();
        List<ImportResult.Overflow> overflows = new ArrayList<>();
        List<StoryNode> nodes = new ArrayList<>();
        boolean anyPosition = passages.stream().anyMatch(p -> p.position().isPresent());
        for (int i = 0; i < passages.size(); i++) {
            TwinePassage passage = passages.get(i);
            ReadPassage read = format.read(passage.text());
            PassageScanner.count(read.met(), met);
            nodes.add(node("n" + (i + 1), passage, read, format, ids, startName, notes, overflows, frames));
            if (i % 200 == 199) {
                progress.passagesRead(i + 1, passages.size());
            }
        }
        progress.passagesRead(passages.size(), passages.size());
        frames.report(format, notes, met, ids, startName);
        met.forEach((macro, outcomes) -> outcomes.forEach((outcome, times) -> notes.add(macroNote(macro, outcome, times))));
        overflows.forEach(o -> notes.add(o.message()));
        String storyId = twine.ifid().isBlank() ? UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT)
                : twine.ifid();
        TwineOrigin origin = new TwineOrigin(format.displayName(), twine.formatVersion(), aside.toString());
        Story story = Story.of(new StoryInfo(storyId, lines(twine.name()).strip(), "", "", "", ids.getOrDefault(startName, ""))
                .withTwine(Optional.of(origin)).withVariables(variables), nodes);
        if (!anyPosition || passages.stream().anyMatch(p -> p.position().isEmpty())) {
            story = placeUnplaced(story, passages, anyPosition);
        }
        return new ImportResult(story, notes, overflows, format, frames.names(), frames.merging());
    }

    private static String startName(TwineStory twine, List<TwinePassage> all, List<TwinePassage> passages,
            Map<String, String> ids, List<String> notes) {
        if (passages.isEmpty()) {
            return "";
        }
        String start = twine.start();
        if (start.isEmpty()) {
            return passages.get(0).name();
        }
        if (!ids.containsKey(start)) {
            boolean special = all.stream().anyMatch(p -> p.name().equals(start));
            notes.add("The start passage '" + start + "' " + (special ? "is not a story passage" : "does not exist")
                    + "; the story starts at the first passage, '" + passages.get(0).name() + "'.");
            return passages.get(0).name();
        }
        return start;
    }

    /** Text with one kind of line ending ({@code \n}), as Twee reads it, and no trailing blank lines. */
    private static String lines(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, end));
    }

    /** One kind of line ending and no trailing blank lines, as a Twee body has. */
    private static TwinePassage normalized(TwinePassage passage) {
        String[] lines = passage.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        String text = String.join("\n", java.util.Arrays.asList(lines).subList(0, end));
        return new TwinePassage(passage.name(), passage.tags(), passage.position(), text);
    }

    private static StoryNode node(String id, TwinePassage passage, ReadPassage read, StoryFormat format,
            Map<String, String> ids, String startName, List<String> notes, List<ImportResult.Overflow> overflows,
            HeaderFooter frames) {
        List<String> tags = new ArrayList<>(passage.tags());
        boolean endingTag = tags.remove(ENDING_TAG);
        StoryNode node = StoryNode.create(id, passage.name(), passage.position().orElse(Position.ORIGIN))
                .withNarration(read.narration()).withTags(tags).withSets(read.sets());
        ExitSlots slots = ExitSlots.of(read.choices());
        Map<Exit, String> names = new HashMap<>();
        for (Map.Entry<Exit, String> slot : slots.targets().entrySet()) {
            String name = slot.getValue().equals(Choice.START) ? startName : slot.getValue();
            names.put(slot.getKey(), name);
            node = node.withExit(slot.getKey(), target(passage, name, ids, notes))
                    .withOnlyIf(slot.getKey(), slots.conditions().get(slot.getKey()));
            String label = slots.labels().get(slot.getKey());
            if (!label.isBlank() && !label.equals(name)) {
                node = node.withLabel(slot.getKey(), label);
            }
        }
        if (!slots.extra().isEmpty()) {
            overflows.add(new ImportResult.Overflow(id, passage.name(), slots.extra().stream()
                    .map(c -> target(passage, c.target().equals(Choice.START) ? startName : c.target(), ids, notes))
                    .toList(), slots.extra().stream().map(c -> c.label().isEmpty() ? c.target() : c.label()).toList()));
        }
        if (!read.unmapped().isEmpty()) {
            notes.add("Passage '" + passage.name() + "': " + String.join("; ", read.unmapped().stream()
                    .map(u -> "'" + shorten(u.text()) + "' " + u.why()).toList()) + ".");
        }
        boolean leadsOn = !slots.targets().isEmpty() || !slots.extra().isEmpty();
        boolean plain = TweeExporter.isBody(format, passage.text(), node.narration(), names, node.labels());
        if (frames.merging()) {
            node = frames.addExits(node.withNarration(frames.narration(node.narration())), passage.name(), slots,
                    leadsOn && !endingTag, ids, startName);
            plain = false;
        }
        return node.withEnding(endingTag || !leadsOn).withSource(plain ? "" : passage.text());
    }

    private static Target target(TwinePassage passage, String name, Map<String, String> ids, List<String> notes) {
        String target = ids.get(name);
        if (target == null) {
            target = ids.containsValue(name) ? "passage " + name : name;
            notes.add("Passage '" + passage.name() + "' links to '" + name
                    + "', which is not a story passage; the lint lists that exit until it is connected.");
        }
        return Target.to(target.isBlank() ? "(no name)" : target);
    }

    private static String shorten(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }

    private static String macroNote(String macro, String outcome, int times) {
        return "Met " + macro + (times == 1 ? " once" : " " + times + " times") + ": " + outcome + ".";
    }

    /** Lays out a story without Twine positions, or puts the passages that had none below the rest. */
    private static Story placeUnplaced(Story story, List<TwinePassage> passages, boolean anyPosition) {
        if (!anyPosition) {
            Map<String, Position> positions = new LayeredLayout().layout(story);
            Map<String, Optional<StoryNode>> moved = new HashMap<>();
            positions.forEach((id, p) -> moved.put(id, Optional.of(story.node(id).orElseThrow().withPosition(p))));
            return story.withNodes(moved);
        }
        double bottom = story.nodes().stream().mapToDouble(n -> n.position().y()).max().orElse(0) + 200;
        Map<String, Optional<StoryNode>> moved = new HashMap<>();
        int column = 0;
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).position().isEmpty()) {
                String id = "n" + (i + 1);
                moved.put(id, Optional.of(story.node(id).orElseThrow().withPosition(new Position(column++ * 240, bottom))));
            }
        }
        return story.withNodes(moved);
    }
}
