package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The whole story in miniature, with the part the canvas shows framed. Click or drag in it to
 * move the view there. The nodes are drawn again only when the story changes; panning and zooming
 * only move the frame.
 */
final class Minimap extends StackPane {

    /** At most this size, and at most a quarter of the canvas each way; hidden on a small canvas. */
    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double HIDE_BELOW = 480;
    private static final double PAD = 6;
    /** Its distance from the canvas's edges. */
    static final double MARGIN = 10;
    private static final double SEE_THROUGH = 0.35;
    private boolean covering;

    private final StoryCanvas canvas;
    private final Canvas nodes = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private double width = WIDTH;
    private double height = HEIGHT;
    private Story drawn;
    private Bounds world;
    private double scale = 1;
    private boolean pending;

    Minimap(StoryCanvas canvas) {
        this.canvas = canvas;
        setId("story-minimap");
        getStyleClass().add("story-minimap");
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        // the card look (background, border, shadow) on a still layer of its own, kept as a picture,
        // so the shadow is not worked out again each time the frame moves
        javafx.scene.layout.Region backing = new javafx.scene.layout.Region();
        backing.getStyleClass().add("minimap-backing");
        backing.setCache(true);
        getChildren().addAll(backing, nodes, frame);
        canvas.addViewListener(this::requestDraw);
        hoverProperty().addListener((obs, was, over) -> setOpacity(over || !covering ? 1 : SEE_THROUGH));
        frame.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        frame.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
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
        Story story = canvas.story();
        Bounds view = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        // a guide to what is out of view: with the whole story in view it would only hide nodes
        setVisible(story != null && story.size() > 0 && canvas.getWidth() >= HIDE_BELOW
                && !contains(view, canvas.storyBounds()));
        if (!isVisible()) {
            drawn = null;
            return;
        }
        double w = Math.min(WIDTH, Math.max(120, canvas.getWidth() / 4));
        double h = Math.min(HEIGHT, Math.max(76, canvas.getHeight() / 4));
        placeClearOfNodes(story, view, w, h);
        if (w != width || h != height) {
            width = w;
            height = h;
            for (Canvas layer : new Canvas[] {nodes, frame}) {
                layer.setWidth(w);
                layer.setHeight(h);
            }
            setPrefSize(w, h);
            setMaxSize(w, h);
            drawn = null;
        }
        if (story != drawn) {
            drawNodes(story);
        }
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double x = Math.max(0, x(view.getMinX()));
        double y = Math.max(0, y(view.getMinY()));
        double right = Math.min(width, x(view.getMaxX()));
        double bottom = Math.min(height, y(view.getMaxY()));
        if (right > x && bottom > y) {
            g.setStroke(Color.web("#0969da"));
            g.setLineWidth(1.5);
            g.strokeRect(x, y, right - x, bottom - y);
        }
    }

    /**
     * Puts the minimap in the first corner of the canvas (bottom right, top right, top left; the zoom
     * level is bottom left) where it covers no node. Where every corner has one, it is see-through
     * until the pointer is on it.
     */
    private void placeClearOfNodes(Story story, Bounds view, double w, double h) {
        double perPixel = view.getWidth() / canvas.getWidth();
        double right = canvas.getWidth() - MARGIN - w;
        double bottom = canvas.getHeight() - MARGIN - h;
        Pos[] corners = {Pos.BOTTOM_RIGHT, Pos.TOP_RIGHT, Pos.TOP_LEFT};
        double[][] places = {{right, bottom}, {right, MARGIN}, {MARGIN, MARGIN}};
        for (int i = 0; i < corners.length; i++) {
            Bounds area = new BoundingBox(view.getMinX() + places[i][0] * perPixel,
                    view.getMinY() + places[i][1] * perPixel, w * perPixel, h * perPixel);
            if (!canvas.index().anyNodeMeets(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight(),
                    NodeView.WIDTH, NodeView.HEIGHT)) {
                StackPane.setAlignment(this, corners[i]);
                covering = false;
                setOpacity(1);
                return;
            }
        }
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        covering = true;
        setOpacity(isHover() ? 1 : SEE_THROUGH);
    }

    /** Whether the minimap is over nodes (and so see-through until the pointer is on it). */
    boolean isCovering() {
        return covering;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() && inner.getMinY() >= outer.getMinY()
                && inner.getMaxX() <= outer.getMaxX() && inner.getMaxY() <= outer.getMaxY();
    }

    private void drawNodes(Story story) {
        drawn = story;
        Bounds bounds = canvas.storyBounds();
        double margin = Math.max(bounds.getWidth(), bounds.getHeight()) * 0.05;
        world = new BoundingBox(bounds.getMinX() - margin, bounds.getMinY() - margin, bounds.getWidth() + 2 * margin,
                bounds.getHeight() + 2 * margin);
        scale = Math.min((width - 2 * PAD) / world.getWidth(), (height - 2 * PAD) / world.getHeight());
        GraphicsContext g = nodes.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        g.setFill(Color.web("#8c959f"));
        double w = Math.max(1.5, NodeView.WIDTH * scale);
        double h = Math.max(1.5, NodeView.HEIGHT * scale);
        for (StoryNode node : story.nodes()) {
            g.fillRect(x(node.position().x()), y(node.position().y()), w, h);
        }
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
        canvas.viewport().centerOn(world.getMinX() + (e.getX() - PAD) / scale, world.getMinY() + (e.getY() - PAD) / scale,
                canvas.getWidth(), canvas.getHeight());
        e.consume();
    }
}
