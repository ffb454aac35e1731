package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;

/**
 * The curve of one arrow, in world coordinates: from an exit's port, leaving to the right, into the
 * left edge of the node it leads to (the curve stops short of the tip, where the head is); an exit
 * to a missing node is a short stub. Shared by the arrows painted on the canvas and the arrows of
 * nodes being dragged, so both look the same.
 */
record ArrowShape(double startX, double startY, double control1X, double control2X, double endX, double endY,
        boolean stub) {

    /** How far the curve stops short of the tip (the head covers the rest). */
    static final double HEAD_LENGTH = 6;

    /** The arrow from {@code from}'s {@code exit} (drawn at fromX, fromY) to a node drawn at (toX, toY); NaN for no node. */
    static ArrowShape of(Exit exit, double fromX, double fromY, double toX, double toY) {
        double sx = fromX + NodeView.WIDTH;
        double sy = fromY + NodeView.portOffset(exit);
        boolean stub = Double.isNaN(toX);
        double ex = stub ? sx + 48 : toX;
        double ey = stub ? sy : toY + NodeView.HEIGHT / 2;
        double pull = Math.max(40, Math.abs(ex - sx) / 2);
        if (!stub && ex < sx + 20) {
            pull = Math.max(pull, 120);
        }
        return new ArrowShape(sx, sy, sx + pull, ex - pull, ex, ey, stub);
    }

    static ArrowShape of(StoryNode from, Exit exit, StoryNode to) {
        return of(exit, from.position().x(), from.position().y(), to == null ? Double.NaN : to.position().x(),
                to == null ? Double.NaN : to.position().y());
    }

    /** The box the curve and its head stay within. */
    double minX() {
        return Math.min(startX, control2X);
    }

    double maxX() {
        return Math.max(control1X, endX);
    }

    double minY() {
        return Math.min(startY, endY) - 5;
    }

    double maxY() {
        return Math.max(startY, endY) + 5;
    }

    boolean meets(double x, double y, double w, double h) {
        return maxX() >= x && minX() <= x + w && maxY() >= y && minY() <= y + h;
    }
}
