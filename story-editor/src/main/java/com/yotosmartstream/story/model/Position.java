package com.yotosmartstream.story.model;

/** A node's place on the canvas: its top-left corner, in canvas units (pixels at 100 %). */
public record Position(double x, double y) {

    public static final Position ORIGIN = new Position(0, 0);

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A position must be finite, got " + x + "," + y);
        }
        // -0.0 is 0.0 on a canvas; a record compares doubles bit by bit, and a file stores both as 0,
        // so a story read back was "different" (found by StoryJsonFuzzTest)
        x += 0.0;
        y += 0.0;
    }

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }

    /** Rounded to the nearest multiple of {@code grid}. */
    public Position snapped(double grid) {
        return grid <= 0 ? this : new Position(Math.round(x / grid) * grid, Math.round(y / grid) * grid);
    }
}
