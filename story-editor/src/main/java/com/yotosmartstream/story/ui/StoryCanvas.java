package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Severity;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The story drawn as a graph: node cards, arrows for exits, a dotted grid, all under one pan and
 * zoom. Only what is on screen is in the scene (cards are made the first time they come into view
 * and taken out of the scene when they leave it), and zoomed out below {@link #DETAIL_SCALE} the
 * cards give way to an overview drawn on one canvas (boxes and lines, coloured as the cards), so
 * a story of thousands of nodes opens, pans and zooms smoothly. The model is never changed here: gestures ({@link CanvasGestures}) turn into
 * commands on the view model, and the canvas redraws from the story it is told about.
 */
final class StoryCanvas extends Region {

    private static final double DETAIL_SCALE = 0.45;
    /** Below this zoom the overview shows nodes without arrows (a blur of lines otherwise). */
    private static final double OVERVIEW_ARROWS = 0.12;
    private static final double CULL_MARGIN = 60;

    private final StoryEditorViewModel viewModel;
    private final IconImages icons;
    private final CanvasViewport viewport = new CanvasViewport();
    private final Canvas grid = new Canvas();
    private final Canvas overview = new Canvas();
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlayLayer = new Group();
    private final Rectangle rubberBand = new Rectangle();
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label(
            "An empty story. Double-click here to add its first node, or import a Twine story.");
    private final CubicCurve connectPreview = new CubicCurve();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, EdgeView> edgeViews = new HashMap<>();
    private final Map<String, Point2D> dragOffset = new HashMap<>();
    private final Set<String> errorNodes = new HashSet<>();
    private final Set<String> matches = new HashSet<>();
    private final List<Runnable> viewListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Story story;
    private SpatialIndex index;
    private final Set<String> attachedNodes = new HashSet<>();
    private final Set<String> attachedEdges = new HashSet<>();
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
        world.getChildren().addAll(edgeLayer, nodeLayer, overlayLayer);
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
            nodeLayer.getChildren().clear();
            edgeLayer.getChildren().clear();
            attachedNodes.clear();
            attachedEdges.clear();
            nodeViews.clear();
            edgeViews.clear();
            dragOffset.clear();
            if (getWidth() > 0 && getHeight() > 0) {
                viewport.fit(storyBoundsOf(after), getWidth(), getHeight());
            } else {
                fitPending = true;
            }
        } else {
            for (String id : before.nodeMap().keySet()) {
                if (!after.contains(id)) {
                    NodeView gone = nodeViews.remove(id);
                    if (gone != null) {
                        nodeLayer.getChildren().remove(gone);
                        attachedNodes.remove(id);
                    }
                }
            }
            String oldStart = before.info().startId();
            for (StoryNode node : after.nodes()) {
                NodeView view = nodeViews.get(node.id());
                boolean startChanged = !oldStart.equals(after.info().startId())
                        && (node.id().equals(oldStart) || node.id().equals(after.info().startId()));
                if (view != null && (before.node(node.id()).orElse(null) != node || startChanged)) {
                    updateView(view, node);
                }
            }
        }
        removeStaleEdges();
        refresh();
    }

    private void removeStaleEdges() {
        Iterator<Map.Entry<String, EdgeView>> edges = edgeViews.entrySet().iterator();
        while (edges.hasNext()) {
            EdgeView edge = edges.next().getValue();
            Optional<Target> target = story.node(edge.fromId()).flatMap(n -> n.exit(edge.exit()));
            if (target.isEmpty() || !(target.get() instanceof Target.Goto)) {
                edgeLayer.getChildren().remove(edge);
                attachedEdges.remove(edge.fromId() + "/" + edge.exit().id());
                edges.remove();
            }
        }
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
        NodeView view = id == null ? null : nodeViews.get(id);
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
        story.nodes().forEach(n -> {
            NodeView view = nodeViews.get(n.id());
            if (view != null) {
                updateView(view, n);
            }
        });
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
        nodeLayer.setVisible(detailed);
        edgeLayer.setVisible(detailed);
        overview.setVisible(!detailed);
        drawGrid();
        if (detailed) {
            overview.getGraphicsContext2D().clearRect(0, 0, overview.getWidth(), overview.getHeight());
            showCards();
        } else {
            detachAll();
            drawOverview();
        }
        viewListeners.forEach(Runnable::run);
    }

    private void showCards() {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        double x = view.getMinX() - CULL_MARGIN;
        double y = view.getMinY() - CULL_MARGIN;
        double w = view.getWidth() + 2 * CULL_MARGIN;
        double h = view.getHeight() + 2 * CULL_MARGIN;
        Set<String> nodesNow = new HashSet<>();
        Set<String> edgesNow = new HashSet<>();
        List<StoryNode> near = new java.util.ArrayList<>();
        index.nodesNear(x, y, w, h, near::add);
        dragOffset.keySet().forEach(id -> story.node(id).ifPresent(near::add));
        for (StoryNode node : near) {
            Point2D p = position(node);
            if (p.getX() + NodeView.WIDTH >= x && p.getX() <= x + w && p.getY() + NodeView.HEIGHT >= y
                    && p.getY() <= y + h && nodesNow.add(node.id())) {
                NodeView nodeView = nodeViews.get(node.id());
                if (nodeView == null) {
                    nodeView = new NodeView(node);
                    nodeViews.put(node.id(), nodeView);
                    updateView(nodeView, node);
                }
                if (attachedNodes.add(node.id())) {
                    nodeLayer.getChildren().add(nodeView);
                }
            }
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                if (exit.getValue() instanceof Target.Goto go) {
                    routeEdge(node, exit.getKey(), go.nodeId(), x, y, w, h, edgesNow);
                }
            }
            for (SpatialIndex.Arrow arrow : index.into(node.id())) {
                routeEdge(story.node(arrow.from().id()).orElse(arrow.from()), arrow.exit(), arrow.targetId(), x, y, w, h,
                        edgesNow);
            }
        }
        for (SpatialIndex.Arrow arrow : index.longArrows()) {
            routeEdge(arrow.from(), arrow.exit(), arrow.targetId(), x, y, w, h, edgesNow);
        }
        detachExcept(attachedNodes, nodesNow, nodeViews, nodeLayer);
        detachExcept(attachedEdges, edgesNow, edgeViews, edgeLayer);
    }

    private static void detachExcept(Set<String> attached, Set<String> keep, Map<String, ? extends javafx.scene.Node> views,
            Group layer) {
        List<javafx.scene.Node> gone = new java.util.ArrayList<>();
        attached.removeIf(key -> {
            if (keep.contains(key)) {
                return false;
            }
            javafx.scene.Node view = views.get(key);
            if (view != null) {
                gone.add(view);
            }
            return true;
        });
        if (!gone.isEmpty()) {
            layer.getChildren().removeAll(gone);
        }
    }

    private void detachAll() {
        if (!nodeLayer.getChildren().isEmpty()) {
            nodeLayer.getChildren().clear();
        }
        if (!edgeLayer.getChildren().isEmpty()) {
            edgeLayer.getChildren().clear();
        }
        attachedNodes.clear();
        attachedEdges.clear();
    }

    /** The whole story as boxes and lines on one canvas, coloured as the cards would be. */
    private void drawOverview() {
        GraphicsContext g = overview.getGraphicsContext2D();
        g.clearRect(0, 0, overview.getWidth(), overview.getHeight());
        double scale = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        double w = NodeView.WIDTH * scale;
        double h = NodeView.HEIGHT * scale;
        double width = overview.getWidth();
        double height = overview.getHeight();
        g.setLineWidth(1);
        for (Exit exit : scale < OVERVIEW_ARROWS ? new Exit[0] : Exit.values()) {
            g.setStroke(OVERVIEW_EDGE.get(exit));
            g.beginPath();
            for (StoryNode node : story.nodes()) {
                Target target = node.exits().get(exit);
                if (!(target instanceof Target.Goto go)) {
                    continue;
                }
                StoryNode to = story.node(go.nodeId()).orElse(null);
                if (to == null) {
                    continue;
                }
                Point2D from = position(node);
                Point2D end = position(to);
                double x1 = from.getX() * scale + tx + w;
                double y1 = from.getY() * scale + ty + h / 2;
                double x2 = end.getX() * scale + tx;
                double y2 = end.getY() * scale + ty + h / 2;
                if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > width || Math.max(y1, y2) < 0 || Math.min(y1, y2) > height) {
                    continue;
                }
                g.moveTo(x1, y1);
                g.lineTo(x2, y2);
            }
            g.stroke();
        }
        String playing = viewModel.playingNodeProperty().get();
        for (StoryNode node : story.nodes()) {
            Point2D p = position(node);
            double x = p.getX() * scale + tx;
            double y = p.getY() * scale + ty;
            if (x + w < 0 || x > width || y + h < 0 || y > height) {
                continue;
            }
            String id = node.id();
            g.setFill(id.equals(playing) ? OVERVIEW_PLAYING : viewModel.selection().contains(id) ? OVERVIEW_SELECTED
                    : errorNodes.contains(id) ? OVERVIEW_ERROR : matches.contains(id) ? OVERVIEW_MATCH
                    : id.equals(story.info().startId()) ? OVERVIEW_START : node.isEnding() ? OVERVIEW_ENDING : OVERVIEW_NODE);
            g.fillRect(x, y, Math.max(2, w), Math.max(2, h));
        }
    }

    private static final Map<Exit, Color> OVERVIEW_EDGE = Map.of(Exit.LEFT, Color.web("#0969da", 0.55),
            Exit.RIGHT, Color.web("#bf3989", 0.55), Exit.END, Color.web("#6e7781", 0.55));
    private static final Color OVERVIEW_NODE = Color.web("#8c959f");
    private static final Color OVERVIEW_START = Color.web("#1a7f37");
    private static final Color OVERVIEW_ENDING = Color.web("#57606a");
    private static final Color OVERVIEW_SELECTED = Color.web("#0969da");
    private static final Color OVERVIEW_PLAYING = Color.web("#2da44e");
    private static final Color OVERVIEW_ERROR = Color.web("#cf222e");
    private static final Color OVERVIEW_MATCH = Color.web("#bf8700");

    private void routeEdge(StoryNode from, Exit exit, String targetId, double x, double y, double w, double h,
            Set<String> edgesNow) {
        String key = from.id() + "/" + exit.id();
        if (edgesNow.contains(key)) {
            return;
        }
        StoryNode target = story.node(targetId).orElse(null);
        Point2D start = position(from).add(NodeView.WIDTH, NodeView.port(from, exit).getY() - from.position().y());
        Point2D end = target == null ? null : position(target).add(0, NodeView.HEIGHT / 2);
        Point2D far = end != null ? end : start.add(48, 0);
        double pull = Math.max(120, Math.abs(far.getX() - start.getX()) / 2);
        boolean visible = Math.max(start.getX(), far.getX()) + pull >= x && Math.min(start.getX(), far.getX()) - pull <= x + w
                && Math.max(start.getY(), far.getY()) >= y && Math.min(start.getY(), far.getY()) <= y + h;
        if (!visible) {
            return;
        }
        edgesNow.add(key);
        EdgeView edge = edgeViews.get(key);
        if (edge == null) {
            edge = new EdgeView(from.id(), exit);
            edgeViews.put(key, edge);
        }
        if (attachedEdges.add(key)) {
            edgeLayer.getChildren().add(edge);
        }
        edge.setTargetId(target == null ? null : targetId);
        edge.route(start, end);
    }

    /** A node's place as drawn: its model position, plus the offset of a drag in progress. */
    Point2D position(StoryNode node) {
        Point2D offset = dragOffset.get(node.id());
        Point2D base = new Point2D(node.position().x(), node.position().y());
        return offset == null ? base : base.add(offset);
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        g.clearRect(0, 0, grid.getWidth(), grid.getHeight());
        double step = viewModel.gridSizeProperty().get() * viewport.scale();
        while (step < 12) {
            step *= 5;
        }
        int tile = (int) Math.round(step);
        if (gridTile == null || gridTile.getWidth() != tile) {
            gridTile = gridDot(tile);
        }
        g.setFill(new javafx.scene.paint.ImagePattern(gridTile, viewport.translateXProperty().get() % tile,
                viewport.translateYProperty().get() % tile, tile, tile, false));
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
    }

    private javafx.scene.image.Image gridTile;

    /** A tile of the grid: one dot in its corner. */
    private static javafx.scene.image.Image gridDot(int size) {
        javafx.scene.image.WritableImage tile = new javafx.scene.image.WritableImage(size, size);
        tile.getPixelWriter().setArgb(0, 0, 0x888c959f);
        tile.getPixelWriter().setArgb(1, 0, 0x448c959f);
        tile.getPixelWriter().setArgb(0, 1, 0x448c959f);
        return tile;
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
            NodeView view = nodeViews.get(id);
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
            NodeView view = nodeViews.get(id);
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
        return Optional.ofNullable(nodeViews.get(id));
    }

    int drawnNodeCount() {
        return detailed ? nodeLayer.getChildren().size() : 0;
    }
}
