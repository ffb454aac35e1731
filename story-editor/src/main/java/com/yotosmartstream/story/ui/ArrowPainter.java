package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a story's arrows on a canvas, coloured by exit as the cards' ports are (left blue, right
 * pink, end of track grey and dashed), an exit to a missing node as a short red dashed stub. All
 * arrows of one kind are one path, so a view full of arrows costs a few strokes.
 */
final class ArrowPainter {

    static final Map<Exit, Color> COLOURS = Map.of(Exit.LEFT, Color.web("#0969da"), Exit.RIGHT, Color.web("#bf3989"),
            Exit.END, Color.web("#6e7781"));
    static final Color MISSING = Color.web("#cf222e");
    static final double WIDTH = 2;

    private ArrowPainter() {
    }

    /**
     * Paints, in world coordinates (the context's transform maps them to the picture), the arrows
     * that meet the world rectangle, except those from or to a node in {@code skip}.
     *
     * @param painted receives "fromId/exit" of every arrow painted
     */
    static void paint(GraphicsContext g, SpatialIndex index, double x, double y, double w, double h, Set<String> skip,
            Set<String> painted) {
        Map<Exit, List<ArrowShape>> byExit = new EnumMap<>(Exit.class);
        List<ArrowShape> missing = new ArrayList<>();
        index.arrowsMeeting(x, y, w, h, arrow -> {
            if (skip.contains(arrow.from().id()) || skip.contains(arrow.targetId())) {
                return;
            }
            painted.add(key(arrow.from().id(), arrow.exit()));
            (arrow.hasTarget() ? byExit.computeIfAbsent(arrow.exit(), e -> new ArrayList<>()) : missing).add(arrow.shape());
        });
        g.setLineWidth(WIDTH);
        for (Map.Entry<Exit, List<ArrowShape>> kind : byExit.entrySet()) {
            Color colour = COLOURS.get(kind.getKey());
            if (kind.getKey() == Exit.END) {
                g.setLineDashes(6, 4);
            }
            stroke(g, kind.getValue(), colour);
            g.setLineDashes((double[]) null);
        }
        if (!missing.isEmpty()) {
            g.setLineDashes(3, 3);
            stroke(g, missing, MISSING);
            g.setLineDashes((double[]) null);
        }
    }

    static String key(String fromId, Exit exit) {
        return fromId + "/" + exit.id();
    }

    private static void stroke(GraphicsContext g, List<ArrowShape> arrows, Color colour) {
        g.setStroke(colour);
        g.beginPath();
        for (ArrowShape a : arrows) {
            g.moveTo(a.startX(), a.startY());
            g.bezierCurveTo(a.control1X(), a.startY(), a.control2X(), a.endY(), a.endX() - ArrowShape.HEAD_LENGTH, a.endY());
        }
        g.stroke();
        g.setFill(colour);
        g.beginPath();
        for (ArrowShape a : arrows) {
            g.moveTo(a.endX(), a.endY());
            g.lineTo(a.endX() - 9, a.endY() - 5);
            g.lineTo(a.endX() - 9, a.endY() + 5);
            g.closePath();
        }
        g.fill();
    }
}
