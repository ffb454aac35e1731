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
 * Where the nodes and arrows of a story are, in square cells, so the canvas finds what is near the
 * view without looking at every node; and for each node the arrows that lead into it. Built once
 * per change of the story (linear), queried when the view has moved on (proportional to what is
 * near the view).
 */
final class SpatialIndex {

    static final double CELL = 600;
    /** Arrows whose box spans more cells than this are kept in one list and always looked at. */
    private static final int MAX_ARROW_CELLS = 12;

    /** An exit as an arrow at the nodes' model positions: from a node, which exit, to which node id. */
    record Arrow(int number, StoryNode from, Exit exit, String targetId, ArrowShape shape) {

        /** Whether the arrow leads to a node that exists. */
        boolean hasTarget() {
            return !shape.stub();
        }
    }

    private final Map<Long, List<StoryNode>> cells = new HashMap<>();
    private final Map<Long, List<Arrow>> arrowCells = new HashMap<>();
    private final Map<String, List<Arrow>> incoming = new HashMap<>();
    private final Map<String, List<Arrow>> outgoing = new HashMap<>();
    private final List<Arrow> long_ = new ArrayList<>();
    private final int[] seen;
    private int query;

    SpatialIndex(Story story) {
        int count = 0;
        for (StoryNode node : story.nodes()) {
            cells.computeIfAbsent(key(cell(node.position().x()), cell(node.position().y())), k -> new ArrayList<>())
                    .add(node);
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go) {
                    StoryNode to = story.node(go.nodeId()).orElse(null);
                    Arrow arrow = new Arrow(count++, node, exit.getKey(), go.nodeId(), ArrowShape.of(node, exit.getKey(), to));
                    incoming.computeIfAbsent(go.nodeId(), k -> new ArrayList<>()).add(arrow);
                    outgoing.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(arrow);
                    place(arrow);
                }
            }
        }
        seen = new int[count];
    }

    private void place(Arrow arrow) {
        ArrowShape s = arrow.shape();
        long x0 = cell(s.minX());
        long x1 = cell(s.maxX());
        long y0 = cell(s.minY());
        long y1 = cell(s.maxY());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_ARROW_CELLS) {
            long_.add(arrow);
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                arrowCells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(arrow);
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

    /** Whether a node's card (of this size, at its model position) meets the rectangle. */
    boolean anyNodeMeets(double x, double y, double w, double h, double cardWidth, double cardHeight) {
        long x0 = cell(x - cardWidth);
        long x1 = cell(x + w);
        long y0 = cell(y - cardHeight);
        long y1 = cell(y + h);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size() * 2L) {
            return cells.values().stream().flatMap(List::stream).anyMatch(n -> meets(n, x, y, w, h, cardWidth, cardHeight));
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<StoryNode> nodes = cells.get(key(cx, cy));
                if (nodes != null && nodes.stream().anyMatch(n -> meets(n, x, y, w, h, cardWidth, cardHeight))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean meets(StoryNode n, double x, double y, double w, double h, double cardWidth,
            double cardHeight) {
        double nx = n.position().x();
        double ny = n.position().y();
        return nx + cardWidth >= x && nx <= x + w && ny + cardHeight >= y && ny <= y + h;
    }

    /** Every arrow whose curve may meet the rectangle, each once. */
    void arrowsMeeting(double x, double y, double w, double h, Consumer<Arrow> action) {
        query++;
        long x0 = cell(x);
        long x1 = cell(x + w);
        long y0 = cell(y);
        long y1 = cell(y + h);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > arrowCells.size() * 2L) {
            arrowCells.values().forEach(list -> list.forEach(arrow -> visit(arrow, x, y, w, h, action)));
        } else {
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    List<Arrow> arrows = arrowCells.get(key(cx, cy));
                    if (arrows != null) {
                        for (Arrow arrow : arrows) {
                            visit(arrow, x, y, w, h, action);
                        }
                    }
                }
            }
        }
        for (Arrow arrow : long_) {
            visit(arrow, x, y, w, h, action);
        }
    }

    private void visit(Arrow arrow, double x, double y, double w, double h, Consumer<Arrow> action) {
        if (seen[arrow.number()] != query && arrow.shape().meets(x, y, w, h)) {
            seen[arrow.number()] = query;
            action.accept(arrow);
        }
    }

    /** The arrows leading into a node. */
    List<Arrow> into(String nodeId) {
        return incoming.getOrDefault(nodeId, List.of());
    }

    /** The arrows leaving a node. */
    List<Arrow> outOf(String nodeId) {
        return outgoing.getOrDefault(nodeId, List.of());
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
