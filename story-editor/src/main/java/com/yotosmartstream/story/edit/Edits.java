package com.yotosmartstream.story.edit;

import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The editor's commands, each made against the story it will change. */
public final class Edits {

    private Edits() {
    }

    /** Adds a node; the first node of a story becomes its start. */
    public static StoryEdit addNode(Story story, StoryNode node) {
        StoryEdit.Builder edit = StoryEdit.on(story, "Add node '" + node.title() + "'").put(node);
        if (story.start().isEmpty()) {
            edit.info(story.info().withStartId(node.id()));
        }
        return edit.build();
    }

    /**
     * Deletes nodes. Exits of other nodes that led to them are cleared (so no arrow points
     * nowhere); the start is cleared if it was deleted.
     */
    public static StoryEdit deleteNodes(Story story, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>(ids);
        gone.retainAll(story.nodeMap().keySet());
        StoryEdit.Builder edit = StoryEdit.on(story, gone.size() == 1
                ? "Delete '" + story.node(gone.iterator().next()).map(StoryNode::title).orElse("") + "'"
                : "Delete " + gone.size() + " nodes");
        for (StoryNode node : story.nodes()) {
            if (gone.contains(node.id())) {
                continue;
            }
            StoryNode changed = node;
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go && gone.contains(go.nodeId())) {
                    changed = changed.withExit(exit.getKey(), null);
                }
            }
            if (changed != node) {
                edit.put(changed);
            }
        }
        gone.forEach(edit::remove);
        if (gone.contains(story.info().startId())) {
            edit.info(story.info().withStartId(""));
        }
        return edit.build();
    }

    /** Moves nodes to new places (one undo step for a whole drag). */
    public static StoryEdit move(Story story, Map<String, Position> positions) {
        StoryEdit.Builder edit = StoryEdit.on(story, positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes");
        positions.forEach((id, position) -> story.node(id).ifPresent(n -> edit.put(n.withPosition(position))));
        return edit.build();
    }

    /** Places every node anew (the automatic layout), as one step. */
    public static StoryEdit layout(Story story, Map<String, Position> positions) {
        StoryEdit.Builder edit = StoryEdit.on(story, "Auto layout");
        positions.forEach((id, position) -> story.node(id).ifPresent(n -> edit.put(n.withPosition(position))));
        return edit.build();
    }

    /** Sets where one exit leads. */
    public static StoryEdit connect(Story story, String fromId, Exit exit, Target target) {
        StoryNode from = require(story, fromId);
        String to = target instanceof Target.Goto go ? story.node(go.nodeId()).map(StoryNode::title).orElse(go.nodeId())
                : "stop";
        return StoryEdit.on(story, "Connect " + exit.label().toLowerCase(java.util.Locale.ROOT) + " of '" + from.title()
                + "' to " + (target instanceof Target.Stop ? "stop" : "'" + to + "'"))
                .put(from.withExit(exit, target)).build();
    }

    public static StoryEdit disconnect(Story story, String fromId, Exit exit) {
        StoryNode from = require(story, fromId);
        return StoryEdit.on(story, "Remove " + exit.label().toLowerCase(java.util.Locale.ROOT) + " of '" + from.title() + "'")
                .put(from.withExit(exit, null)).build();
    }

    /** Makes a new node at {@code position} and points the exit at it, as one step. */
    public static StoryEdit createAndConnect(Story story, String fromId, Exit exit, Position position, String title) {
        StoryNode from = require(story, fromId);
        StoryNode created = StoryNode.create(story.nextNodeId(), title, position);
        return StoryEdit.on(story, "Add '" + title + "' after '" + from.title() + "'")
                .put(created).put(from.withExit(exit, Target.to(created.id()))).build();
    }

    public static StoryEdit setTitle(Story story, String id, String title) {
        return change(story, id, "Rename node", "title:" + id, n -> n.withTitle(title));
    }

    public static StoryEdit setNarration(Story story, String id, String narration) {
        return change(story, id, "Edit narration", "narration:" + id, n -> n.withNarration(narration));
    }

    /** The words a button's choice prompt says ("climb the tower"); blank clears them. */
    public static StoryEdit setLabel(Story story, String id, com.yotosmartstream.story.model.Exit exit, String label) {
        return change(story, id, "Edit the " + exit.label().toLowerCase(java.util.Locale.ROOT) + "'s words",
                "label:" + exit.id() + ":" + id, n -> n.withLabel(exit, label));
    }

    /** What a node sets on entering, one assignment a line (ADR 0082). */
    public static StoryEdit setSets(Story story, String id, List<String> sets) {
        return change(story, id, "Edit what the node sets", "sets:" + id, n -> n.withSets(sets));
    }

    /** The condition under which an exit is there; blank for always (ADR 0082). */
    public static StoryEdit setOnlyIf(Story story, String id, com.yotosmartstream.story.model.Exit exit, String condition) {
        return change(story, id, "Edit when the " + exit.label().toLowerCase(java.util.Locale.ROOT) + " is there",
                "onlyIf:" + exit.id() + ":" + id, n -> n.withOnlyIf(exit, condition));
    }

    public static StoryEdit setTags(Story story, String id, List<String> tags) {
        return change(story, id, "Edit tags", "tags:" + id, n -> n.withTags(tags));
    }

    /** Sets (or with null clears) the audio of one or more nodes. */
    public static StoryEdit setAudio(Story story, Collection<String> ids, AudioRef audio) {
        StoryEdit.Builder edit = StoryEdit.on(story, audio == null ? "Remove audio" : "Set audio '" + audio.title() + "'");
        ids.forEach(id -> story.node(id).ifPresent(n -> edit.put(n.withAudio(audio))));
        return edit.build();
    }

    public static StoryEdit setIcon(Story story, Collection<String> ids, String icon) {
        StoryEdit.Builder edit = StoryEdit.on(story, icon == null ? "Remove icon" : "Set icon");
        ids.forEach(id -> story.node(id).ifPresent(n -> edit.put(n.withIcon(icon))));
        return edit.build();
    }

    public static StoryEdit setEnding(Story story, Collection<String> ids, boolean ending) {
        StoryEdit.Builder edit = StoryEdit.on(story, ending ? "Mark as ending" : "Unmark ending");
        ids.forEach(id -> story.node(id).ifPresent(n -> edit.put(n.withEnding(ending))));
        return edit.build();
    }

    /** Sets or removes (with "") the story's cover picture: each choice is its own undo step. */
    public static StoryEdit setCover(Story story, String cover) {
        return StoryEdit.on(story, cover.isEmpty() ? "Remove the cover" : "Choose a cover")
                .info(story.info().withCover(cover)).build();
    }

    /** What the story's questions do when nobody answers (each change one undo step). */
    public static StoryEdit setWaiting(Story story, com.yotosmartstream.story.model.Waiting waiting) {
        return StoryEdit.on(story, "When nobody answers: " + waiting.describe())
                .info(story.info().withWaiting(waiting)).build();
    }

    /** How the nodes without recorded audio are spoken (one undo step). */
    public static StoryEdit setVoice(Story story, com.yotosmartstream.story.model.Voice voice) {
        return StoryEdit.on(story, "Change the narration voice").info(story.info().withVoice(voice)).build();
    }

    /** What these nodes do when nobody answers; {@code waiting} null hands it back to the story. */
    public static StoryEdit setNodeWaiting(Story story, Collection<String> ids, com.yotosmartstream.story.model.Waiting waiting) {
        StoryEdit.Builder edit = StoryEdit.on(story, waiting == null ? "Wait as the story says"
                : "When nobody answers: " + waiting.describe());
        ids.forEach(id -> story.node(id).ifPresent(n -> edit.put(n.withWaiting(waiting))));
        return edit.build();
    }

    public static StoryEdit setStart(Story story, String id) {
        return StoryEdit.on(story, "Start at '" + require(story, id).title() + "'")
                .info(story.info().withStartId(id)).build();
    }

    /** Changes the title, author, description or cover (typing in one field is one undo step). */
    public static StoryEdit setInfo(Story story, String field, UnaryOperator<StoryInfo> change) {
        return StoryEdit.on(story, "Edit story " + field).info(change.apply(story.info()))
                .mergeKey("info:" + field).build();
    }

    /**
     * Adds copies of {@code nodes} with fresh ids, moved by (dx, dy). Exits between the copied
     * nodes lead to the copies; exits to other nodes still lead to those nodes.
     */
    public static StoryEdit paste(Story story, Collection<StoryNode> nodes, double dx, double dy, String verb) {
        Map<String, String> ids = new LinkedHashMap<>();
        long next = story.highestNodeNumber();
        for (StoryNode node : nodes) {
            ids.put(node.id(), "n" + ++next);
        }
        StoryEdit.Builder edit = StoryEdit.on(story, verb + (nodes.size() == 1 ? " node" : " " + nodes.size() + " nodes"));
        for (StoryNode node : nodes) {
            StoryNode copy = node.withId(ids.get(node.id())).withPosition(node.position().plus(dx, dy));
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go && ids.containsKey(go.nodeId())) {
                    copy = copy.withExit(exit.getKey(), Target.to(ids.get(go.nodeId())));
                }
            }
            edit.put(copy);
        }
        if (story.start().isEmpty() && !nodes.isEmpty()) {
            edit.info(story.info().withStartId(ids.values().iterator().next()));
        }
        return edit.build();
    }

    /** The ids {@link #paste} gives the pasted nodes, in order. */
    public static List<String> pastedIds(StoryEdit paste, Story before) {
        return paste.touchedIds().stream().filter(id -> !before.contains(id)).toList();
    }

    /** Replaces the whole story (an import, or a fix that rebuilds it) as one undoable step. */
    public static StoryEdit replaceAll(Story story, Story replacement, String description) {
        StoryEdit.Builder edit = StoryEdit.on(story, description);
        story.nodes().forEach(n -> {
            if (!replacement.contains(n.id())) {
                edit.remove(n.id());
            }
        });
        replacement.nodes().forEach(edit::put);
        return edit.info(replacement.info()).build();
    }

    private static StoryEdit change(Story story, String id, String description, String mergeKey,
            UnaryOperator<StoryNode> change) {
        return StoryEdit.on(story, description).put(change.apply(require(story, id))).mergeKey(mergeKey).build();
    }

    private static StoryNode require(Story story, String id) {
        return story.node(id).orElseThrow(() -> new IllegalArgumentException("No node " + id + " in the story"));
    }
}
