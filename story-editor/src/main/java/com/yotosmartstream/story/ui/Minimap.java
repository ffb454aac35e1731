package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.StoryNode;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The whole story in miniature, with the part the canvas shows framed. Click or drag in it to
 * move the view there.
 */
final class Minimap extends StackPane {

    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double PAD = 6;

    private final StoryCanvas canvas;
    private final Canvas drawing = new Canvas(WIDTH, HEIGHT);
    private Bounds world;
    private double scale = 1;
    private boolean pending;

    Minimap(StoryCanvas canvas) {
        this.canvas = canvas;
        setId("story-minimap");
        getStyleClass().add("story-minimap");
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        getChildren().add(drawing);
        canvas.addViewListener(this::requestDraw);
        drawing.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        drawing.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    /** Draws at the next pulse at most once, however many changes came in between. */
    private void requestDraw() {
        if (!pending) {
            pending = true;
            javafx.application.Platform.runLater(() -> {
                pending = false;
                draw();
            });
        }
    }

    void draw() {
        GraphicsContext g = drawing.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        world = canvas.storyBounds();
        setVisible(world != null);
        if (world == null) {
            return;
        }
        Bounds view = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        double minX = Math.min(world.getMinX(), view.getMinX());
        double minY = Math.min(world.getMinY(), view.getMinY());
        double maxX = Math.max(world.getMaxX(), view.getMaxX());
        double maxY = Math.max(world.getMaxY(), view.getMaxY());
        world = new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
        scale = Math.min((WIDTH - 2 * PAD) / world.getWidth(), (HEIGHT - 2 * PAD) / world.getHeight());
        g.setFill(Color.web("#8c959f"));
        double w = Math.max(1.5, NodeView.WIDTH * scale);
        double h = Math.max(1.5, NodeView.HEIGHT * scale);
        for (StoryNode node : canvas.story().nodes()) {
            g.fillRect(x(node.position().x()), y(node.position().y()), w, h);
        }
        g.setStroke(Color.web("#0969da"));
        g.setLineWidth(1.5);
        g.strokeRect(x(view.getMinX()), y(view.getMinY()), view.getWidth() * scale, view.getHeight() * scale);
    }

    private double x(double worldX) {
        return PAD + (worldX - world.getMinX()) * scale;
    }

    private double y(double worldY) {
        return PAD + (worldY - world.getMinY()) * scale;
    }

    private void moveView(MouseEvent e) {
        if (world == null) {
            return;
        }
        Point2D target = new Point2D(world.getMinX() + (e.getX() - PAD) / scale, world.getMinY() + (e.getY() - PAD) / scale);
        canvas.viewport().centerOn(target.getX(), target.getY(), canvas.getWidth(), canvas.getHeight());
        e.consume();
    }
}
