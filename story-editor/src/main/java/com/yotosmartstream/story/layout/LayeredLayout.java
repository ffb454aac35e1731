package com.yotosmartstream.story.layout;

import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An automatic layered layout, left to right: each node goes in the column of its distance from
 * the start (breadth first), nodes in a column are ordered by where the nodes leading to them are
 * (barycentres, one sweep each way), and each node is level with those nodes where the column
 * leaves room. Parts of the story
 * that the start does not reach are laid out the same way below it. Linear in the story's size
 * apart from sorting each column.
 */
public final class LayeredLayout {

    private final double nodeWidth;
    private final double nodeHeight;
    private final double columnGap;
    private final double rowGap;

    public LayeredLayout() {
        this(200, 96, 90, 36);
    }

    public LayeredLayout(double nodeWidth, double nodeHeight, double columnGap, double rowGap) {
        this.nodeWidth = nodeWidth;
        this.nodeHeight = nodeHeight;
        this.columnGap = columnGap;
        this.rowGap = rowGap;
    }

    /** A place for every node of the story. */
    public Map<String, Position> layout(Story story) {
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Integer> column = new HashMap<>();
        List<String> roots = new ArrayList<>();
        story.start().ifPresent(s -> roots.add(s.id()));
        story.nodes().forEach(n -> roots.add(n.id()));
        double top = 0;
        for (String root : roots) {
            if (column.containsKey(root)) {
                continue;
            }
            List<List<String>> layers = layers(story, root, column);
            order(story, layers);
            top = place(story, layers, top, positions) + rowGap * 3;
        }
        return positions;
    }

    private static List<List<String>> layers(Story story, String root, Map<String, Integer> column) {
        List<List<String>> layers = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        column.put(root, 0);
        queue.add(root);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int depth = column.get(id);
            while (layers.size() <= depth) {
                layers.add(new ArrayList<>());
            }
            layers.get(depth).add(id);
            for (String next : story.node(id).orElseThrow().targetIds()) {
                if (story.contains(next) && !column.containsKey(next)) {
                    column.put(next, depth + 1);
                    queue.add(next);
                }
            }
        }
        return layers;
    }

    /** Orders each column by the mean row of its neighbours in the column before, then after. */
    private static void order(Story story, List<List<String>> layers) {
        Map<String, List<String>> incoming = new HashMap<>();
        for (List<String> layer : layers) {
            for (String id : layer) {
                for (String target : story.node(id).orElseThrow().targetIds()) {
                    incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(id);
                }
            }
        }
        Map<String, Integer> row = new HashMap<>();
        index(layers.get(0), row);
        for (int i = 1; i < layers.size(); i++) {
            sortBy(layers.get(i), id -> incoming.getOrDefault(id, List.of()), row);
            index(layers.get(i), row);
        }
        for (int i = layers.size() - 2; i >= 0; i--) {
            sortBy(layers.get(i), id -> story.node(id).map(StoryNode::targetIds).orElse(List.of()), row);
            index(layers.get(i), row);
        }
    }

    private static void sortBy(List<String> layer, java.util.function.Function<String, List<String>> neighbours,
            Map<String, Integer> row) {
        Map<String, Double> key = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            String id = layer.get(i);
            double sum = 0;
            int count = 0;
            for (String n : neighbours.apply(id)) {
                Integer r = row.get(n);
                if (r != null) {
                    sum += r;
                    count++;
                }
            }
            key.put(id, count == 0 ? row.getOrDefault(id, i) : sum / count);
        }
        layer.sort(Comparator.comparingDouble(key::get));
    }

    private static void index(List<String> layer, Map<String, Integer> row) {
        for (int i = 0; i < layer.size(); i++) {
            row.put(layer.get(i), i);
        }
    }

    /**
     * Places the columns from {@code top}: the first column stacked, then each node level with the
     * mean of the nodes leading to it, pushed down just enough to keep the column's order and
     * spacing. Returns the bottom edge.
     */
    private double place(Story story, List<List<String>> layers, double top, Map<String, Position> positions) {
        double step = nodeHeight + rowGap;
        Map<String, List<String>> incoming = new HashMap<>();
        for (List<String> layer : layers) {
            for (String id : layer) {
                for (String target : story.node(id).orElseThrow().targetIds()) {
                    incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(id);
                }
            }
        }
        double bottom = top;
        for (int c = 0; c < layers.size(); c++) {
            List<String> layer = layers.get(c);
            double previous = top - step;
            for (String id : layer) {
                double sum = 0;
                int count = 0;
                for (String parent : incoming.getOrDefault(id, List.of())) {
                    Position p = positions.get(parent);
                    if (p != null && p.x() < c * (nodeWidth + columnGap)) {
                        sum += p.y();
                        count++;
                    }
                }
                double y = Math.max(count == 0 ? previous + step : sum / count, previous + step);
                positions.put(id, new Position(c * (nodeWidth + columnGap), y));
                previous = y;
            }
            bottom = Math.max(bottom, previous + step);
        }
        return bottom;
    }
}
