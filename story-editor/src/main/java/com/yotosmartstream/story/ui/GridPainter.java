package com.yotosmartstream.story.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.ImagePattern;

/** The dotted grid behind the canvas: one tiled fill, the tile made again only when the spacing changes. */
final class GridPainter {

    private Image tile;

    /**
     * Dots every {@code gridSize} world units (every fifth, and so on, when they would crowd) over a
     * picture in which a world point p lies at {@code p * scale + origin}.
     */
    void paint(GraphicsContext g, double width, double height, double scale, double originX, double originY,
            double gridSize) {
        double step = gridSize * scale;
        while (step < 12) {
            step *= 5;
        }
        int size = (int) Math.round(step);
        if (tile == null || tile.getWidth() != size) {
            tile = dot(size);
        }
        g.setFill(new ImagePattern(tile, originX % size, originY % size, size, size, false));
        g.fillRect(0, 0, width, height);
    }

    private static Image dot(int size) {
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setArgb(0, 0, 0x888c959f);
        image.getPixelWriter().setArgb(1, 0, 0x448c959f);
        image.getPixelWriter().setArgb(0, 1, 0x448c959f);
        return image;
    }
}
