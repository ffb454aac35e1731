package com.yotosmartstream.story.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the canvas looks: a scale and a translation, so that a point of the story (world) shows at
 * {@code world * scale + translate} on screen. Every gesture goes through these conversions, so no
 * gesture does zoom arithmetic of its own. Listeners hear once per pan, zoom or fit, however many
 * of the three values it changed.
 */
final class CanvasViewport {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 3;

    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final DoubleProperty translateX = new SimpleDoubleProperty(40);
    private final DoubleProperty translateY = new SimpleDoubleProperty(40);
    private final List<Runnable> listeners = new ArrayList<>();
    private int batch;
    private boolean changedInBatch;

    CanvasViewport() {
        scale.addListener(obs -> changed());
        translateX.addListener(obs -> changed());
        translateY.addListener(obs -> changed());
    }

    /** Runs after every change of the view (once per operation). */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        if (batch > 0) {
            changedInBatch = true;
        } else {
            listeners.forEach(Runnable::run);
        }
    }

    /** Makes the changes {@code change} makes one change for the listeners. */
    private void inOneChange(Runnable change) {
        batch++;
        try {
            change.run();
        } finally {
            batch--;
        }
        if (batch == 0 && changedInBatch) {
            changedInBatch = false;
            listeners.forEach(Runnable::run);
        }
    }

    DoubleProperty scaleProperty() {
        return scale;
    }

    DoubleProperty translateXProperty() {
        return translateX;
    }

    DoubleProperty translateYProperty() {
        return translateY;
    }

    double scale() {
        return scale.get();
    }

    Point2D toWorld(double screenX, double screenY) {
        return new Point2D((screenX - translateX.get()) / scale.get(), (screenY - translateY.get()) / scale.get());
    }

    Point2D toScreen(double worldX, double worldY) {
        return new Point2D(worldX * scale.get() + translateX.get(), worldY * scale.get() + translateY.get());
    }

    /** The part of the world a view of this size shows. */
    Bounds visibleWorld(double width, double height) {
        Point2D topLeft = toWorld(0, 0);
        return new BoundingBox(topLeft.getX(), topLeft.getY(), width / scale.get(), height / scale.get());
    }

    void panBy(double dx, double dy) {
        inOneChange(() -> {
            translateX.set(translateX.get() + dx);
            translateY.set(translateY.get() + dy);
        });
    }

    /** Zooms by {@code factor}, keeping the world point under (screenX, screenY) where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor));
        Point2D anchor = toWorld(screenX, screenY);
        inOneChange(() -> {
            scale.set(next);
            translateX.set(screenX - anchor.getX() * next);
            translateY.set(screenY - anchor.getY() * next);
        });
    }

    /** Shows the whole of {@code world} in a view of this size, with a margin, at most at 100 %. */
    void fit(Bounds world, double width, double height) {
        if (world == null || world.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        double margin = 40;
        double next = Math.min(1, Math.min((width - 2 * margin) / world.getWidth(), (height - 2 * margin) / world.getHeight()));
        double fitted = Math.max(MIN_SCALE, next);
        inOneChange(() -> {
            scale.set(fitted);
            translateX.set((width - world.getWidth() * fitted) / 2 - world.getMinX() * fitted);
            translateY.set((height - world.getHeight() * fitted) / 2 - world.getMinY() * fitted);
        });
    }

    /** Moves so the world point is at the centre of a view of this size. */
    void centerOn(double worldX, double worldY, double width, double height) {
        inOneChange(() -> {
            translateX.set(width / 2 - worldX * scale.get());
            translateY.set(height / 2 - worldY * scale.get());
        });
    }
}
