package com.yotosmartstream.icons.palette;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Palette files: GIMP's GPL (also read and written by Aseprite, Krita, Inkscape, Lospec) and a
 * plain hex list (one {@code RRGGBB} per line, {@code #} optional; Lospec's ".hex").
 */
public final class PaletteFormats {

    /** A palette file that cannot be read; the message says which line and why. */
    public static final class BadPaletteException extends Exception {
        public BadPaletteException(String message) {
            super(message);
        }
    }

    private static final Pattern GPL_COLOUR = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\d{1,3})\\s+(\\d{1,3})(?:\\s+(.*))?$");
    private static final Pattern HEX = Pattern.compile("^#?([0-9a-fA-F]{6})$");

    private PaletteFormats() {
    }

    /** Reads a GPL or hex-list palette, whichever the text is. */
    public static Palette read(String text, String fallbackName) throws BadPaletteException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.stripLeading().startsWith("GIMP Palette") ? readGpl(body, fallbackName) : readHex(body, fallbackName);
    }

    public static Palette readGpl(String text, String fallbackName) throws BadPaletteException {
        String[] lines = text.split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals("GIMP Palette")) {
            throw new BadPaletteException("A GPL palette starts with the line \"GIMP Palette\".");
        }
        String name = fallbackName;
        List<Integer> colours = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("Columns:")) {
                continue;
            }
            if (line.startsWith("Name:")) {
                String named = line.substring(5).strip();
                name = named.isEmpty() ? name : named;
                continue;
            }
            Matcher m = GPL_COLOUR.matcher(line);
            if (!m.matches()) {
                throw new BadPaletteException("Line " + (i + 1) + " is not a colour (three numbers 0-255 and a name): \""
                        + shorten(line) + "\".");
            }
            int r = channel(m.group(1), i);
            int g = channel(m.group(2), i);
            int b = channel(m.group(3), i);
            colours.add(0xff000000 | r << 16 | g << 8 | b);
        }
        return checked(name, colours);
    }

    public static Palette readHex(String text, String fallbackName) throws BadPaletteException {
        String[] lines = text.split("\\R");
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("//")) {
                continue;
            }
            Matcher m = HEX.matcher(line);
            if (!m.matches()) {
                throw new BadPaletteException("Line " + (i + 1) + " is not a colour like #ff8800: \""
                        + shorten(line) + "\". Choose a .gpl or .hex palette file.");
            }
            colours.add(0xff000000 | HexFormat.fromHexDigits(m.group(1)));
        }
        return checked(fallbackName, colours);
    }

    public static String writeGpl(Palette palette) {
        StringBuilder text = new StringBuilder("GIMP Palette\n");
        text.append("Name: ").append(palette.name().replaceAll("\\R", " ")).append('\n');
        text.append("Columns: 8\n#\n");
        for (int c : palette.colours()) {
            text.append(String.format(Locale.ROOT, "%3d %3d %3d\t%s%n", (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff,
                    hex(c)).replace(System.lineSeparator(), "\n"));
        }
        return text.toString();
    }

    public static String writeHex(Palette palette) {
        StringBuilder text = new StringBuilder();
        for (int c : palette.colours()) {
            text.append(hex(c).substring(1)).append('\n');
        }
        return text.toString();
    }

    /** "#rrggbb". */
    public static String hex(int argb) {
        return "#" + HexFormat.of().toHexDigits(argb & 0xffffff).substring(2);
    }

    private static int channel(String digits, int line) throws BadPaletteException {
        int value = Integer.parseInt(digits);
        if (value > 255) {
            throw new BadPaletteException("Line " + (line + 1) + " has " + value + "; colour values go from 0 to 255.");
        }
        return value;
    }

    private static Palette checked(String name, List<Integer> colours) throws BadPaletteException {
        if (colours.isEmpty()) {
            throw new BadPaletteException("The file holds no colours.");
        }
        if (colours.size() > Palette.MAX_COLOURS) {
            throw new BadPaletteException("The file holds " + colours.size() + " colours; a palette has at most "
                    + Palette.MAX_COLOURS + ".");
        }
        return new Palette(name == null || name.isBlank() ? "Imported" : name, colours, false);
    }

    private static String shorten(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
