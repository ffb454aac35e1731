package com.yotosmartstream.story.model;

/** A node's place on the canvas: its top-left corner, in canvas units (pixels at 100 %). */
public record Position(double x, double y) {

    public static final Position ORIGIN = new Position(0, 0);

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A position must be finite, got " + x + "," + y);
        }
        // kept to the hundredth a story file stores, and -0.0 as 0.0 (a record compares doubles bit by
        // bit): otherwise a story read back was "different" (both found by StoryJsonFuzzTest)
        x = hundredths(x);
        y = hundredths(y);
    }

    /**
     * To the nearest hundredth, as a story file writes numbers (below 1e13; larger ones are kept as
     * they are, since rounding through a long would saturate), with -0.0 as 0.0.
     */
    public static double hundredths(double value) {
        return (Math.abs(value) >= 1e13 ? value : Math.round(value * 100) / 100.0) + 0.0;
    }

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }

    /** Rounded to the nearest multiple of {@code grid}. */
    public Position snapped(double grid) {
        return grid <= 0 ? this : new Position(Math.round(x / grid) * grid, Math.round(y / grid) * grid);
    }
}
