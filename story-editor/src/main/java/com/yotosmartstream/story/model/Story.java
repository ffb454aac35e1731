package com.yotosmartstream.story.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A branching story: what it says about itself ({@link StoryInfo}) and its nodes, kept in id order
 * ({@link NodeIds#ORDER}). Immutable; every change returns a new story that shares the unchanged
 * nodes, so keeping old versions (undo, autosave, a background compile) costs little.
 */
public final class Story {

    private final StoryInfo info;
    private final NavigableMap<String, StoryNode> nodes;
    /**
     * The nodes by id for fast lookups, made on the first lookup. An immutable map (final fields),
     * so a story read by several threads may make it twice but never sees half of one.
     */
    private Map<String, StoryNode> byId;

    private Story(StoryInfo info, NavigableMap<String, StoryNode> nodes) {
        this.info = Objects.requireNonNull(info, "info");
        this.nodes = Collections.unmodifiableNavigableMap(nodes);
    }

    /** A new, empty story with a fresh id. */
    public static Story empty(String title) {
        return new Story(new StoryInfo(UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT), title, "", "", "",
                ""), new TreeMap<>(NodeIds.ORDER));
    }

    public static Story of(StoryInfo info, Collection<StoryNode> nodes) {
        TreeMap<String, StoryNode> map = new TreeMap<>(NodeIds.ORDER);
        for (StoryNode node : nodes) {
            if (map.put(node.id(), node) != null) {
                throw new IllegalArgumentException("Two nodes have the id " + node.id());
            }
        }
        return new Story(info, map);
    }

    public StoryInfo info() {
        return info;
    }

    public String title() {
        return info.title();
    }

    /** The nodes in id order. */
    public Collection<StoryNode> nodes() {
        return nodes.values();
    }

    public Map<String, StoryNode> nodeMap() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    public Optional<StoryNode> node(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    public boolean contains(String id) {
        return byId().containsKey(id);
    }

    private Map<String, StoryNode> byId() {
        Map<String, StoryNode> index = byId;
        if (index == null) {
            index = Map.copyOf(nodes);
            byId = index;
        }
        return index;
    }

    /** The start node, when one is chosen and exists. */
    public Optional<StoryNode> start() {
        return node(info.startId());
    }

    /** A fresh node id. */
    public String nextNodeId() {
        return "n" + (highestNodeNumber() + 1);
    }

    /**
     * The highest number among the {@code n<number>} ids, found without looking at every id, so
     * an edit that makes many nodes numbers them from here in constant time each (issue 19).
     */
    public long highestNodeNumber() {
        return NodeIds.highest(nodes.navigableKeySet());
    }

    public Story withInfo(StoryInfo value) {
        return new Story(value, new TreeMap<>(nodes));
    }

    /** Adds or replaces the node with this node's id. */
    public Story withNode(StoryNode node) {
        TreeMap<String, StoryNode> copy = new TreeMap<>(nodes);
        copy.put(node.id(), node);
        return new Story(info, copy);
    }

    public Story withoutNode(String id) {
        TreeMap<String, StoryNode> copy = new TreeMap<>(nodes);
        copy.remove(id);
        return new Story(info, copy);
    }

    /**
     * Applies many node changes at once: each entry puts its node, or removes the id when the
     * value is empty.
     */
    public Story withNodes(Map<String, Optional<StoryNode>> changes) {
        TreeMap<String, StoryNode> copy = new TreeMap<>(nodes);
        changes.forEach((id, node) -> {
            if (node.isPresent()) {
                if (!node.get().id().equals(id)) {
                    throw new IllegalArgumentException("Node " + node.get().id() + " put under id " + id);
                }
                copy.put(id, node.get());
            } else {
                copy.remove(id);
            }
        });
        return new Story(info, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Story s && info.equals(s.info) && nodes.equals(s.nodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, nodes);
    }

    @Override
    public String toString() {
        return "Story['" + info.title() + "', " + nodes.size() + " nodes, start " + info.startId() + "]";
    }
}
