package com.yotosmartstream.icons.model;

/** Whole-image changes as pure functions: flips, quarter turns and shifts that wrap round. */
public final class Transform {

    private static final int N = IconImage.SIZE;

    private Transform() {
    }

    /** Mirrors the picture left to right. */
    public static IconImage flipLeftRight(IconImage image) {
        return map(image, (x, y) -> new int[] {N - 1 - x, y});
    }

    /** Mirrors the picture top to bottom. */
    public static IconImage flipTopBottom(IconImage image) {
        return map(image, (x, y) -> new int[] {x, N - 1 - y});
    }

    /** A quarter turn clockwise: the top row becomes the right column. */
    public static IconImage rotateClockwise(IconImage image) {
        return map(image, (x, y) -> new int[] {N - 1 - y, x});
    }

    /** A quarter turn anticlockwise: the top row becomes the left column. */
    public static IconImage rotateAnticlockwise(IconImage image) {
        return map(image, (x, y) -> new int[] {y, N - 1 - x});
    }

    /** Moves every pixel by (dx, dy); what leaves one edge comes back at the opposite one. */
    public static IconImage shift(IconImage image, int dx, int dy) {
        return map(image, (x, y) -> new int[] {Math.floorMod(x + dx, N), Math.floorMod(y + dy, N)});
    }

    private interface Destination {
        int[] of(int x, int y);
    }

    private static IconImage map(IconImage image, Destination destination) {
        int[] source = image.pixels();
        int[] target = new int[source.length];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int[] to = destination.of(x, y);
                target[to[1] * N + to[0]] = source[y * N + x];
            }
        }
        IconImage result = IconImage.adopt(target);
        return result.equals(image) ? image : result;
    }
}
