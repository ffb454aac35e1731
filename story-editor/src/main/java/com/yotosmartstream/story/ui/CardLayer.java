package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The cards of the canvas. Cards are made the first time their node comes near the view and kept
 * for later, but only those near the view are in the scene: each call to {@link #show} makes the
 * scene hold exactly the cards that meet the given world rectangle.
 */
final class CardLayer {

    final Group nodes = new Group();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Set<String> attachedNodes = new HashSet<>();
    private final Function<StoryNode, Point2D> position;
    private final BiConsumer<NodeView, StoryNode> update;
    private CacheHint cacheHint = CacheHint.DEFAULT;

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

    boolean isAttached(String id) {
        return attachedNodes.contains(id);
    }

    /** Forgets every card (another story was loaded). */
    void clear() {
        detachAll();
        nodeViews.clear();
    }

    /** Takes every card out of the scene (the overview is showing). */
    void detachAll() {
        if (!nodes.getChildren().isEmpty()) {
            nodes.getChildren().clear();
        }
        attachedNodes.clear();
    }

    /**
     * While the view zooms, cards show their picture scaled instead of being drawn again at every
     * step; once it settles they are drawn sharp at the new size.
     */
    void setZooming(boolean zooming) {
        CacheHint hint = zooming ? CacheHint.SCALE : CacheHint.DEFAULT;
        if (hint != cacheHint) {
            cacheHint = hint;
            for (String id : attachedNodes) {
                nodeViews.get(id).setCacheHint(hint);
            }
        }
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
    }

    /**
     * Puts in the scene the cards that meet the world rectangle, and only those.
     *
     * @param extra nodes to keep in the scene wherever they are (those being dragged)
     */
    void show(Story story, SpatialIndex index, double x, double y, double w, double h, Collection<String> extra) {
        Set<String> nodesNow = new HashSet<>();
        List<StoryNode> near = new ArrayList<>();
        index.nodesNear(x, y, w, h, near::add);
        for (StoryNode node : near) {
            Point2D p = position.apply(node);
            if (p.getX() + NodeView.WIDTH >= x && p.getX() <= x + w && p.getY() + NodeView.HEIGHT >= y
                    && p.getY() <= y + h) {
                nodesNow.add(node.id());
                attach(node);
            }
        }
        for (String id : extra) {
            story.node(id).ifPresent(node -> {
                nodesNow.add(id);
                attach(node);
            });
        }
        List<Node> gone = new ArrayList<>();
        attachedNodes.removeIf(id -> {
            if (nodesNow.contains(id)) {
                return false;
            }
            gone.add(nodeViews.get(id));
            return true;
        });
        if (!gone.isEmpty()) {
            nodes.getChildren().removeAll(gone);
        }
    }

    /** Puts a node's card in the scene (making it the first time). */
    void attach(StoryNode node) {
        NodeView card = nodeViews.get(node.id());
        if (card == null) {
            card = new NodeView(node);
            nodeViews.put(node.id(), card);
            update.accept(card, node);
        }
        if (attachedNodes.add(node.id())) {
            card.setCacheHint(cacheHint);
            nodes.getChildren().add(card);
        }
    }
}
