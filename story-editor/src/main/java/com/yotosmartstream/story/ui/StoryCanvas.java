package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Severity;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The story drawn as a graph: node cards, arrows for exits, a dotted grid, all under one pan and
 * zoom. Only what is on screen is in the scene (cards are made the first time they come into view
 * and taken out of the scene when they leave it), and zoomed out below {@link #DETAIL_SCALE} the
 * cards give way to an overview drawn on one canvas (boxes and lines, coloured as the cards), so
 * a story of thousands of nodes opens, pans and zooms smoothly ({@link CardLayer}, {@link
 * OverviewPainter}). The model is never changed here: gestures ({@link CanvasGestures}) turn into
 * commands on the view model, and the canvas redraws from the story it is told about.
 */
final class StoryCanvas extends Region {

    private static final double DETAIL_SCALE = 0.45;
    private static final double CULL_MARGIN = 60;

    private final StoryEditorViewModel viewModel;
    private final IconImages icons;
    private final CanvasViewport viewport = new CanvasViewport();
    private final Canvas grid = new Canvas();
    private final Canvas overview = new Canvas();
    private final GridPainter gridPainter = new GridPainter();
    private final Group world = new Group();
    private final CardLayer cards = new CardLayer(this::position, this::updateView);
    private final Group overlayLayer = new Group();
    private final Rectangle rubberBand = new Rectangle();
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label(
            "An empty story. Double-click here to add its first node, or import a Twine story.");
    private final CubicCurve connectPreview = new CubicCurve();
    private final Map<String, Point2D> dragOffset = new HashMap<>();
    private final Set<String> errorNodes = new HashSet<>();
    private final Set<String> matches = new HashSet<>();
    private final List<Runnable> viewListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Story story;
    private SpatialIndex index;
    private boolean detailed = true;
    private boolean fitPending = true;
    private java.util.function.Consumer<String> onOpenNode = id -> { };

    StoryCanvas(StoryEditorViewModel viewModel, IconImages icons) {
        this.viewModel = viewModel;
        this.icons = icons;
        setId("story-canvas");
        getStyleClass().add("story-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        Translate translate = new Translate();
        translate.xProperty().bind(viewport.translateXProperty());
        translate.yProperty().bind(viewport.translateYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.scaleProperty());
        scale.yProperty().bind(viewport.scaleProperty());
        world.getTransforms().setAll(translate, scale);
        connectPreview.getStyleClass().add("connect-preview");
        connectPreview.setVisible(false);
        connectPreview.setMouseTransparent(true);
        overlayLayer.getChildren().add(connectPreview);
        world.getChildren().addAll(cards.edges, cards.nodes, overlayLayer);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        rubberBand.setManaged(false);
        grid.setManaged(false);
        grid.setMouseTransparent(true);
        overview.setManaged(false);
        overview.setMouseTransparent(true);
        overview.setId("canvas-overview");
        emptyHint.setId("canvas-empty-hint");
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        emptyHint.setManaged(false);
        getChildren().addAll(grid, overview, world, rubberBand, emptyHint);

        viewport.scaleProperty().addListener((obs, o, n) -> viewChanged());
        viewport.translateXProperty().addListener((obs, o, n) -> viewChanged());
        viewport.translateYProperty().addListener((obs, o, n) -> viewChanged());
        widthProperty().addListener((obs, o, n) -> viewChanged());
        heightProperty().addListener((obs, o, n) -> viewChanged());
        viewModel.addChangeListener(this::storyChanged);
        viewModel.selection().addListener((SetChangeListener<String>) c -> {
            if (c.wasAdded()) {
                decorate(c.getElementAdded());
            }
            if (c.wasRemoved()) {
                decorate(c.getElementRemoved());
            }
        });
        viewModel.playingNodeProperty().addListener((obs, old, now) -> {
            decorate(old);
            decorate(now);
        });
        viewModel.issues().addListener((ListChangeListener<LintIssue>) c -> updateErrors());
        new CanvasGestures(this, viewModel);
        storyChanged(null, viewModel.story());
    }

    /** Adds a layer in world coordinates, under the cards (and over the arrows) or over them (the live trace). */
    void addWorldLayer(javafx.scene.Node layer, boolean overCards) {
        world.getChildren().add(world.getChildren().indexOf(overCards ? overlayLayer : cards.nodes), layer);
    }

    /** What a double-click on a node does (the editor focuses its title). */
    void setOnOpenNode(java.util.function.Consumer<String> action) {
        onOpenNode = action;
    }

    void openNode(String id) {
        onOpenNode.accept(id);
    }

    CanvasViewport viewport() {
        return viewport;
    }

    Story story() {
        return story;
    }

    /** Runs after every pan, zoom, resize or story change (the minimap follows this). */
    void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    @Override
    protected void layoutChildren() {
        grid.setWidth(getWidth());
        grid.setHeight(getHeight());
        overview.setWidth(getWidth());
        overview.setHeight(getHeight());
        emptyHint.autosize();
        emptyHint.relocate((getWidth() - emptyHint.getWidth()) / 2, (getHeight() - emptyHint.getHeight()) / 2);
        refresh();
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            zoomToFit();
        }
    }

    // ---- following the model ----

    private void storyChanged(Story before, Story after) {
        story = after;
        index = new SpatialIndex(after);
        emptyHint.setVisible(after.size() == 0);
        if (before == null) {
            cards.clear();
            dragOffset.clear();
            if (getWidth() > 0 && getHeight() > 0) {
                viewport.fit(storyBoundsOf(after), getWidth(), getHeight());
            } else {
                fitPending = true;
            }
        } else {
            cards.storyChanged(before, after);
        }
        refresh();
    }

    private void updateView(NodeView view, StoryNode node) {
        view.update(node, node.id().equals(story.info().startId()), icons.image(node.icon().orElse(null)),
                errorNodes.contains(node.id()));
        decorate(node.id());
        Point2D offset = dragOffset.get(node.id());
        if (offset != null) {
            view.relocate(node.position().x() + offset.getX(), node.position().y() + offset.getY());
        }
    }

    private void decorate(String id) {
        if (!detailed && story != null) {
            requestOverview();
        }
        NodeView view = id == null ? null : cards.view(id).orElse(null);
        if (view != null) {
            view.pseudoClassStateChanged(NodeView.SELECTED, viewModel.selection().contains(id));
            view.pseudoClassStateChanged(NodeView.PLAYING, id.equals(viewModel.playingNodeProperty().get()));
            view.pseudoClassStateChanged(NodeView.MATCH, matches.contains(id));
            view.pseudoClassStateChanged(NodeView.ERROR, errorNodes.contains(id));
        }
    }

    private void updateErrors() {
        Set<String> now = new HashSet<>();
        for (LintIssue issue : viewModel.issues()) {
            if (issue.severity() == Severity.ERROR) {
                now.addAll(issue.nodeIds());
            }
        }
        Set<String> changed = new HashSet<>(now);
        changed.addAll(errorNodes);
        errorNodes.clear();
        errorNodes.addAll(now);
        changed.forEach(this::decorate);
    }

    private boolean overviewPending;

    /** Redraws the overview once at the next pulse, however many decorations changed. */
    private void requestOverview() {
        if (!overviewPending) {
            overviewPending = true;
            javafx.application.Platform.runLater(() -> {
                overviewPending = false;
                if (!detailed) {
                    drawOverview();
                }
            });
        }
    }

    /** Redraws every card's icon (the icon list arrived). */
    void refreshIcons() {
        story.nodes().forEach(n -> cards.view(n.id()).ifPresent(view -> updateView(view, n)));
    }

    /** Marks the nodes a search found. */
    void setMatches(List<String> ids) {
        Set<String> changed = new HashSet<>(matches);
        matches.clear();
        matches.addAll(ids);
        changed.addAll(ids);
        changed.forEach(this::decorate);
    }

    private void viewChanged() {
        refresh();
    }

    /** Whether cards are drawn (else the overview). */
    boolean isDetailed() {
        return detailed;
    }

    /**
     * Shows what is in view: cards and arrows (made as they first appear, taken out of the scene as
     * they leave it) when zoomed in, the overview when zoomed out.
     */
    void refresh() {
        if (story == null) {
            return;
        }
        detailed = viewport.scale() >= DETAIL_SCALE;
        cards.nodes.setVisible(detailed);
        cards.edges.setVisible(detailed);
        overview.setVisible(!detailed);
        drawGrid();
        if (detailed) {
            overview.getGraphicsContext2D().clearRect(0, 0, overview.getWidth(), overview.getHeight());
            showCards();
        } else {
            cards.detachAll();
            drawOverview();
        }
        viewListeners.forEach(Runnable::run);
    }

    private void showCards() {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        cards.show(story, index, view.getMinX() - CULL_MARGIN, view.getMinY() - CULL_MARGIN,
                view.getWidth() + 2 * CULL_MARGIN, view.getHeight() + 2 * CULL_MARGIN, dragOffset.keySet());
    }

    /** The whole story as boxes and lines on one canvas, marked as the cards would be. */
    private void drawOverview() {
        String playing = viewModel.playingNodeProperty().get();
        OverviewPainter.paint(overview, story, viewport, this::position, node -> {
            String id = node.id();
            return id.equals(playing) ? OverviewPainter.Mark.PLAYING
                    : viewModel.selection().contains(id) ? OverviewPainter.Mark.SELECTED
                    : errorNodes.contains(id) ? OverviewPainter.Mark.ERROR
                    : matches.contains(id) ? OverviewPainter.Mark.MATCH
                    : id.equals(story.info().startId()) ? OverviewPainter.Mark.START
                    : node.isEnding() ? OverviewPainter.Mark.ENDING : OverviewPainter.Mark.PLAIN;
        });
    }

    /** A node's place as drawn: its model position, plus the offset of a drag in progress. */
    Point2D position(StoryNode node) {
        Point2D offset = dragOffset.get(node.id());
        Point2D base = new Point2D(node.position().x(), node.position().y());
        return offset == null ? base : base.add(offset);
    }

    private void drawGrid() {
        gridPainter.paint(grid, viewport, viewModel.gridSizeProperty().get());
    }

    // ---- what gestures need ----

    /** The topmost node at a world point. */
    Optional<StoryNode> nodeAt(Point2D worldPoint) {
        StoryNode found = null;
        for (StoryNode node : story.nodes()) {
            Point2D p = position(node);
            if (worldPoint.getX() >= p.getX() && worldPoint.getX() <= p.getX() + NodeView.WIDTH
                    && worldPoint.getY() >= p.getY() && worldPoint.getY() <= p.getY() + NodeView.HEIGHT) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The port at a world point, within easy reach; none in the overview, where ports are not drawn. */
    Optional<PortHit> portAt(Point2D worldPoint) {
        if (!detailed) {
            return Optional.empty();
        }
        double reach = Math.min(25, Math.max(NodeView.PORT_RADIUS + 3, 10 / viewport.scale()));
        for (StoryNode node : story.nodes()) {
            Point2D p = position(node);
            if (worldPoint.getX() < p.getX() + NodeView.WIDTH - reach || worldPoint.getX() > p.getX() + NodeView.WIDTH + reach
                    || worldPoint.getY() < p.getY() - reach || worldPoint.getY() > p.getY() + NodeView.HEIGHT + reach) {
                continue;
            }
            Optional<Exit> exit = NodeView.portAt(node, worldPoint.getX() - (p.getX() - node.position().x()),
                    worldPoint.getY() - (p.getY() - node.position().y()), reach);
            if (exit.isPresent()) {
                return Optional.of(new PortHit(node, exit.get()));
            }
        }
        return Optional.empty();
    }

    record PortHit(StoryNode node, Exit exit) {
    }

    /** Shows the nodes moved by (dx, dy) while a drag is in progress, without touching the model. */
    void previewMove(Set<String> ids, double dx, double dy) {
        for (String id : ids) {
            dragOffset.put(id, new Point2D(dx, dy));
            NodeView view = cards.view(id).orElse(null);
            StoryNode node = story.node(id).orElse(null);
            if (view != null && node != null) {
                view.relocate(node.position().x() + dx, node.position().y() + dy);
            }
        }
        refresh();
    }

    void endPreviewMove() {
        Set<String> moved = new HashSet<>(dragOffset.keySet());
        dragOffset.clear();
        for (String id : moved) {
            NodeView view = cards.view(id).orElse(null);
            story.node(id).ifPresent(n -> {
                if (view != null) {
                    view.relocate(n.position().x(), n.position().y());
                }
            });
        }
        refresh();
    }

    void showRubberBand(double x1, double y1, double x2, double y2) {
        rubberBand.setX(Math.min(x1, x2));
        rubberBand.setY(Math.min(y1, y2));
        rubberBand.setWidth(Math.abs(x2 - x1));
        rubberBand.setHeight(Math.abs(y2 - y1));
        rubberBand.setVisible(true);
    }

    void hideRubberBand() {
        rubberBand.setVisible(false);
    }

    /** Ids of the nodes that meet a world rectangle. */
    List<String> nodesIn(Bounds worldRect) {
        return story.nodes().stream().filter(n -> worldRect.intersects(n.position().x(), n.position().y(),
                NodeView.WIDTH, NodeView.HEIGHT)).map(StoryNode::id).toList();
    }

    void showConnectPreview(Point2D from, Point2D to) {
        double pull = Math.max(40, Math.abs(to.getX() - from.getX()) / 2);
        connectPreview.setStartX(from.getX());
        connectPreview.setStartY(from.getY());
        connectPreview.setControlX1(from.getX() + pull);
        connectPreview.setControlY1(from.getY());
        connectPreview.setControlX2(to.getX() - pull);
        connectPreview.setControlY2(to.getY());
        connectPreview.setEndX(to.getX());
        connectPreview.setEndY(to.getY());
        connectPreview.setVisible(true);
    }

    void hideConnectPreview() {
        connectPreview.setVisible(false);
    }

    /** The box around every node, in world coordinates; null for an empty story. */
    Bounds storyBounds() {
        return storyBoundsOf(story);
    }

    private static Bounds storyBoundsOf(Story story) {
        if (story == null || story.size() == 0) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (StoryNode node : story.nodes()) {
            minX = Math.min(minX, node.position().x());
            minY = Math.min(minY, node.position().y());
            maxX = Math.max(maxX, node.position().x() + NodeView.WIDTH);
            maxY = Math.max(maxY, node.position().y() + NodeView.HEIGHT);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    void zoomToFit() {
        viewport.fit(storyBounds(), getWidth(), getHeight());
    }

    void zoomBy(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    void resetZoom() {
        viewport.zoomAt(1 / viewport.scale(), getWidth() / 2, getHeight() / 2);
    }

    /** Centres the view on a node (keeping the zoom, but at least 60 %). */
    void reveal(String id) {
        story.node(id).ifPresent(n -> {
            if (viewport.scale() < 0.6) {
                viewport.scaleProperty().set(0.6);
            }
            viewport.centerOn(n.position().x() + NodeView.WIDTH / 2, n.position().y() + NodeView.HEIGHT / 2,
                    getWidth(), getHeight());
        });
    }

    /** The card of a node, if it has been drawn (for tests and the playtest highlight). */
    Optional<NodeView> nodeView(String id) {
        return cards.view(id);
    }

    int drawnNodeCount() {
        return detailed ? cards.attached() : 0;
    }
}
