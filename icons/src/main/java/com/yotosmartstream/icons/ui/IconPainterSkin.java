package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.PointerButton;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.model.Symmetry.Axis;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/** Draws the painter on one canvas and turns mouse events into pixel coordinates for the editor. */
final class IconPainterSkin extends SkinBase<IconPainter> {

    private static final int N = IconImage.SIZE;
    private static final Color CHECK_LIGHT = Color.rgb(236, 236, 236);
    private static final Color CHECK_DARK = Color.rgb(200, 200, 200);
    private static final Color GRID = Color.rgb(0, 0, 0, 0.18);
    private static final Color AXIS = Color.rgb(33, 150, 243, 0.9);

    private final Canvas canvas = new Canvas();
    private final IconEditorViewModel editor;
    private int hoverX = -1;
    private int hoverY = -1;
    private boolean stroking;

    IconPainterSkin(IconPainter control) {
        super(control);
        editor = control.editor();
        canvas.setId("icon-canvas");
        getChildren().add(canvas);
        editor.imageProperty().addListener(obs -> draw());
        editor.showGridProperty().addListener(obs -> draw());
        editor.leftRightProperty().addListener(obs -> draw());
        editor.topBottomProperty().addListener(obs -> draw());
        editor.onionSkinProperty().addListener(obs -> draw());
        editor.frameProperty().addListener(obs -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = -1;
            draw();
        });
    }

    /** The side of one pixel on screen. */
    private double cell() {
        return Math.floor(Math.min(canvas.getWidth(), canvas.getHeight()) / N);
    }

    private int pixel(double screen) {
        double cell = cell();
        return cell <= 0 ? -1 : (int) Math.floor(screen / cell);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) {
            return;
        }
        PointerButton button = e.getButton() == MouseButton.SECONDARY ? PointerButton.SECONDARY : PointerButton.PRIMARY;
        int x = pixel(e.getX());
        int y = pixel(e.getY());
        if (!IconImage.inside(x, y)) {
            return;
        }
        stroking = true;
        editor.press(x, y, button, e.isAltDown(), e.isShiftDown());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (stroking) {
            editor.drag(pixel(e.getX()), pixel(e.getY()));
        }
        moved(e);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (stroking) {
            stroking = false;
            editor.release();
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        hoverX = pixel(e.getX());
        hoverY = pixel(e.getY());
        draw();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double side = Math.floor(Math.min(w, h) / N) * N;
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(x + Math.floor((w - side) / 2), y + Math.floor((h - side) / 2));
        draw();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return getSkinnable().getPrefWidth();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().getPrefHeight();
    }

    /** A neighbouring frame's pixel, faint (onion skin). */
    private static void ghost(GraphicsContext g, IconImage frame, int x, int y, double opacity, double px, double py,
            double cell) {
        if (frame == null) {
            return;
        }
        int c = frame.get(x, y);
        if ((c >>> 24) > 0) {
            g.setGlobalAlpha(opacity);
            g.setFill(Swatches.color(c));
            g.fillRect(px, py, cell, cell);
            g.setGlobalAlpha(1);
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double cell = cell();
        double side = cell * N;
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (cell <= 0) {
            return;
        }
        IconImage image = editor.image();
        IconAnimation animation = editor.animationProperty().get();
        int frame = editor.frameProperty().get();
        boolean onion = editor.onionSkinProperty().get() && animation.isAnimated();
        IconImage previous = onion && frame > 0 ? animation.image(frame - 1) : null;
        IconImage next = onion && frame < animation.size() - 1 ? animation.image(frame + 1) : null;
        double half = cell / 2;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double px = x * cell;
                double py = y * cell;
                int c = image.get(x, y);
                if ((c >>> 24) < 255) {
                    g.setFill(CHECK_LIGHT);
                    g.fillRect(px, py, cell, cell);
                    g.setFill(CHECK_DARK);
                    g.fillRect(px, py, half, half);
                    g.fillRect(px + half, py + half, cell - half, cell - half);
                }
                if ((c >>> 24) < 255) {
                    ghost(g, next, x, y, 0.18, px, py, cell);
                    ghost(g, previous, x, y, 0.38, px, py, cell);
                }
                if ((c >>> 24) > 0) {
                    g.setFill(Swatches.color(c));
                    g.fillRect(px, py, cell, cell);
                }
            }
        }
        if (editor.showGridProperty().get() && cell >= 6) {
            g.setStroke(GRID);
            g.setLineWidth(1);
            for (int i = 0; i <= N; i++) {
                double at = Math.min(i * cell, side - 1) + 0.5;
                g.strokeLine(at, 0, at, side);
                g.strokeLine(0, at, side, at);
            }
        }
        g.setStroke(AXIS);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        if (editor.leftRightProperty().get() != Axis.OFF) {
            double at = (editor.leftRightProperty().get() == Axis.EVEN ? 8 : 7.5) * cell;
            g.strokeLine(at, 0, at, side);
        }
        if (editor.topBottomProperty().get() != Axis.OFF) {
            double at = (editor.topBottomProperty().get() == Axis.EVEN ? 8 : 7.5) * cell;
            g.strokeLine(0, at, side, at);
        }
        g.setLineDashes();
        if (IconImage.inside(hoverX, hoverY)) {
            g.setStroke(Color.rgb(255, 255, 255, 0.9));
            g.setLineWidth(2);
            g.strokeRect(hoverX * cell + 1, hoverY * cell + 1, cell - 2, cell - 2);
            g.setStroke(Color.rgb(0, 0, 0, 0.6));
            g.setLineWidth(1);
            g.strokeRect(hoverX * cell + 0.5, hoverY * cell + 0.5, cell - 1, cell - 1);
        }
    }
}
