package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * An arrow from an exit port to the node it leads to, as a shape in the scene: used for the arrows
 * of nodes being dragged, which move every frame (the others are painted on the canvas's picture by
 * {@link ArrowPainter}, in the same colours). An exit to a missing node is a short dashed stub.
 */
final class EdgeView extends Group {

    private final CubicCurve curve = new CubicCurve();
    private final Polygon head = new Polygon();
    private final String fromId;
    private final Exit exit;
    private String targetId;

    EdgeView(String fromId, Exit exit) {
        this.fromId = fromId;
        this.exit = exit;
        setId("edge-" + fromId + "-" + exit.id());
        getStyleClass().addAll("story-edge", "edge-" + exit.id());
        setMouseTransparent(true);
        curve.getStyleClass().add("edge-line");
        head.getStyleClass().add("edge-head");
        getChildren().addAll(curve, head);
    }

    String fromId() {
        return fromId;
    }

    Exit exit() {
        return exit;
    }

    /** The node the edge leads to; null for an exit to a missing node. */
    String targetId() {
        return targetId;
    }

    void setTargetId(String id) {
        targetId = id;
        if (id == null) {
            if (!getStyleClass().contains("missing")) {
                getStyleClass().add("missing");
            }
        } else {
            getStyleClass().remove("missing");
        }
    }

    /** Draws the arrow's curve and head. */
    void route(ArrowShape shape) {
        curve.setStartX(shape.startX());
        curve.setStartY(shape.startY());
        curve.setControlX1(shape.control1X());
        curve.setControlY1(shape.startY());
        curve.setControlX2(shape.control2X());
        curve.setControlY2(shape.endY());
        curve.setEndX(shape.endX() - ArrowShape.HEAD_LENGTH);
        curve.setEndY(shape.endY());
        double x = shape.endX();
        double y = shape.endY();
        head.getPoints().setAll(x, y, x - 9, y - 5, x - 9, y + 5);
    }
}
