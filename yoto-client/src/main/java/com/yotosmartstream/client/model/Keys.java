package com.yotosmartstream.client.model;

/**
 * Chapter and track keys. Players look keys up as text, so they keep their leading zero: "08",
 * not "8" (playing an unpadded key fails on the player).
 */
public final class Keys {

    private Keys() {
    }

    /** The key for the n-th item (1-based): "01".."99", then "100"... */
    public static String of(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("Keys start at 1, got " + position);
        }
        return position < 10 ? "0" + position : Integer.toString(position);
    }
}
