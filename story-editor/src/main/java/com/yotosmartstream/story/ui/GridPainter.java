package com.yotosmartstream.story.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.ImagePattern;

/** The dotted grid behind the canvas: one tiled fill per frame, the tile made again only when the spacing changes. */
final class GridPainter {

    private Image tile;

    /** Dots every {@code gridSize} world units (every fifth, and so on, when they would crowd). */
    void paint(Canvas canvas, CanvasViewport viewport, double gridSize) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double step = gridSize * viewport.scale();
        while (step < 12) {
            step *= 5;
        }
        int size = (int) Math.round(step);
        if (tile == null || tile.getWidth() != size) {
            tile = dot(size);
        }
        g.setFill(new ImagePattern(tile, viewport.translateXProperty().get() % size,
                viewport.translateYProperty().get() % size, size, size, false));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    private static Image dot(int size) {
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setArgb(0, 0, 0x888c959f);
        image.getPixelWriter().setArgb(1, 0, 0x448c959f);
        image.getPixelWriter().setArgb(0, 1, 0x448c959f);
        return image;
    }
}
