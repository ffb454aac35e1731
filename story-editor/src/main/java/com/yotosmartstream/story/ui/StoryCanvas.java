package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Severity;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The story drawn as a graph: node cards, arrows for exits, a dotted grid, all under one pan and
 * zoom. Only the cards near the view are in the scene (made the first time they come near, taken
 * out of the scene when the view has moved well away); the grid and the arrows are one picture
 * ({@link ViewLayer}) painted a margin beyond the view and only moved while the view pans; zoomed
 * out below {@link #DETAIL_SCALE} the cards give way to an overview picture (boxes and lines,
 * coloured as the cards). While the view zooms, cards and pictures are scaled rather than drawn
 * again, and drawn sharp once it settles. So a story of thousands of nodes opens, pans and zooms
 * smoothly (ADR 0023, ADR 0027). The model is never changed here: gestures ({@link CanvasGestures})
 * turn into commands on the view model, and the canvas redraws from the story it is told about.
 */
final class StoryCanvas extends Region implements Backdrop.Source {

    private static final double DETAIL_SCALE = 0.45;
    /** How long after the last zoom step the cards and pictures are drawn sharp again. */
    private static final Duration SETTLE = Duration.millis(180);

    private final StoryEditorViewModel viewModel;
    private final IconImages icons;
    private final CanvasViewport viewport = new CanvasViewport();
    /** Paper, grid and arrows, or zoomed out paper, grid and the overview: one picture either way. */
    private final Backdrop backdropPainter;
    private final ViewLayer backdrop;
    private final Group world = new Group();
    private final CardLayer cards = new CardLayer(this::position, this::updateView);
    /** The arrows of the nodes being dragged, which move with them (the others are in the backdrop). */
    private final LiveArrows liveArrows = new LiveArrows();
    private final PauseTransition settle = new PauseTransition(SETTLE);
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
    /** The box around every node of {@link #story}; null until asked for. */
    private Bounds bounds;
    private boolean detailed = true;
    private boolean fitPending = true;
    /**
     * Whether the view is still the fit made when the story was opened (nothing moved it since): the
     * canvas is often still being laid out then, so a change of size fits the story again.
     */
    private boolean openedFit;
    private boolean fitting;
    private boolean zooming;
    private double lastScale = Double.NaN;
    /** The world rectangle the cards in the scene were chosen for; null to choose again. */
    private Bounds cardCover;
    private java.util.function.Consumer<String> onOpenNode = id -> { };

    private static final StyleablePropertyFactory<StoryCanvas> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /**
     * The colour under the grid ({@code -story-paper} in CSS). The backdrop paints it rather than the
     * region's background, so each frame fills the canvas's area once, not twice.
     */
    private final StyleableObjectProperty<Paint> paper = (StyleableObjectProperty<Paint>) STYLES
            .createStyleablePaintProperty(this, "paper", "-story-paper", canvas -> canvas.paper, Color.web("#f6f8fa"));

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    StoryCanvas(StoryEditorViewModel viewModel, IconImages icons) {
        this.viewModel = viewModel;
        this.icons = icons;
        backdropPainter = new Backdrop(this, paper::get, () -> viewModel.gridSizeProperty().get());
        backdrop = new ViewLayer(backdropPainter);
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
        world.getChildren().addAll(liveArrows.group, cards.nodes, overlayLayer);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        rubberBand.setManaged(false);
        backdrop.setId("canvas-backdrop");
        emptyHint.setId("canvas-empty-hint");
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        emptyHint.setWrapText(true);
        emptyHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        emptyHint.setManaged(false);
        getChildren().addAll(backdrop, world, rubberBand, emptyHint);

        viewport.addListener(this::viewChanged);
        widthProperty().addListener((obs, o, n) -> sizeChanged());
        heightProperty().addListener((obs, o, n) -> sizeChanged());
        viewModel.gridSizeProperty().addListener((obs, o, n) -> {
            backdrop.invalidate();
            refresh();
        });
        paper.addListener((obs, o, n) -> {
            backdrop.invalidate();
            refresh();
        });
        settle.setOnFinished(e -> {
            zooming = false;
            cards.setZooming(false);
            refresh();
        });
        viewModel.addChangeListener(this::storyChanged);
        viewModel.selection().addListener((SetChangeListener<String>) c -> {
            openedFit = false; // the user has started working: a change of size no longer moves the view
            if (c.wasAdded()) {
                decorate(c.getElementAdded());
            }
            if (c.wasRemoved()) {
                decorate(c.getElementRemoved());
            }
        });
        viewModel.playingNodeProperty().addListener((obs, old, now) -> {
            openedFit = false;
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

    @Override
    public Story story() {
        return story;
    }

    @Override
    public SpatialIndex index() {
        return index;
    }

    @Override
    public boolean detailed() {
        return detailed;
    }

    @Override
    public Set<String> moving() {
        return dragOffset.keySet();
    }

    /** Runs after every pan, zoom, resize or story change (the minimap follows this). */
    void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    @Override
    protected void layoutChildren() {
        // the hint wraps to the canvas's width (less a margin) rather than running off both sides
        double hintWidth = Math.min(emptyHint.prefWidth(-1), Math.max(0, getWidth() - 48));
        emptyHint.resize(hintWidth, emptyHint.prefHeight(hintWidth));
        emptyHint.relocate((getWidth() - emptyHint.getWidth()) / 2, (getHeight() - emptyHint.getHeight()) / 2);
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            fitAsOpened();
        }
    }

    private void fitAsOpened() {
        fitting = true;
        try {
            zoomToFit();
        } finally {
            fitting = false;
        }
        openedFit = true;
    }

    private void sizeChanged() {
        if (openedFit && getWidth() > 0 && getHeight() > 0) {
            fitAsOpened();
        }
        refresh();
        viewListeners.forEach(Runnable::run);
    }

    // ---- following the model ----

    private void storyChanged(Story before, Story after) {
        story = after;
        index = new SpatialIndex(after);
        bounds = null;
        emptyHint.setVisible(after.size() == 0);
        cardCover = null;
        if (before == null || !detailed || arrowsMayHaveMoved(before, after)) {
            backdrop.invalidate();
        }
        if (before == null) {
            cards.clear();
            dragOffset.clear();
            liveArrows.clear();
            if (getWidth() > 0 && getHeight() > 0) {
                fitAsOpened();
            } else {
                fitPending = true;
            }
        } else {
            openedFit = false;
            cards.storyChanged(before, after);
            if (!dragOffset.isEmpty()) {
                liveArrows.start(dragOffset.keySet(), index);
            }
        }
        refresh();
        viewListeners.forEach(Runnable::run);
    }

    /**
     * Whether an edit may have changed an arrow (a node added, removed, moved or connected anew);
     * typing a title or a narration changes none, so the backdrop is not painted again for it.
     */
    private static boolean arrowsMayHaveMoved(Story before, Story after) {
        if (before.size() != after.size()) {
            return true;
        }
        for (StoryNode node : after.nodes()) {
            StoryNode old = before.node(node.id()).orElse(null);
            if (old != node && (old == null || !old.position().equals(node.position())
                    || !old.exits().equals(node.exits()))) {
                return true;
            }
        }
        return false;
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
                    backdrop.invalidate();
                    refresh();
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
        if (!fitting) {
            openedFit = false;
        }
        double scale = viewport.scale();
        if (scale != lastScale) {
            if (!Double.isNaN(lastScale)) {
                zooming = true;
                cards.setZooming(true);
                settle.playFromStart();
            }
            lastScale = scale;
        }
        refresh();
        viewListeners.forEach(Runnable::run);
    }

    /** Whether cards are drawn (else the overview). */
    boolean isDetailed() {
        return detailed;
    }

    /**
     * Shows what is in view: cards near it over the backdrop (grid and arrows) when zoomed in, the
     * backdrop with the overview when zoomed out. A picture still covering the view is only moved;
     * cards are chosen again only when the view has left the area they were chosen for.
     */
    void refresh() {
        if (story == null) {
            return;
        }
        boolean nowDetailed = viewport.scale() >= DETAIL_SCALE;
        if (nowDetailed != detailed) {
            detailed = nowDetailed;
            cards.nodes.setVisible(detailed);
            backdrop.invalidate();
            if (!detailed) {
                cards.detachAll();
                cardCover = null;
            }
        }
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        backdrop.follow(viewport, width, height, zooming);
        if (detailed) {
            showCards(width, height);
        }
    }

    private void showCards(double width, double height) {
        Bounds view = viewport.visibleWorld(width, height);
        if (cardCover == null || !cardCover.contains(view)
                || cardCover.getWidth() * cardCover.getHeight() > 9 * view.getWidth() * view.getHeight()) {
            double margin = ViewLayer.MARGIN / viewport.scale();
            cardCover = new BoundingBox(view.getMinX() - margin, view.getMinY() - margin, view.getWidth() + 2 * margin,
                    view.getHeight() + 2 * margin);
            cards.show(story, index, cardCover.getMinX(), cardCover.getMinY(), cardCover.getWidth(),
                    cardCover.getHeight(), dragOffset.keySet());
        }
    }

    /** How the overview marks a node, most important first. */
    @Override
    public OverviewPainter.Mark mark(StoryNode node) {
        String id = node.id();
        return id.equals(viewModel.playingNodeProperty().get()) ? OverviewPainter.Mark.PLAYING
                : viewModel.selection().contains(id) ? OverviewPainter.Mark.SELECTED
                : errorNodes.contains(id) ? OverviewPainter.Mark.ERROR
                : matches.contains(id) ? OverviewPainter.Mark.MATCH
                : id.equals(story.info().startId()) ? OverviewPainter.Mark.START
                : node.isEnding() ? OverviewPainter.Mark.ENDING : OverviewPainter.Mark.PLAIN;
    }

    /** A node's place as drawn: its model position, plus the offset of a drag in progress. */
    @Override
    public Point2D position(StoryNode node) {
        Point2D offset = dragOffset.get(node.id());
        Point2D base = new Point2D(node.position().x(), node.position().y());
        return offset == null ? base : base.add(offset);
    }

    // ---- what gestures need ----

    /** The topmost node at a world point. */
    Optional<StoryNode> nodeAt(Point2D worldPoint) {
        return HitTests.nodeAt(story, this::position, worldPoint);
    }

    /** The port at a world point, within easy reach; none in the overview, where ports are not drawn. */
    Optional<HitTests.PortHit> portAt(Point2D worldPoint) {
        return detailed ? HitTests.portAt(story, this::position, worldPoint,
                Math.min(25, Math.max(NodeView.PORT_RADIUS + 3, 10 / viewport.scale()))) : Optional.empty();
    }

    /** Shows the nodes moved by (dx, dy) while a drag is in progress, without touching the model. */
    void previewMove(Set<String> ids, double dx, double dy) {
        boolean starting = !dragOffset.keySet().equals(ids);
        if (starting) {
            dragOffset.clear();
        }
        Point2D offset = new Point2D(dx, dy);
        for (String id : ids) {
            dragOffset.put(id, offset);
            StoryNode node = story.node(id).orElse(null);
            if (node != null && detailed) {
                cards.attach(node);
                cards.view(id).ifPresent(view -> view.relocate(node.position().x() + dx, node.position().y() + dy));
            }
        }
        if (starting) {
            liveArrows.start(dragOffset.keySet(), index);
            backdrop.invalidate();
        }
        liveArrows.route(story, this::position);
        if (!detailed) {
            backdrop.invalidate();
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
        liveArrows.clear();
        if (!moved.isEmpty()) {
            backdrop.invalidate();
            cardCover = null;
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
        return HitTests.nodesIn(story, worldRect);
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
        if (bounds == null) {
            bounds = HitTests.storyBounds(story); // asked on every pan and zoom (the minimap): once per story
        }
        return bounds;
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

    /**
     * Where a new card whose top-left corner would be at (x, y) goes so that all of it is on screen:
     * moved in from any edge it would cross, by a margin that snapping to the grid cannot undo.
     */
    Position onScreen(double x, double y) {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        double margin = 12 / viewport.scale() + (viewModel.snapToGridProperty().get()
                ? viewModel.gridSizeProperty().get() / 2 : 0);
        double maxX = view.getMaxX() - NodeView.WIDTH - margin;
        double maxY = view.getMaxY() - NodeView.HEIGHT - margin;
        double cx = maxX < view.getMinX() + margin ? view.getMinX() + margin : Math.min(Math.max(x, view.getMinX() + margin), maxX);
        double cy = maxY < view.getMinY() + margin ? view.getMinY() + margin : Math.min(Math.max(y, view.getMinY() + margin), maxY);
        return new Position(cx, cy);
    }

    /** Whether all of a node's card is in the visible part of the canvas. */
    boolean isNodeFullyInView(String id) {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        return story.node(id).map(n -> {
            Point2D p = position(n);
            return view.contains(p.getX(), p.getY(), NodeView.WIDTH, NodeView.HEIGHT);
        }).orElse(false);
    }

    /** Whether a node's card is (at least partly) in the visible part of the canvas. */
    boolean isNodeInView(String id) {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        return detailed && cards.isAttached(id) && story.node(id).map(n -> {
            Point2D p = position(n);
            return view.intersects(p.getX(), p.getY(), NodeView.WIDTH, NodeView.HEIGHT);
        }).orElse(false);
    }

    /** Whether the arrow of a node's exit is drawn (in the backdrop, or moving with a dragged node). */
    boolean isArrowDrawn(String fromId, Exit exit) {
        String key = ArrowPainter.key(fromId, exit);
        return detailed && (backdropPainter.hasArrow(key) || liveArrows.contains(key));
    }

    /** How many nodes the overview showed when last painted (0 when zoomed in). */
    int overviewNodeCount() {
        return detailed ? 0 : backdropPainter.overviewBoxes();
    }

    /** The backdrop picture (grid and arrows), for tests and the benchmark. */
    ViewLayer backdrop() {
        return backdrop;
    }
}
