package com.yotosmartstream.story.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a story, which becomes one chapter (with one track) of the card: a title, the
 * narration to record, the library track it plays, a 16x16 icon, tags, its place on the canvas,
 * whether it is an ending, and up to three exits. Immutable: {@code with...} returns a copy.
 */
public final class StoryNode {

    private final String id;
    private final String title;
    private final String narration;
    private final AudioRef audio;
    private final String icon;
    private final List<String> tags;
    private final Position position;
    private final boolean ending;
    private final Map<Exit, Target> exits;
    private final Waiting waiting;
    private final Map<Exit, String> labels;
    private final String source;
    private final List<String> sets;
    private final Map<Exit, String> onlyIf;

    private StoryNode(String id, String title, String narration, AudioRef audio, String icon, List<String> tags,
            Position position, boolean ending, Map<Exit, Target> exits, Waiting waiting) {
        this(id, title, narration, audio, icon, tags, position, ending, exits, waiting, Map.of(), "", List.of(), Map.of());
    }

    private StoryNode(String id, String title, String narration, AudioRef audio, String icon, List<String> tags,
            Position position, boolean ending, Map<Exit, Target> exits, Waiting waiting, Map<Exit, String> labels,
            String source, List<String> sets, Map<Exit, String> onlyIf) {
        this.id = Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A node id must not be blank");
        }
        this.title = title == null ? "" : title;
        this.narration = narration == null ? "" : narration;
        this.audio = audio;
        this.icon = icon == null || icon.isBlank() ? null : icon;
        this.tags = List.copyOf(tags);
        this.position = Objects.requireNonNull(position, "position");
        this.ending = ending;
        EnumMap<Exit, Target> copy = new EnumMap<>(Exit.class);
        copy.putAll(exits);
        this.exits = Collections.unmodifiableMap(copy);
        this.waiting = waiting;
        EnumMap<Exit, String> named = new EnumMap<>(Exit.class);
        labels.forEach((exit, label) -> {
            if (copy.containsKey(exit) && label != null && !label.isBlank()) {
                named.put(exit, label);
            }
        });
        this.labels = Collections.unmodifiableMap(named);
        this.source = source == null ? "" : source;
        this.sets = sets.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        EnumMap<Exit, String> conditions = new EnumMap<>(Exit.class);
        onlyIf.forEach((exit, condition) -> {
            if (copy.containsKey(exit) && condition != null && !condition.isBlank()) {
                conditions.put(exit, condition.strip());
            }
        });
        this.onlyIf = Collections.unmodifiableMap(conditions);
    }

    /** A new node with only an id, a title and a place. */
    public static StoryNode create(String id, String title, Position position) {
        return new StoryNode(id, title, "", null, null, List.of(), position, false, Map.of(), null);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The script a storyteller records for this node. */
    public String narration() {
        return narration;
    }

    public Optional<AudioRef> audio() {
        return Optional.ofNullable(audio);
    }

    /** The icon reference ({@code yoto:#<mediaId>}), if one was chosen. */
    public Optional<String> icon() {
        return Optional.ofNullable(icon);
    }

    public List<String> tags() {
        return tags;
    }

    public Position position() {
        return position;
    }

    /** Marked by the storyteller as one of the story's endings. */
    public boolean isEnding() {
        return ending;
    }

    /** The exits that are set, in left, right, end order. */
    public Map<Exit, Target> exits() {
        return exits;
    }

    public Optional<Target> exit(Exit exit) {
        return Optional.ofNullable(exits.get(exit));
    }

    /** The ids of the nodes this node's exits go to, in exit order (a node may appear twice). */
    public List<String> targetIds() {
        return exits.values().stream().filter(t -> t instanceof Target.Goto)
                .map(t -> ((Target.Goto) t).nodeId()).toList();
    }

    public StoryNode withId(String value) {
        return new StoryNode(value, title, narration, audio, icon, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    public StoryNode withTitle(String value) {
        return new StoryNode(id, value, narration, audio, icon, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    public StoryNode withNarration(String value) {
        return new StoryNode(id, title, value, audio, icon, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    /** With {@code value} null, the node has no audio. */
    public StoryNode withAudio(AudioRef value) {
        return new StoryNode(id, title, narration, value, icon, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    /** With {@code value} null or blank, the node has no icon. */
    public StoryNode withIcon(String value) {
        return new StoryNode(id, title, narration, audio, value, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    public StoryNode withTags(List<String> value) {
        return new StoryNode(id, title, narration, audio, icon, value, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    public StoryNode withPosition(Position value) {
        return new StoryNode(id, title, narration, audio, icon, tags, value, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    public StoryNode withEnding(boolean value) {
        return new StoryNode(id, title, narration, audio, icon, tags, position, value, exits, waiting, labels, source, sets, onlyIf);
    }

    /** With {@code target} null, the exit is cleared. */
    public StoryNode withExit(Exit exit, Target target) {
        EnumMap<Exit, Target> copy = new EnumMap<>(Exit.class);
        copy.putAll(exits);
        if (target == null) {
            copy.remove(exit);
        } else {
            copy.put(exit, target);
        }
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, copy, waiting, labels, source, sets, onlyIf);
    }

    /**
     * What this node does when it asks a question and nobody answers; empty when the story's
     * choice ({@link StoryInfo#waiting()}) holds.
     */
    public Optional<Waiting> waiting() {
        return Optional.ofNullable(waiting);
    }

    /** With {@code value} null, the story's choice holds. */
    public StoryNode withWaiting(Waiting value) {
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, exits, value, labels, source, sets, onlyIf);
    }

    /**
     * Whether the node asks a question that waits for an answer: a button leads somewhere and the
     * end of its track has no exit of its own, so what happens then is the waiting's choice.
     */
    public boolean asksQuestion() {
        return !exits.containsKey(Exit.END) && (exits.containsKey(Exit.LEFT) || exits.containsKey(Exit.RIGHT));
    }

    /** What the node does when nobody answers, with the story's choice where it has none. */
    public Waiting waiting(Waiting storyDefault) {
        return waiting != null ? waiting : storyDefault;
    }

    public StoryNode withExits(Map<Exit, Target> value) {
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, value, waiting, labels, source, sets, onlyIf);
    }

    /**
     * The words a Twine link showed for this exit ({@code [[Climb the tower->Tower]]}), when they
     * differ from the target's name; kept so a Twee export writes the link as it was (ADR 0066).
     */
    public Optional<String> label(Exit exit) {
        return Optional.ofNullable(labels.get(exit));
    }

    public Map<Exit, String> labels() {
        return labels;
    }

    /** With {@code value} null or blank, the exit has no label. A label is kept only on an exit that is set. */
    public StoryNode withLabel(Exit exit, String value) {
        EnumMap<Exit, String> copy = new EnumMap<>(Exit.class);
        copy.putAll(labels);
        if (value == null || value.isBlank()) {
            copy.remove(exit);
        } else {
            copy.put(exit, value);
        }
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, exits, waiting, copy, source, sets, onlyIf);
    }

    /**
     * The passage as its Twine author wrote it (macros, markup, links), empty for a node made here.
     * The narration is read from it on import; a Twee export writes it back while the node's
     * narration and exits are still what it says (ADR 0066).
     */
    public String source() {
        return source;
    }

    public StoryNode withSource(String value) {
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, exits, waiting, labels, value, sets, onlyIf);
    }

    /**
     * What the story sets when it enters this node, in order, each in the story's variable
     * language ({@code key = true}, {@code gold = gold + 1}; ADR 0082). Empty for most nodes.
     */
    public List<String> sets() {
        return sets;
    }

    /** Blank lines are dropped. */
    public StoryNode withSets(List<String> value) {
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, exits, waiting, labels, source,
                value, onlyIf);
    }

    /**
     * The conditions under which exits are there ({@code key and not door_open}; ADR 0082): an exit
     * whose condition is false in the story's state is not on the card's track for that state, as
     * a Twine link inside a false {@code (if:)} is not shown. Kept only on exits that are set.
     */
    public Map<Exit, String> onlyIf() {
        return onlyIf;
    }

    public Optional<String> onlyIf(Exit exit) {
        return Optional.ofNullable(onlyIf.get(exit));
    }

    /** With {@code condition} null or blank, the exit is always there. */
    public StoryNode withOnlyIf(Exit exit, String condition) {
        EnumMap<Exit, String> copy = new EnumMap<>(Exit.class);
        copy.putAll(onlyIf);
        if (condition == null || condition.isBlank()) {
            copy.remove(exit);
        } else {
            copy.put(exit, condition);
        }
        return new StoryNode(id, title, narration, audio, icon, tags, position, ending, exits, waiting, labels, source,
                sets, copy);
    }

    /** Whether the node sets a variable or has an exit with a condition. */
    public boolean usesVariables() {
        return !sets.isEmpty() || !onlyIf.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryNode n && id.equals(n.id) && title.equals(n.title) && narration.equals(n.narration)
                && Objects.equals(audio, n.audio) && Objects.equals(icon, n.icon) && tags.equals(n.tags)
                && position.equals(n.position) && ending == n.ending && exits.equals(n.exits)
                && Objects.equals(waiting, n.waiting) && labels.equals(n.labels) && source.equals(n.source)
                && sets.equals(n.sets) && onlyIf.equals(n.onlyIf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, narration, audio, icon, tags, position, ending, exits, waiting, labels, source, sets, onlyIf);
    }

    @Override
    public String toString() {
        return "StoryNode[" + id + " '" + title + "' " + exits + (ending ? " ending" : "") + "]";
    }
}
