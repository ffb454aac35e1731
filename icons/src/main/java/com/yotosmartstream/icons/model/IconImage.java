package com.yotosmartstream.icons.model;

import java.util.Arrays;

/**
 * A 16x16 picture as 256 ARGB values (0xAARRGGBB, not premultiplied), row by row from the top
 * left. Immutable: every change makes a new image, so an undo step can simply keep the image it
 * replaced. A pixel with alpha 0 is always stored as {@link #TRANSPARENT}, so two pictures that
 * look the same are equal and encode to the same bytes.
 */
public final class IconImage {

    /** Width and height in pixels. */
    public static final int SIZE = 16;
    public static final int TRANSPARENT = 0x00000000;

    private static final IconImage BLANK = new IconImage(new int[SIZE * SIZE]);

    private final int[] argb;

    private IconImage(int[] argb) {
        this.argb = argb;
    }

    /** A fully transparent image. */
    public static IconImage blank() {
        return BLANK;
    }

    /** An image of one colour. */
    public static IconImage filled(int argb) {
        int[] pixels = new int[SIZE * SIZE];
        Arrays.fill(pixels, normalise(argb));
        return new IconImage(pixels);
    }

    /** An image from 256 ARGB values, row by row; the array is copied. */
    public static IconImage of(int[] argb) {
        if (argb.length != SIZE * SIZE) {
            throw new IllegalArgumentException("An icon has " + SIZE * SIZE + " pixels, not " + argb.length);
        }
        int[] copy = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            copy[i] = normalise(argb[i]);
        }
        return new IconImage(copy);
    }

    /** Wraps an array nobody else holds (for the tools in this package). */
    static IconImage adopt(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            argb[i] = normalise(argb[i]);
        }
        return new IconImage(argb);
    }

    /** Any colour whose alpha is 0 becomes {@link #TRANSPARENT}. */
    public static int normalise(int argb) {
        return (argb >>> 24) == 0 ? TRANSPARENT : argb;
    }

    public static boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < SIZE && y < SIZE;
    }

    public int get(int x, int y) {
        if (!inside(x, y)) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the 16x16 icon");
        }
        return argb[y * SIZE + x];
    }

    /** This image with one pixel changed (the same image when it already had that colour). */
    public IconImage with(int x, int y, int colour) {
        int value = normalise(colour);
        if (get(x, y) == value) {
            return this;
        }
        int[] copy = argb.clone();
        copy[y * SIZE + x] = value;
        return new IconImage(copy);
    }

    /** A copy of the 256 ARGB values. */
    public int[] pixels() {
        return argb.clone();
    }

    /** Whether every pixel is transparent. */
    public boolean isBlank() {
        return equals(BLANK);
    }

    /** The distinct colours used, transparent included. */
    public int colourCount() {
        return (int) Arrays.stream(argb).distinct().count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IconImage image && Arrays.equals(argb, image.argb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(argb);
    }

    /** Sixteen lines of sixteen characters, for test failures: '.' transparent, else a letter per colour. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int[] seen = Arrays.stream(argb).filter(c -> c != TRANSPARENT).distinct().toArray();
        for (int y = 0; y < SIZE; y++) {
            text.append('\n');
            for (int x = 0; x < SIZE; x++) {
                int c = argb[y * SIZE + x];
                int index = 0;
                while (index < seen.length && seen[index] != c) {
                    index++;
                }
                text.append(c == TRANSPARENT ? '.' : (char) ('A' + Math.min(index, 25)));
            }
        }
        return text.toString();
    }
}
