package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * What is where on the canvas, worked out from the model (each node's rectangle, each port's
 * circle) rather than from the scene, so it is the same whether cards or the overview are drawn.
 */
final class HitTests {

    /** An exit port under the mouse. */
    record PortHit(StoryNode node, Exit exit) {
    }

    private HitTests() {
    }

    /** The topmost node at a world point, each node drawn where {@code position} says. */
    static Optional<StoryNode> nodeAt(Story story, Function<StoryNode, Point2D> position, Point2D worldPoint) {
        StoryNode found = null;
        for (StoryNode node : story.nodes()) {
            Point2D p = position.apply(node);
            if (worldPoint.getX() >= p.getX() && worldPoint.getX() <= p.getX() + NodeView.WIDTH
                    && worldPoint.getY() >= p.getY() && worldPoint.getY() <= p.getY() + NodeView.HEIGHT) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The port within {@code reach} of a world point. */
    static Optional<PortHit> portAt(Story story, Function<StoryNode, Point2D> position, Point2D worldPoint,
            double reach) {
        for (StoryNode node : story.nodes()) {
            Point2D p = position.apply(node);
            if (worldPoint.getX() < p.getX() + NodeView.WIDTH - reach || worldPoint.getX() > p.getX() + NodeView.WIDTH + reach
                    || worldPoint.getY() < p.getY() - reach || worldPoint.getY() > p.getY() + NodeView.HEIGHT + reach) {
                continue;
            }
            Optional<Exit> exit = NodeView.portAt(node, worldPoint.getX() - (p.getX() - node.position().x()),
                    worldPoint.getY() - (p.getY() - node.position().y()), reach);
            if (exit.isPresent()) {
                return Optional.of(new PortHit(node, exit.get()));
            }
        }
        return Optional.empty();
    }

    /** Ids of the nodes that meet a world rectangle. */
    static List<String> nodesIn(Story story, Bounds worldRect) {
        return story.nodes().stream().filter(n -> worldRect.intersects(n.position().x(), n.position().y(),
                NodeView.WIDTH, NodeView.HEIGHT)).map(StoryNode::id).toList();
    }

    /** The box around every node, in world coordinates; null for an empty story. */
    static Bounds storyBounds(Story story) {
        if (story == null || story.size() == 0) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (StoryNode node : story.nodes()) {
            minX = Math.min(minX, node.position().x());
            minY = Math.min(minY, node.position().y());
            maxX = Math.max(maxX, node.position().x() + NodeView.WIDTH);
            maxY = Math.max(maxY, node.position().y() + NodeView.HEIGHT);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
