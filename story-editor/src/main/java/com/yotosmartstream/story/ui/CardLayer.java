package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The cards and arrows of the canvas. Cards are made the first time their node comes near the
 * view and kept for later, but only those in view are in the scene; arrows likewise. Each call to
 * {@link #show} makes the scene hold exactly what meets the given world rectangle.
 */
final class CardLayer {

    final Group edges = new Group();
    final Group nodes = new Group();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, EdgeView> edgeViews = new HashMap<>();
    private final Set<String> attachedNodes = new HashSet<>();
    private final Set<String> attachedEdges = new HashSet<>();
    private final Function<StoryNode, Point2D> position;
    private final BiConsumer<NodeView, StoryNode> update;

    /**
     * @param position where a node is drawn (its model position plus any drag in progress)
     * @param update fills a card from its node (content and marks)
     */
    CardLayer(Function<StoryNode, Point2D> position, BiConsumer<NodeView, StoryNode> update) {
        this.position = position;
        this.update = update;
    }

    Optional<NodeView> view(String id) {
        return Optional.ofNullable(nodeViews.get(id));
    }

    /** Cards in the scene now. */
    int attached() {
        return attachedNodes.size();
    }

    /** Forgets every card and arrow (another story was loaded). */
    void clear() {
        detachAll();
        nodeViews.clear();
        edgeViews.clear();
    }

    /** Takes every card and arrow out of the scene (the overview is showing). */
    void detachAll() {
        if (!nodes.getChildren().isEmpty()) {
            nodes.getChildren().clear();
        }
        if (!edges.getChildren().isEmpty()) {
            edges.getChildren().clear();
        }
        attachedNodes.clear();
        attachedEdges.clear();
    }

    /** Updates the cards that exist after an edit: gone nodes go, changed ones are filled again. */
    void storyChanged(Story before, Story after) {
        for (String id : before.nodeMap().keySet()) {
            if (!after.contains(id)) {
                NodeView gone = nodeViews.remove(id);
                if (gone != null) {
                    nodes.getChildren().remove(gone);
                    attachedNodes.remove(id);
                }
            }
        }
        String oldStart = before.info().startId();
        boolean startMoved = !oldStart.equals(after.info().startId());
        for (StoryNode node : after.nodes()) {
            NodeView view = nodeViews.get(node.id());
            boolean startChanged = startMoved && (node.id().equals(oldStart) || node.id().equals(after.info().startId()));
            if (view != null && (before.node(node.id()).orElse(null) != node || startChanged)) {
                update.accept(view, node);
            }
        }
        Iterator<Map.Entry<String, EdgeView>> arrows = edgeViews.entrySet().iterator();
        while (arrows.hasNext()) {
            EdgeView edge = arrows.next().getValue();
            Optional<Target> target = after.node(edge.fromId()).flatMap(n -> n.exit(edge.exit()));
            if (target.isEmpty() || !(target.get() instanceof Target.Goto)) {
                edges.getChildren().remove(edge);
                attachedEdges.remove(key(edge.fromId(), edge.exit()));
                arrows.remove();
            }
        }
    }

    /**
     * Puts in the scene the cards and arrows that meet the world rectangle, and only those.
     *
     * @param extra nodes to consider wherever they are (those being dragged)
     */
    void show(Story story, SpatialIndex index, double x, double y, double w, double h, Collection<String> extra) {
        Set<String> nodesNow = new HashSet<>();
        Set<String> edgesNow = new HashSet<>();
        List<StoryNode> near = new ArrayList<>();
        index.nodesNear(x, y, w, h, near::add);
        extra.forEach(id -> story.node(id).ifPresent(near::add));
        for (StoryNode node : near) {
            Point2D p = position.apply(node);
            if (p.getX() + NodeView.WIDTH >= x && p.getX() <= x + w && p.getY() + NodeView.HEIGHT >= y
                    && p.getY() <= y + h && nodesNow.add(node.id())) {
                NodeView card = nodeViews.get(node.id());
                if (card == null) {
                    card = new NodeView(node);
                    nodeViews.put(node.id(), card);
                    update.accept(card, node);
                }
                if (attachedNodes.add(node.id())) {
                    nodes.getChildren().add(card);
                }
            }
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go) {
                    route(story, node, exit.getKey(), go.nodeId(), x, y, w, h, edgesNow);
                }
            }
            for (SpatialIndex.Arrow arrow : index.into(node.id())) {
                route(story, story.node(arrow.from().id()).orElse(arrow.from()), arrow.exit(), arrow.targetId(), x, y, w,
                        h, edgesNow);
            }
        }
        for (SpatialIndex.Arrow arrow : index.longArrows()) {
            route(story, arrow.from(), arrow.exit(), arrow.targetId(), x, y, w, h, edgesNow);
        }
        detachExcept(attachedNodes, nodesNow, nodeViews, nodes);
        detachExcept(attachedEdges, edgesNow, edgeViews, edges);
    }

    private void route(Story story, StoryNode from, Exit exit, String targetId, double x, double y, double w, double h,
            Set<String> edgesNow) {
        String key = key(from.id(), exit);
        if (edgesNow.contains(key)) {
            return;
        }
        StoryNode target = story.node(targetId).orElse(null);
        Point2D start = position.apply(from).add(NodeView.WIDTH, NodeView.port(from, exit).getY() - from.position().y());
        Point2D end = target == null ? null : position.apply(target).add(0, NodeView.HEIGHT / 2);
        Point2D far = end != null ? end : start.add(48, 0);
        double pull = Math.max(120, Math.abs(far.getX() - start.getX()) / 2);
        boolean visible = Math.max(start.getX(), far.getX()) + pull >= x && Math.min(start.getX(), far.getX()) - pull <= x + w
                && Math.max(start.getY(), far.getY()) >= y && Math.min(start.getY(), far.getY()) <= y + h;
        if (!visible) {
            return;
        }
        edgesNow.add(key);
        EdgeView edge = edgeViews.computeIfAbsent(key, k -> new EdgeView(from.id(), exit));
        if (attachedEdges.add(key)) {
            edges.getChildren().add(edge);
        }
        edge.setTargetId(target == null ? null : targetId);
        edge.route(start, end);
    }

    private static String key(String fromId, Exit exit) {
        return fromId + "/" + exit.id();
    }

    private static void detachExcept(Set<String> attached, Set<String> keep, Map<String, ? extends Node> views,
            Group layer) {
        List<Node> gone = new ArrayList<>();
        attached.removeIf(key -> {
            if (keep.contains(key)) {
                return false;
            }
            Node view = views.get(key);
            if (view != null) {
                gone.add(view);
            }
            return true;
        });
        if (!gone.isEmpty()) {
            layer.getChildren().removeAll(gone);
        }
    }
}
