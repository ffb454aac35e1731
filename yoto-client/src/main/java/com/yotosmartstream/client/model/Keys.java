package com.yotosmartstream.client.model;

/**
 * Keys for the chapters and tracks of a card this app makes: "01", "02"... Players look keys up as
 * exact text, so a card made with "08" must be played with "08", not "8". For a card that exists,
 * use the keys its content holds (they may be "1", "intro"...), never these (ADR 0041).
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
