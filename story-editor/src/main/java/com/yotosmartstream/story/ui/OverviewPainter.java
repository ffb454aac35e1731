package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a zoomed-out story on one canvas: each node a box coloured as its card would be marked,
 * each exit a line coloured by exit (left out below {@link #ARROWS_FROM} zoom, where they would
 * only blur). Only what falls on the canvas is drawn.
 */
final class OverviewPainter {

    /** Below this zoom the overview shows nodes without arrows. */
    static final double ARROWS_FROM = 0.12;

    /** How a node is marked, most important first. */
    enum Mark {
        PLAYING(Color.web("#2da44e")), SELECTED(Color.web("#0969da")), ERROR(Color.web("#cf222e")),
        MATCH(Color.web("#bf8700")), START(Color.web("#1a7f37")), ENDING(Color.web("#57606a")), PLAIN(Color.web("#8c959f"));

        private final Color colour;

        Mark(Color colour) {
            this.colour = colour;
        }
    }

    private static final Map<Exit, Color> ARROW = Map.of(Exit.LEFT, Color.web("#0969da", 0.55),
            Exit.RIGHT, Color.web("#bf3989", 0.55), Exit.END, Color.web("#6e7781", 0.55));

    private OverviewPainter() {
    }

    /**
     * Paints the story on a picture of this size in which a world point p lies at
     * {@code p * scale + origin}; nodes and arrows off the picture are left out, found through the
     * spatial index (so a picture of part of a large story costs what is on it) unless a drag is in
     * progress, when nodes are not where the index has them. Returns how many nodes it drew.
     */
    static int paint(GraphicsContext g, double width, double height, double scale, double originX, double originY,
            Story story, SpatialIndex index, boolean dragging, Function<StoryNode, Point2D> position,
            Function<StoryNode, Mark> mark) {
        double w = NodeView.WIDTH * scale;
        double h = NodeView.HEIGHT * scale;
        // the world the picture shows, a card's size more all round (overview lines leave a card's middle, not its port)
        double worldX = -originX / scale - NodeView.WIDTH;
        double worldY = -originY / scale - NodeView.HEIGHT;
        double worldW = width / scale + 2 * NodeView.WIDTH;
        double worldH = height / scale + 2 * NodeView.HEIGHT;
        List<StoryNode> nodes = new ArrayList<>();
        if (dragging) {
            nodes.addAll(story.nodes());
        } else {
            index.nodesNear(worldX, worldY, worldW, worldH, nodes::add);
        }
        g.setLineWidth(1);
        if (scale >= ARROWS_FROM) {
            Map<Exit, List<double[]>> lines = new EnumMap<>(Exit.class);
            if (dragging) {
                for (StoryNode node : story.nodes()) {
                    for (Exit exit : Exit.values()) {
                        StoryNode to = node.exits().get(exit) instanceof Target.Goto go ? story.node(go.nodeId()).orElse(null)
                                : null;
                        if (to != null) {
                            line(lines, exit, position.apply(node), position.apply(to), scale, originX, originY, w, h,
                                    width, height);
                        }
                    }
                }
            } else {
                index.arrowsMeeting(worldX, worldY, worldW, worldH, arrow -> {
                    StoryNode to = arrow.hasTarget() ? story.node(arrow.targetId()).orElse(null) : null;
                    if (to != null) {
                        line(lines, arrow.exit(), position.apply(arrow.from()), position.apply(to), scale, originX,
                                originY, w, h, width, height);
                    }
                });
            }
            for (Exit exit : Exit.values()) {
                g.setStroke(ARROW.get(exit));
                g.beginPath();
                for (double[] l : lines.getOrDefault(exit, List.of())) {
                    g.moveTo(l[0], l[1]);
                    g.lineTo(l[2], l[3]);
                }
                g.stroke();
            }
        }
        Mark filled = null;
        int drawn = 0;
        for (StoryNode node : nodes) {
            Point2D p = position.apply(node);
            double x = p.getX() * scale + originX;
            double y = p.getY() * scale + originY;
            if (x + w >= 0 && x <= width && y + h >= 0 && y <= height) {
                Mark m = mark.apply(node);
                if (m != filled) {
                    g.setFill(m.colour);
                    filled = m;
                }
                g.fillRect(x, y, Math.max(2, w), Math.max(2, h));
                drawn++;
            }
        }
        return drawn;
    }

    /** One exit's line on the picture, if any of it is on the picture. */
    private static void line(Map<Exit, List<double[]>> lines, Exit exit, Point2D from, Point2D end, double scale,
            double originX, double originY, double w, double h, double width, double height) {
        double x1 = from.getX() * scale + originX + w;
        double y1 = from.getY() * scale + originY + h / 2;
        double x2 = end.getX() * scale + originX;
        double y2 = end.getY() * scale + originY + h / 2;
        if (Math.max(x1, x2) >= 0 && Math.min(x1, x2) <= width && Math.max(y1, y2) >= 0 && Math.min(y1, y2) <= height) {
            lines.computeIfAbsent(exit, k -> new ArrayList<>()).add(new double[] {x1, y1, x2, y2});
        }
    }
}
