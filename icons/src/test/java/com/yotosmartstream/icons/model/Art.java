package com.yotosmartstream.icons.model;

import java.util.Map;

/** Pictures written as 16 lines of 16 characters: '.' transparent, 'R' red, 'G' green, 'B' blue, 'K' black. */
public final class Art {

    public static final int RED = 0xffff0000;
    public static final int GREEN = 0xff00ff00;
    public static final int BLUE = 0xff0000ff;
    public static final int BLACK = 0xff000000;
    private static final Map<Character, Integer> COLOURS = Map.of('.', 0, 'R', RED, 'G', GREEN, 'B', BLUE, 'K', BLACK);

    private Art() {
    }

    public static IconImage parse(String text) {
        String[] lines = text.strip().split("\\s+");
        if (lines.length != 16) {
            throw new IllegalArgumentException("16 lines, not " + lines.length);
        }
        int[] pixels = new int[256];
        for (int y = 0; y < 16; y++) {
            if (lines[y].length() != 16) {
                throw new IllegalArgumentException("line " + y + " has " + lines[y].length() + " characters");
            }
            for (int x = 0; x < 16; x++) {
                pixels[y * 16 + x] = COLOURS.get(lines[y].charAt(x));
            }
        }
        return IconImage.of(pixels);
    }

    public static String draw(IconImage image) {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int c = image.get(x, y);
                char ch = '?';
                for (var e : COLOURS.entrySet()) {
                    if (e.getValue() == c) {
                        ch = e.getKey();
                    }
                }
                text.append(ch);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
