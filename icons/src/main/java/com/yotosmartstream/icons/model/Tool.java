package com.yotosmartstream.icons.model;

/**
 * The painter's tools, each with its keyboard shortcut. A drawing tool turns a press, drags and a
 * release into one {@link Stroke}; the colour picker only reads a colour.
 */
public enum Tool {
    PENCIL("Pencil", "P"),
    ERASER("Eraser", "E"),
    LINE("Line", "L"),
    RECTANGLE("Rectangle", "R"),
    FILLED_RECTANGLE("Filled rectangle", "Shift+R"),
    ELLIPSE("Ellipse", "O"),
    FILLED_ELLIPSE("Filled ellipse", "Shift+O"),
    FILL("Bucket fill", "G"),
    PICKER("Colour picker", "I"),
    MOVE("Move (wraps round)", "M");

    private final String label;
    private final String shortcut;

    Tool(String label, String shortcut) {
        this.label = label;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
    }

    /** The key that selects it: a letter, with "Shift+" when Shift is held. */
    public String shortcut() {
        return shortcut;
    }

    /** The letter of the shortcut. */
    public char key() {
        return shortcut.charAt(shortcut.length() - 1);
    }

    public boolean withShift() {
        return shortcut.startsWith("Shift+");
    }

    /** Whether it changes pixels (everything but the colour picker). */
    public boolean draws() {
        return this != PICKER;
    }

    /**
     * Starts a stroke at the pressed pixel.
     *
     * @param colour what the stroke paints (ignored by the eraser, which paints transparency)
     */
    public Stroke begin(IconImage image, int x, int y, int colour, Symmetry symmetry) {
        return switch (this) {
            case PENCIL -> new Stroke.Freehand(image, x, y, colour, symmetry);
            case ERASER -> new Stroke.Freehand(image, x, y, IconImage.TRANSPARENT, symmetry);
            case LINE -> new Stroke.Shape(image, x, y, (img, x1, y1) -> Draw.line(img, x, y, x1, y1, colour, symmetry));
            case RECTANGLE -> new Stroke.Shape(image, x, y,
                    (img, x1, y1) -> Draw.rectangle(img, x, y, x1, y1, colour, false, symmetry));
            case FILLED_RECTANGLE -> new Stroke.Shape(image, x, y,
                    (img, x1, y1) -> Draw.rectangle(img, x, y, x1, y1, colour, true, symmetry));
            case ELLIPSE -> new Stroke.Shape(image, x, y,
                    (img, x1, y1) -> Draw.ellipse(img, x, y, x1, y1, colour, false, symmetry));
            case FILLED_ELLIPSE -> new Stroke.Shape(image, x, y,
                    (img, x1, y1) -> Draw.ellipse(img, x, y, x1, y1, colour, true, symmetry));
            case FILL -> new Stroke.Once(Draw.fill(image, x, y, colour, symmetry));
            case MOVE -> new Stroke.Shape(image, x, y, (img, x1, y1) -> Transform.shift(img, x1 - x, y1 - y));
            case PICKER -> new Stroke.Once(image);
        };
    }
}
