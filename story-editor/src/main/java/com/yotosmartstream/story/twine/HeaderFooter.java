package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The passages a story format shows with every passage ({@link StoryFormat#framePart}) and, when
 * the author asks for it ({@link ImportOptions#mergeHeaderAndFooter}), what merging them into
 * every node does (ADR 0084): their narration goes before (headers) and after (footers) each
 * node's own, with a blank line between; their links become exits on the exits a node leaves free,
 * in the order Twine shows them (headers' links first). A node's own links keep their places; an
 * exit an empty slot {@code [[]]} keeps empty stays empty; an ending stays an ending (a footer's
 * "start again" would otherwise leave a card with no end); a link to the node itself is not added.
 * What each link became is counted and reported once, not per node. Harlowe shows several header
 * passages in the order of their names (capitals first), as {@link String#compareTo} sorts them.
 */
final class HeaderFooter {

    /** A header or footer passage as read. */
    private record Frame(TwinePassage passage, StoryFormat.FramePart part, ReadPassage read) {
    }

    /** What became of one link of a header or footer across the nodes. */
    private static final class Tally {
        final Map<Exit, Integer> added = new LinkedHashMap<>();
        int noSlot;
        int endings;
        int itself;
    }

    private final List<Frame> frames;
    private final boolean merge;
    private final Map<Choice, Tally> tallies = new LinkedHashMap<>();

    private HeaderFooter(List<Frame> frames, boolean merge) {
        this.frames = frames;
        this.merge = merge;
    }

    /** The header and footer passages among {@code passages} (special ones included), read if they are to be merged. */
    static HeaderFooter of(StoryFormat format, List<TwinePassage> passages, boolean merge) {
        List<Frame> frames = new ArrayList<>();
        for (TwinePassage passage : passages) {
            format.framePart(passage).ifPresent(part -> frames.add(new Frame(passage, part,
                    merge ? format.read(passage.text()) : null)));
        }
        frames.sort(Comparator.comparing((Frame f) -> f.part()).thenComparing(f -> f.passage().name()));
        return new HeaderFooter(List.copyOf(frames), merge);
    }

    /** Names of the header and footer passages found (headers first). */
    List<String> names() {
        return frames.stream().map(f -> f.passage().name()).toList();
    }

    boolean isFrame(TwinePassage passage) {
        return frames.stream().anyMatch(f -> f.passage() == passage);
    }

    /** Whether their text goes into every node. */
    boolean merging() {
        return merge && !frames.isEmpty();
    }

    /** A node's narration with the headers' before it and the footers' after it. */
    String narration(String own) {
        if (!merging()) {
            return own;
        }
        List<String> parts = new ArrayList<>();
        frames.stream().filter(f -> f.part() == StoryFormat.FramePart.HEADER).forEach(f -> parts.add(f.read().narration()));
        parts.add(own);
        frames.stream().filter(f -> f.part() == StoryFormat.FramePart.FOOTER).forEach(f -> parts.add(f.read().narration()));
        return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
    }

    /**
     * Puts the headers' and footers' links on the exits a node leaves free.
     *
     * @param ids node ids by passage name (story passages only)
     * @param startName the start passage's name (what a restart link leads to)
     * @param leadsOn whether the passage leads on by itself (else it is an ending and gets none)
     */
    StoryNode addExits(StoryNode node, String passageName, ExitSlots slots, boolean leadsOn, Map<String, String> ids,
            String startName) {
        if (!merging()) {
            return node;
        }
        List<Exit> free = new ArrayList<>(slots.free());
        for (Frame frame : frames) {
            for (Choice choice : frame.read().choices()) {
                if (choice.isEmptySlot()) {
                    continue;
                }
                String name = choice.target().equals(Choice.START) ? startName : choice.target();
                Tally tally = tallies.computeIfAbsent(choice, c -> new Tally());
                if (!ids.containsKey(name)) {
                    continue; // reported once, in report()
                }
                if (!leadsOn) {
                    tally.endings++;
                } else if (name.equals(passageName)) {
                    tally.itself++;
                } else if (free.isEmpty()) {
                    tally.noSlot++;
                } else {
                    Exit exit = free.remove(0);
                    node = node.withExit(exit, Target.to(ids.get(name)));
                    if (!choice.label().isBlank() && !choice.label().equals(name)) {
                        node = node.withLabel(exit, choice.label());
                    }
                    tally.added.merge(exit, 1, Integer::sum);
                }
            }
        }
        return node;
    }

    /**
     * Adds to the import report what was merged and what became of each link, or, when not merging,
     * that the choice exists; and counts the macros met in the merged passages once each.
     */
    void report(StoryFormat format, List<String> notes, Map<String, Map<String, Integer>> met, Map<String, String> ids,
            String startName) {
        if (frames.isEmpty()) {
            return;
        }
        String list = String.join(", ", names().stream().map(n -> "'" + n + "'").toList());
        if (!merging()) {
            notes.add(0, format.displayName() + " shows " + list + " with every passage; " + (frames.size() == 1 ? "it is"
                    : "they are") + " not in the nodes. To have " + (frames.size() == 1 ? "its" : "their")
                    + " text and links in every node, choose '" + ImportOptions.MERGE_LABEL + "' (the story is imported "
                    + "again).");
            return;
        }
        List<String> merged = new ArrayList<>();
        for (Frame frame : frames) {
            boolean header = frame.part() == StoryFormat.FramePart.HEADER;
            String narration = frame.read().narration();
            merged.add("Merged the " + (header ? "header" : "footer") + " '" + frame.passage().name() + "' into every node: "
                    + (narration.isBlank() ? "it has no narration" : "'" + shorten(narration) + "' goes "
                    + (header ? "before" : "after") + " each node's narration") + ".");
            PassageScanner.count(frame.read().met(), met);
            if (!frame.read().unmapped().isEmpty()) {
                merged.add("In '" + frame.passage().name() + "': " + String.join("; ", frame.read().unmapped().stream()
                        .map(u -> "'" + shorten(u.text()) + "' " + u.why()).toList()) + ".");
            }
            for (Choice choice : frame.read().choices()) {
                if (!choice.isEmptySlot()) {
                    merged.add(linkNote(frame, choice, ids, startName));
                }
            }
        }
        notes.addAll(0, merged);
    }

    private String linkNote(Frame frame, Choice choice, Map<String, String> ids, String startName) {
        String name = choice.target().equals(Choice.START) ? startName : choice.target();
        String words = "Its link '" + (choice.label().isBlank() ? name : choice.label()) + "'";
        if (!ids.containsKey(name)) {
            return words + " (in '" + frame.passage().name() + "') leads to '" + name + "', which is not a story passage; "
                    + "it was left out.";
        }
        Tally tally = tallies.getOrDefault(choice, new Tally());
        List<String> parts = new ArrayList<>();
        tally.added.forEach((exit, times) -> parts.add("the " + exit.label().toLowerCase(Locale.ROOT) + " of " + nodes(times)));
        String text = words + " (in '" + frame.passage().name() + "') to '" + name + "' became "
                + (parts.isEmpty() ? "no exit" : String.join(", ", parts));
        if (tally.noSlot > 0) {
            text += "; " + nodes(tally.noSlot) + " had no free exit for it (their own links come first)";
        }
        if (tally.endings > 0) {
            text += "; " + nodes(tally.endings) + (tally.endings == 1 ? " is an ending and stays one"
                    : " are endings and stay endings");
        }
        if (tally.itself > 0) {
            text += "; " + nodes(tally.itself) + " would lead to " + (tally.itself == 1 ? "itself" : "themselves")
                    + ", so it was left out there";
        }
        return text + ".";
    }

    private static String nodes(int n) {
        return n == 1 ? "1 node" : n + " nodes";
    }

    private static String shorten(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
