package com.yotosmartstream.story.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/**
 * The paper and its dotted grid: one tiled fill (a tile of paper with a dot in its corner), the
 * tile made again only when the spacing or the paper changes.
 */
final class GridPainter {

    private static final Color DOT = Color.web("#8c959f", 0x88 / 255.0);
    private static final Color DOT_EDGE = Color.web("#8c959f", 0x44 / 255.0);

    private Image tile;
    private Paint tilePaper;

    /**
     * Paper with dots every {@code gridSize} world units (every fifth, and so on, when they would
     * crowd) over a picture in which a world point p lies at {@code p * scale + origin}.
     */
    void paint(GraphicsContext g, double width, double height, double scale, double originX, double originY,
            double gridSize, Paint paper) {
        double step = gridSize * scale;
        while (step < 12) {
            step *= 5;
        }
        int size = (int) Math.round(step);
        Color colour = paper instanceof Color plain ? plain : Color.TRANSPARENT;
        if (!(paper instanceof Color)) {
            // not a plain colour: the paper first, then the dots over it
            g.setFill(paper);
            g.fillRect(0, 0, width, height);
        }
        if (tile == null || tile.getWidth() != size || !colour.equals(tilePaper)) {
            tile = tile(size, colour);
            tilePaper = colour;
        }
        g.setFill(new ImagePattern(tile, originX % size, originY % size, size, size, false));
        g.fillRect(0, 0, width, height);
    }

    private static Image tile(int size, Color paper) {
        WritableImage image = new WritableImage(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.getPixelWriter().setColor(x, y, paper);
            }
        }
        image.getPixelWriter().setColor(0, 0, over(DOT, paper));
        image.getPixelWriter().setColor(1, 0, over(DOT_EDGE, paper));
        image.getPixelWriter().setColor(0, 1, over(DOT_EDGE, paper));
        return image;
    }

    /** {@code top} painted over {@code bottom}. */
    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity() + bottom.getOpacity() * (1 - top.getOpacity());
        if (a == 0) {
            return Color.TRANSPARENT;
        }
        return new Color((top.getRed() * top.getOpacity() + bottom.getRed() * bottom.getOpacity() * (1 - top.getOpacity())) / a,
                (top.getGreen() * top.getOpacity() + bottom.getGreen() * bottom.getOpacity() * (1 - top.getOpacity())) / a,
                (top.getBlue() * top.getOpacity() + bottom.getBlue() * bottom.getOpacity() * (1 - top.getOpacity())) / a, a);
    }
}
