package com.yotosmartstream.icons.palette;

import java.util.ArrayList;
import java.util.List;

/**
 * A named list of opaque colours (0xFFRRGGBB), each once, in order.
 *
 * @param builtIn whether it ships with the app (it cannot be changed or deleted)
 */
public record Palette(String name, List<Integer> colours, boolean builtIn) {

    /** Colours a palette may hold; more is not a palette but a picture. */
    public static final int MAX_COLOURS = 256;

    public Palette {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A palette needs a name");
        }
        name = name.strip();
        colours = colours.stream().map(c -> 0xff000000 | c).distinct().limit(MAX_COLOURS).toList();
    }

    /** This palette with one more colour at the end (the same palette if it has it already). */
    public Palette with(int colour) {
        List<Integer> more = new ArrayList<>(colours);
        more.add(colour);
        return new Palette(name, more, builtIn);
    }

    public Palette without(int colour) {
        return new Palette(name, colours.stream().filter(c -> c != (0xff000000 | colour)).toList(), builtIn);
    }

    public Palette renamed(String newName) {
        return new Palette(newName, colours, builtIn);
    }

    /** The default palette: PICO-8's sixteen colours, bright and distinct on an LED display, then greys and extras. */
    public static Palette standard() {
        return new Palette("Standard", List.of(
                0x000000, 0x1d2b53, 0x7e2553, 0x008751, 0xab5236, 0x5f574f, 0xc2c3c7, 0xfff1e8,
                0xff004d, 0xffa300, 0xffec27, 0x00e436, 0x29adff, 0x83769c, 0xff77a8, 0xffccaa,
                0xffffff, 0x9e9e9e, 0x424242, 0x8b4513, 0xf44336, 0xff9800, 0xffeb3b, 0x4caf50,
                0x2196f3, 0x3f51b5, 0x9c27b0, 0xe91e63, 0x00bcd4, 0x795548, 0xcddc39, 0x607d8b), true);
    }
}
