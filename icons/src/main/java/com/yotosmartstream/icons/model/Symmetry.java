package com.yotosmartstream.icons.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirror drawing: whatever is drawn at a pixel is also drawn at its mirror images. Left-right
 * mirroring reflects across a vertical axis, top-bottom across a horizontal one; with both, a
 * pixel has up to four images.
 *
 * @param leftRight where the vertical axis is, or {@link Axis#OFF}
 * @param topBottom where the horizontal axis is, or {@link Axis#OFF}
 */
public record Symmetry(Axis leftRight, Axis topBottom) {

    public static final Symmetry NONE = new Symmetry(Axis.OFF, Axis.OFF);

    /** Where a mirror axis lies on the 16 pixels of a row or column. */
    public enum Axis {
        OFF("Off"),
        /** Between pixels 7 and 8: a shape mirrored this way is an even number of pixels wide. */
        EVEN("Even: 2 middle pixels"),
        /**
         * Through the middle of pixel 7 (the eighth): the shape has a centre column and an odd width;
         * pixel 15 has no mirror image on the canvas.
         */
        ODD("Odd: 1 middle pixel");

        private final String label;

        Axis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The mirror image of a coordinate; may fall outside the canvas (ODD and 15 give -1). */
        int mirror(int c) {
            return switch (this) {
                case OFF -> c;
                case EVEN -> IconImage.SIZE - 1 - c;
                case ODD -> IconImage.SIZE - 2 - c;
            };
        }
    }

    public Symmetry {
        if (leftRight == null || topBottom == null) {
            throw new IllegalArgumentException("Both axes must be given (OFF for none)");
        }
    }

    /** The pixel and its mirror images, each once, in the order pixel, left-right, top-bottom, both. */
    public List<int[]> images(int x, int y) {
        List<int[]> points = new ArrayList<>(4);
        add(points, x, y);
        if (leftRight != Axis.OFF) {
            add(points, leftRight.mirror(x), y);
        }
        if (topBottom != Axis.OFF) {
            add(points, x, topBottom.mirror(y));
        }
        if (leftRight != Axis.OFF && topBottom != Axis.OFF) {
            add(points, leftRight.mirror(x), topBottom.mirror(y));
        }
        return points;
    }

    private static void add(List<int[]> points, int x, int y) {
        for (int[] p : points) {
            if (p[0] == x && p[1] == y) {
                return;
            }
        }
        points.add(new int[] {x, y});
    }
}
