package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the nodes of a story are, in square cells, so the canvas finds what is near the view
 * without looking at every node; and for each node the exits that lead into it. Built once per
 * change of the story (linear), queried every frame (proportional to what is near the view).
 */
final class SpatialIndex {

    static final double CELL = 600;

    /** An exit as an arrow: from a node, which exit, to which node id. */
    record Arrow(StoryNode from, Exit exit, String targetId) {
    }

    private final Map<Long, List<StoryNode>> cells = new HashMap<>();
    private final Map<String, List<Arrow>> incoming = new HashMap<>();
    private final List<Arrow> long_ = new ArrayList<>();

    SpatialIndex(Story story) {
        for (StoryNode node : story.nodes()) {
            cells.computeIfAbsent(key(cell(node.position().x()), cell(node.position().y())), k -> new ArrayList<>())
                    .add(node);
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go) {
                    Arrow arrow = new Arrow(node, exit.getKey(), go.nodeId());
                    incoming.computeIfAbsent(go.nodeId(), k -> new ArrayList<>()).add(arrow);
                    story.node(go.nodeId()).ifPresent(to -> {
                        if (Math.abs(to.position().x() - node.position().x()) > CELL
                                || Math.abs(to.position().y() - node.position().y()) > CELL) {
                            long_.add(arrow);
                        }
                    });
                }
            }
        }
    }

    /** Every node whose cell meets the rectangle grown by one cell on each side. */
    void nodesNear(double x, double y, double w, double h, Consumer<StoryNode> action) {
        long x0 = cell(x) - 1;
        long x1 = cell(x + w) + 1;
        long y0 = cell(y) - 1;
        long y1 = cell(y + h) + 1;
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size() * 2L) {
            cells.values().forEach(list -> list.forEach(action));
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<StoryNode> nodes = cells.get(key(cx, cy));
                if (nodes != null) {
                    nodes.forEach(action);
                }
            }
        }
    }

    /** The exits leading into a node. */
    List<Arrow> into(String nodeId) {
        return incoming.getOrDefault(nodeId, List.of());
    }

    /** Arrows longer than a cell, which may cross the view with both ends far outside it. */
    List<Arrow> longArrows() {
        return long_;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
