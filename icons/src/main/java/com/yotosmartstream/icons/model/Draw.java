package com.yotosmartstream.icons.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The drawing operations, as pure functions: each takes an image and returns the image with the
 * shape drawn. Coordinates may lie outside the canvas (a drag can leave it); what falls outside
 * is clipped, never wrapped. Every operation honours a {@link Symmetry}.
 */
public final class Draw {

    private Draw() {
    }

    /** One pixel (and its mirror images). */
    public static IconImage point(IconImage image, int x, int y, int colour, Symmetry symmetry) {
        int[] pixels = image.pixels();
        plot(pixels, x, y, colour, symmetry);
        return result(image, pixels);
    }

    /** A one-pixel line from (x0, y0) to (x1, y1), both ends included (Bresenham). */
    public static IconImage line(IconImage image, int x0, int y0, int x1, int y1, int colour, Symmetry symmetry) {
        int[] pixels = image.pixels();
        line(pixels, x0, y0, x1, y1, colour, symmetry);
        return result(image, pixels);
    }

    /** The rectangle with these opposite corners, as an outline or filled. */
    public static IconImage rectangle(IconImage image, int x0, int y0, int x1, int y1, int colour, boolean filled,
            Symmetry symmetry) {
        int left = Math.min(x0, x1);
        int right = Math.max(x0, x1);
        int top = Math.min(y0, y1);
        int bottom = Math.max(y0, y1);
        int[] pixels = image.pixels();
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (filled || x == left || x == right || y == top || y == bottom) {
                    plot(pixels, x, y, colour, symmetry);
                }
            }
        }
        return result(image, pixels);
    }

    /**
     * The ellipse that fits the rectangle with these opposite corners: the pixels whose centres lie
     * inside it, or (outline) those of them with a side neighbour outside it. The result is
     * symmetric within its rectangle.
     */
    public static IconImage ellipse(IconImage image, int x0, int y0, int x1, int y1, int colour, boolean filled,
            Symmetry symmetry) {
        int left = Math.min(x0, x1);
        int right = Math.max(x0, x1);
        int top = Math.min(y0, y1);
        int bottom = Math.max(y0, y1);
        int[] pixels = image.pixels();
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (!inEllipse(x, y, left, top, right, bottom)) {
                    continue;
                }
                boolean edge = !inEllipse(x - 1, y, left, top, right, bottom)
                        || !inEllipse(x + 1, y, left, top, right, bottom)
                        || !inEllipse(x, y - 1, left, top, right, bottom)
                        || !inEllipse(x, y + 1, left, top, right, bottom);
                if (filled || edge) {
                    plot(pixels, x, y, colour, symmetry);
                }
            }
        }
        return result(image, pixels);
    }

    private static boolean inEllipse(int x, int y, int left, int top, int right, int bottom) {
        if (x < left || x > right || y < top || y > bottom) {
            return false;
        }
        double rx = (right - left + 1) / 2.0;
        double ry = (bottom - top + 1) / 2.0;
        double dx = (x + 0.5 - (left + rx)) / rx;
        double dy = (y + 0.5 - (top + ry)) / ry;
        return dx * dx + dy * dy <= 1.0 + 1e-9;
    }

    /**
     * Flood fill: the 4-connected area of the colour found at (x, y) becomes {@code colour}. The
     * canvas edge bounds the area (nothing wraps round). A start outside the canvas changes nothing.
     */
    public static IconImage fill(IconImage image, int x, int y, int colour, Symmetry symmetry) {
        int[] pixels = image.pixels();
        int value = IconImage.normalise(colour);
        for (int[] p : symmetry.images(x, y)) {
            floodFill(pixels, p[0], p[1], value);
        }
        return result(image, pixels);
    }

    private static void floodFill(int[] pixels, int x, int y, int colour) {
        if (!IconImage.inside(x, y)) {
            return;
        }
        int target = pixels[y * IconImage.SIZE + x];
        if (target == colour) {
            return;
        }
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {x, y});
        while (!todo.isEmpty()) {
            int[] p = todo.pop();
            if (!IconImage.inside(p[0], p[1]) || pixels[p[1] * IconImage.SIZE + p[0]] != target) {
                continue;
            }
            pixels[p[1] * IconImage.SIZE + p[0]] = colour;
            todo.push(new int[] {p[0] + 1, p[1]});
            todo.push(new int[] {p[0] - 1, p[1]});
            todo.push(new int[] {p[0], p[1] + 1});
            todo.push(new int[] {p[0], p[1] - 1});
        }
    }

    static void line(int[] pixels, int x0, int y0, int x1, int y1, int colour, Symmetry symmetry) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            plot(pixels, x, y, colour, symmetry);
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * error;
            if (e2 >= dy) {
                error += dy;
                x += sx;
            }
            if (e2 <= dx) {
                error += dx;
                y += sy;
            }
        }
    }

    static void plot(int[] pixels, int x, int y, int colour, Symmetry symmetry) {
        int value = IconImage.normalise(colour);
        for (int[] p : symmetry.images(x, y)) {
            if (IconImage.inside(p[0], p[1])) {
                pixels[p[1] * IconImage.SIZE + p[0]] = value;
            }
        }
    }

    private static IconImage result(IconImage before, int[] pixels) {
        IconImage after = IconImage.adopt(pixels);
        return after.equals(before) ? before : after;
    }
}
