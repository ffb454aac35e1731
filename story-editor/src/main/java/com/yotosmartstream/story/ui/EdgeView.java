package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * An arrow from an exit port to the node it leads to: a curve leaving the port to the right and
 * entering the target from the left, coloured by exit. An exit to a missing node is a short dashed
 * stub.
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

    /** Draws from the port to the inlet (world coordinates); with no inlet, a stub. */
    void route(Point2D from, Point2D to) {
        Point2D end = to != null ? to : from.add(48, 0);
        double pull = Math.max(40, Math.abs(end.getX() - from.getX()) / 2);
        if (to != null && end.getX() < from.getX() + 20) {
            pull = Math.max(pull, 120);
        }
        curve.setStartX(from.getX());
        curve.setStartY(from.getY());
        curve.setControlX1(from.getX() + pull);
        curve.setControlY1(from.getY());
        curve.setControlX2(end.getX() - pull);
        curve.setControlY2(end.getY());
        curve.setEndX(end.getX() - 6);
        curve.setEndY(end.getY());
        head.getPoints().setAll(end.getX(), end.getY(), end.getX() - 9, end.getY() - 5, end.getX() - 9, end.getY() + 5);
    }

}
