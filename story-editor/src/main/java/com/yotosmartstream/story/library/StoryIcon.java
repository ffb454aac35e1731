package com.yotosmartstream.story.library;

import java.util.Objects;

/**
 * A 16x16 icon a node can show on the player.
 *
 * @param ref how a card names it ({@code yoto:#<mediaId>})
 * @param argb 256 pixels, row by row, as 0xAARRGGBB
 */
public record StoryIcon(String ref, String name, int[] argb) {

    public static final int SIZE = 16;

    public StoryIcon {
        Objects.requireNonNull(ref, "ref");
        name = name == null ? "" : name;
        if (argb == null || argb.length != SIZE * SIZE) {
            throw new IllegalArgumentException("An icon has 16x16 = 256 pixels");
        }
        argb = argb.clone();
    }

    public int pixel(int x, int y) {
        return argb[y * SIZE + x];
    }

    @Override
    public int[] argb() {
        return argb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryIcon i && ref.equals(i.ref) && name.equals(i.name) && java.util.Arrays.equals(argb, i.argb);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    @Override
    public String toString() {
        return "StoryIcon[" + ref + " " + name + "]";
    }
}
