package com.yotosmartstream.story.trace;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.state.StateCompiler;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the recorder needs to know of a story card: which node each chapter key plays, where each
 * node's exits lead. Made from a story that remembers its card (the keys
 * the card was made with; the story's own keys when the file has none) and kept, as JSON, so that
 * journeys are recorded even when the story is not open. Immutable.
 */
public final class CardMap {

    /**
     * One node as the card plays it.
     *
     * @param exits where each set exit leads: a node id, or empty text for stop
     */
    public record Node(String chapterKey, Map<Exit, String> exits) {
        public Node {
            Objects.requireNonNull(chapterKey, "chapterKey");
            EnumMap<Exit, String> copy = new EnumMap<>(Exit.class);
            copy.putAll(exits);
            exits = Collections.unmodifiableMap(copy);
        }
    }

    private final String cardId;
    private final String storyId;
    private final Map<String, Node> nodes;
    private final Map<String, String> nodeByKey;
    private final Map<String, String> clones;

    public CardMap(String cardId, String storyId, Map<String, Node> nodes) {
        this(cardId, storyId, nodes, Map.of());
    }

    /**
     * @param clones the chapter keys of a node's other clones (a story with variables, ADR 0082),
     *     each with the node it plays; a node's first clone is its {@link Node#chapterKey()}
     */
    public CardMap(String cardId, String storyId, Map<String, Node> nodes, Map<String, String> clones) {
        this.cardId = Objects.requireNonNull(cardId, "cardId");
        this.storyId = storyId == null ? "" : storyId;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        Map<String, String> byKey = new LinkedHashMap<>();
        this.nodes.forEach((id, node) -> byKey.putIfAbsent(node.chapterKey(), id));
        clones.forEach(byKey::putIfAbsent);
        this.nodeByKey = Collections.unmodifiableMap(byKey);
        this.clones = Collections.unmodifiableMap(new LinkedHashMap<>(clones));
    }

    /** The chapter keys of clones beyond each node's first, with the node each plays. */
    public Map<String, String> clones() {
        return clones;
    }

    /** The map of a story that remembers its card; empty for a story never published. */
    public static Optional<CardMap> of(Story story) {
        Optional<PublishedCard> card = story.info().card();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> keys = card.get().chapterKeys().isEmpty() ? CardCompiler.chapterKeys(story)
                : card.get().chapterKeys();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, String> clones = new LinkedHashMap<>();
        keys.forEach((cloneId, key) -> {
            String nodeId = StateCompiler.nodeOf(cloneId, story);
            if (!nodeId.equals(cloneId)) {
                clones.put(key, nodeId);
                return;
            }
            Optional<com.yotosmartstream.story.model.StoryNode> node = story.node(nodeId);
            Map<Exit, String> exits = new EnumMap<>(Exit.class);
            node.ifPresent(n -> n.exits().forEach((exit, target) ->
                    exits.put(exit, target instanceof Target.Goto go ? go.nodeId() : "")));
            nodes.put(nodeId, new Node(key, exits));
        });
        return Optional.of(new CardMap(card.get().cardId(), story.info().id(), nodes, clones));
    }

    public String cardId() {
        return cardId;
    }

    public String storyId() {
        return storyId;
    }

    public Map<String, Node> nodes() {
        return nodes;
    }

    /** The node the card plays for this chapter key. */
    public Optional<String> nodeFor(String chapterKey) {
        return Optional.ofNullable(nodeByKey.get(chapterKey));
    }

    /** Whether the node asks a question: one of its buttons leads to another node. */
    public boolean asksQuestion(String nodeId) {
        Node node = nodes.get(nodeId);
        return node != null && (!node.exits().getOrDefault(Exit.LEFT, "").isEmpty()
                || !node.exits().getOrDefault(Exit.RIGHT, "").isEmpty());
    }

    /**
     * Which exit took the player from one node to another. When more than one exit leads there,
     * the end of the track is chosen only if the track was (nearly) over, and a single remaining
     * button wins; otherwise it is not known.
     *
     * @param trackOver whether the left node's track had (nearly) played to its end
     */
    public Choice choice(String fromNodeId, String toNodeId, boolean trackOver) {
        Node from = nodes.get(fromNodeId);
        if (from == null || toNodeId == null) {
            return Choice.UNKNOWN;
        }
        Set<Exit> candidates = EnumSet.noneOf(Exit.class);
        from.exits().forEach((exit, target) -> {
            if (target.equals(toNodeId)) {
                candidates.add(exit);
            }
        });
        return pick(candidates, trackOver, true);
    }

    /**
     * Which exit stopped the story at a node: the end of the track (set to stop, or not set) when
     * it had played out, else the one button set to stop, if only one is.
     */
    public Choice stopChoice(String nodeId, boolean trackOver) {
        Node node = nodes.get(nodeId);
        if (node == null) {
            return trackOver ? Choice.END : Choice.UNKNOWN;
        }
        Set<Exit> candidates = EnumSet.noneOf(Exit.class);
        for (Exit exit : Exit.values()) {
            String target = node.exits().get(exit);
            if ((target != null && target.isEmpty()) || (target == null && exit == Exit.END)) {
                candidates.add(exit);
            }
        }
        return pick(candidates, trackOver, false);
    }

    /**
     * @param endIfOnly a goto reached only by the end of the track was reached so even if the
     *     track did not seem over (its last position report came long before the end); a stop
     *     while the track was still playing may have been someone pressing stop, so not there
     */
    private static Choice pick(Set<Exit> candidates, boolean trackOver, boolean endIfOnly) {
        if (trackOver && candidates.contains(Exit.END)) {
            return Choice.END;
        }
        Set<Exit> buttons = EnumSet.noneOf(Exit.class);
        buttons.addAll(candidates);
        buttons.remove(Exit.END);
        if (buttons.size() == 1) {
            return buttons.contains(Exit.LEFT) ? Choice.LEFT : Choice.RIGHT;
        }
        if (buttons.isEmpty() && candidates.contains(Exit.END) && endIfOnly) {
            return Choice.END;
        }
        return Choice.UNKNOWN;
    }

    /** The map as JSON, for the store. */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("card", cardId);
        json.addProperty("story", storyId);
        JsonObject all = new JsonObject();
        nodes.forEach((id, node) -> {
            JsonObject n = new JsonObject();
            n.addProperty("key", node.chapterKey());
            JsonObject exits = new JsonObject();
            node.exits().forEach((exit, target) -> exits.addProperty(exit.id(), target));
            n.add("exits", exits);
            all.add(id, n);
        });
        json.add("nodes", all);
        if (!clones.isEmpty()) {
            JsonObject more = new JsonObject();
            clones.forEach(more::addProperty);
            json.add("clones", more);
        }
        return json.toString();
    }

    /** Reads {@link #toJson}; empty for text that is not such a map. */
    public static Optional<CardMap> fromJson(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!(parsed instanceof JsonObject json) || !(json.get("nodes") instanceof JsonObject all)
                    || !json.has("card")) {
                return Optional.empty();
            }
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : all.entrySet()) {
                if (!(entry.getValue() instanceof JsonObject n) || !n.has("key")) {
                    continue;
                }
                Map<Exit, String> exits = new EnumMap<>(Exit.class);
                if (n.get("exits") instanceof JsonObject e) {
                    e.entrySet().forEach(x -> Exit.fromId(x.getKey()).ifPresent(exit ->
                            exits.put(exit, x.getValue().getAsString())));
                }
                nodes.put(entry.getKey(), new Node(n.get("key").getAsString(), exits));
            }
            Map<String, String> clones = new LinkedHashMap<>();
            if (json.get("clones") instanceof JsonObject more) {
                more.entrySet().forEach(c -> clones.put(c.getKey(), c.getValue().getAsString()));
            }
            return Optional.of(new CardMap(json.get("card").getAsString(),
                    json.has("story") ? json.get("story").getAsString() : "", nodes, clones));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardMap m && cardId.equals(m.cardId) && storyId.equals(m.storyId) && nodes.equals(m.nodes)
                && clones.equals(m.clones);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cardId, storyId, nodes, clones);
    }

    @Override
    public String toString() {
        return "CardMap[" + cardId + ", story " + storyId + ", " + nodes.size() + " nodes]";
    }
}
