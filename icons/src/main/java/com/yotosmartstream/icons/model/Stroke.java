package com.yotosmartstream.icons.model;

/**
 * What one press-drag-release of a tool does to the picture: it starts from the image as it was at
 * the press, and {@link #to} gives the picture with the stroke drawn so far. A whole stroke is one
 * undo step.
 */
public sealed interface Stroke permits Stroke.Freehand, Stroke.Shape, Stroke.Once {

    /** The pointer moved to (x, y), possibly outside the canvas: the picture with the stroke so far. */
    IconImage to(int x, int y);

    /** The picture with the whole stroke so far. */
    IconImage image();

    /** Pencil and eraser: every pixel the pointer passes, joined by lines so fast drags leave no gaps. */
    final class Freehand implements Stroke {
        private final int colour;
        private final Symmetry symmetry;
        private IconImage image;
        private int lastX;
        private int lastY;

        Freehand(IconImage start, int x, int y, int colour, Symmetry symmetry) {
            this.colour = colour;
            this.symmetry = symmetry;
            this.image = Draw.point(start, x, y, colour, symmetry);
            this.lastX = x;
            this.lastY = y;
        }

        @Override
        public IconImage to(int x, int y) {
            if (x != lastX || y != lastY) {
                image = Draw.line(image, lastX, lastY, x, y, colour, symmetry);
                lastX = x;
                lastY = y;
            }
            return image;
        }

        @Override
        public IconImage image() {
            return image;
        }
    }

    /** Line, rectangle, ellipse and move: the shape from the press to the pointer, redrawn on the start picture. */
    final class Shape implements Stroke {
        /** Draws the shape from the press to (x1, y1) on a picture. */
        interface Drawing {
            IconImage draw(IconImage start, int x1, int y1);
        }

        private final IconImage start;
        private final Drawing drawing;
        private IconImage image;

        Shape(IconImage start, int x, int y, Drawing drawing) {
            this.start = start;
            this.drawing = drawing;
            this.image = drawing.draw(start, x, y);
        }

        @Override
        public IconImage to(int x, int y) {
            image = drawing.draw(start, x, y);
            return image;
        }

        @Override
        public IconImage image() {
            return image;
        }
    }

    /** Bucket fill (and the picker): all is done at the press; dragging changes nothing. */
    final class Once implements Stroke {
        private final IconImage image;

        Once(IconImage image) {
            this.image = image;
        }

        @Override
        public IconImage to(int x, int y) {
            return image;
        }

        @Override
        public IconImage image() {
            return image;
        }
    }
}
