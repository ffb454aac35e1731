package com.yotosmartstream.story.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A picture of the world on one canvas, painted for the view plus a margin all round and then only
 * moved while the view pans (and, during a zoom, stretched a little), so that most frames of a pan
 * cost one copy of a picture rather than drawing every dot and arrow again. It is painted again when
 * the view leaves the margin, when the zoom has changed for good, or when what it shows changed
 * ({@link #invalidate()}).
 */
final class ViewLayer extends Canvas {

    /** How far the picture reaches beyond each edge of the view, in pixels. */
    static final double MARGIN = 256;
    /** How far a picture may be stretched while the view zooms before it is painted again. */
    private static final double MAX_STRETCH = 1.3;

    /** Paints a picture of this size in which a world point p lies at {@code p * scale + origin}. */
    interface Painter {
        void paint(GraphicsContext g, double width, double height, double scale, double originX, double originY);
    }

    private final Painter painter;
    private final Translate shift = new Translate();
    private final Scale stretch = new Scale(1, 1, 0, 0);
    private boolean valid;
    private double paintedScale;
    private double paintedX;
    private double paintedY;
    private int paints;

    ViewLayer(Painter painter) {
        this.painter = painter;
        setManaged(false);
        setMouseTransparent(true);
        getTransforms().setAll(shift, stretch);
    }

    /** What the picture shows has changed: the next {@link #follow} paints it again. */
    void invalidate() {
        valid = false;
    }

    /** How many times the picture was painted (for tests and benchmarks). */
    int paints() {
        return paints;
    }

    /**
     * Shows the world as the viewport has it, for a view of this size: moves the last picture when
     * it still covers the view at the same zoom (or, with {@code stretchAllowed}, at a zoom close to
     * it), and paints a new one otherwise. Returns whether it painted.
     */
    boolean follow(CanvasViewport viewport, double viewWidth, double viewHeight, boolean stretchAllowed) {
        double scale = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        double width = Math.ceil(viewWidth + 2 * MARGIN);
        double height = Math.ceil(viewHeight + 2 * MARGIN);
        if (valid && width == getWidth() && height == getHeight()) {
            double k = scale / paintedScale;
            double x = tx - k * (paintedX + MARGIN);
            double y = ty - k * (paintedY + MARGIN);
            boolean zoomOk = k == 1 || stretchAllowed && k <= MAX_STRETCH && k >= 1 / MAX_STRETCH;
            if (zoomOk && x <= 0 && y <= 0 && x + k * width >= viewWidth && y + k * height >= viewHeight) {
                place(x, y, k);
                return false;
            }
        }
        setWidth(width);
        setHeight(height);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        painter.paint(g, width, height, scale, tx + MARGIN, ty + MARGIN);
        paintedScale = scale;
        paintedX = tx;
        paintedY = ty;
        valid = true;
        paints++;
        place(-MARGIN, -MARGIN, 1);
        return true;
    }

    private void place(double x, double y, double k) {
        shift.setX(x);
        shift.setY(y);
        stretch.setX(k);
        stretch.setY(k);
    }
}
