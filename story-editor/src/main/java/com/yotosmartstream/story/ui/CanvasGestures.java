package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.TrackDrop;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;

/**
 * What the mouse, trackpad and keyboard do on the canvas. Press on a node to select and drag it
 * (all selected nodes move, one undo step); press on an exit port and drag to a node to connect,
 * or to empty space to make a new node there; drag on empty space for a rubber band (Shift adds);
 * drag with the middle button, or with Space held, to pan; scroll to pan, Ctrl/Cmd+scroll or pinch
 * to zoom. Keys: arrows pan, +/- zoom, Ctrl+0 is 100 %, F fits, N adds a node, Delete deletes,
 * Ctrl+A/C/X/V/D select all, copy, cut, paste, duplicate, Escape cancels.
 */
final class CanvasGestures {

    /** Clipboard format of copied nodes (text too, so it pastes across windows). */
    static final DataFormat TRACK = dataFormat(TrackDrop.MIME_TYPE);
    private static final double DRAG_START = 3;
    private static final double KEY_PAN = 80;

    private enum Mode { NONE, MOVE, CONNECT, RUBBER, PAN }

    private final StoryCanvas canvas;
    private final StoryEditorViewModel viewModel;
    private Mode mode = Mode.NONE;
    private Point2D pressScreen;
    private Point2D pressWorld;
    private Point2D lastScreen;
    private boolean dragged;
    private boolean spaceDown;
    private boolean wasSelected;
    private String pressedNode;
    private CanvasViewport viewport;
    private HitTests.PortHit connectFrom;
    private final Set<String> moving = new LinkedHashSet<>();
    private String lastCopied;

    CanvasGestures(StoryCanvas canvas, StoryEditorViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.viewport = canvas.viewport();
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> lastScreen = new Point2D(e.getX(), e.getY()));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, e -> highlight(null));
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        lastScreen = pressScreen;
        pressWorld = viewport.toWorld(e.getX(), e.getY());
        dragged = false;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        Optional<HitTests.PortHit> port = canvas.portAt(pressWorld);
        if (port.isPresent()) {
            mode = Mode.CONNECT;
            connectFrom = port.get();
            e.consume();
            return;
        }
        Optional<StoryNode> node = canvas.nodeAt(pressWorld);
        if (node.isPresent()) {
            String id = node.get().id();
            pressedNode = id;
            wasSelected = viewModel.selection().contains(id);
            if (e.isShiftDown() || e.isShortcutDown()) {
                viewModel.toggleSelected(id);
            } else if (!wasSelected) {
                viewModel.select(id);
            }
            moving.clear();
            moving.addAll(viewModel.selection());
            mode = moving.isEmpty() ? Mode.NONE : Mode.MOVE;
            if (e.getClickCount() == 2) {
                viewModel.select(id);
                canvas.openNode(id);
            }
            e.consume();
            return;
        }
        if (e.getClickCount() == 2) {
            viewModel.addNode(canvas.onScreen(pressWorld.getX() - NodeView.WIDTH / 2, pressWorld.getY() - NodeView.HEIGHT / 2));
            mode = Mode.NONE;
            return;
        }
        if (!e.isShiftDown() && !e.isShortcutDown()) {
            viewModel.clearSelection();
        }
        mode = Mode.RUBBER;
    }

    private void dragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point2D screen = new Point2D(e.getX(), e.getY());
        if (!dragged && screen.distance(pressScreen) < DRAG_START) {
            return;
        }
        dragged = true;
        Point2D world = viewport.toWorld(e.getX(), e.getY());
        switch (mode) {
            case PAN -> viewport.panBy(screen.getX() - lastScreen.getX(), screen.getY() - lastScreen.getY());
            case MOVE -> canvas.previewMove(moving, world.getX() - pressWorld.getX(), world.getY() - pressWorld.getY());
            case CONNECT -> canvas.showConnectPreview(NodeView.port(connectFrom.node(), connectFrom.exit()), world);
            case RUBBER -> canvas.showRubberBand(pressScreen.getX(), pressScreen.getY(), screen.getX(), screen.getY());
            default -> {
            }
        }
        lastScreen = screen;
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point2D world = viewport.toWorld(e.getX(), e.getY());
        switch (mode) {
            case MOVE -> finishMove(world, e);
            case CONNECT -> finishConnect(world);
            case RUBBER -> finishRubberBand(world, e);
            default -> {
            }
        }
        mode = Mode.NONE;
        pressScreen = null;
        pressedNode = null;
    }

    private void finishMove(Point2D world, MouseEvent e) {
        if (!dragged) {
            canvas.endPreviewMove();
            if (wasSelected && !e.isShiftDown() && !e.isShortcutDown() && pressedNode != null) {
                viewModel.select(pressedNode);
            }
            return;
        }
        double dx = world.getX() - pressWorld.getX();
        double dy = world.getY() - pressWorld.getY();
        Map<String, Position> places = new LinkedHashMap<>();
        for (String id : moving) {
            canvas.story().node(id).ifPresent(n -> places.put(id, n.position().plus(dx, dy)));
        }
        canvas.endPreviewMove();
        viewModel.move(places);
    }

    private void finishConnect(Point2D world) {
        canvas.hideConnectPreview();
        if (!dragged) {
            return;
        }
        String from = connectFrom.node().id();
        Exit exit = connectFrom.exit();
        Optional<StoryNode> target = canvas.nodeAt(world);
        if (target.isPresent()) {
            viewModel.connect(from, exit, Target.to(target.get().id()));
        } else {
            viewModel.createAndConnect(from, exit, canvas.onScreen(world.getX(), world.getY() - NodeView.HEIGHT / 2));
        }
    }

    private void finishRubberBand(Point2D world, MouseEvent e) {
        canvas.hideRubberBand();
        if (!dragged) {
            return;
        }
        BoundingBox box = new BoundingBox(Math.min(pressWorld.getX(), world.getX()), Math.min(pressWorld.getY(), world.getY()),
                Math.abs(world.getX() - pressWorld.getX()), Math.abs(world.getY() - pressWorld.getY()));
        Set<String> ids = new LinkedHashSet<>(canvas.nodesIn(box));
        if (e.isShiftDown() || e.isShortcutDown()) {
            ids.addAll(viewModel.selection());
        }
        viewModel.select(ids);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            viewport.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ---- keys ----

    private void keyPressed(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        double pan = e.isShiftDown() ? KEY_PAN * 3 : KEY_PAN;
        switch (e.getCode()) {
            case LEFT -> viewport.panBy(pan, 0);
            case RIGHT -> viewport.panBy(-pan, 0);
            case UP -> viewport.panBy(0, pan);
            case DOWN -> viewport.panBy(0, -pan);
            case PLUS, EQUALS, ADD -> canvas.zoomBy(1.25);
            case MINUS, SUBTRACT -> canvas.zoomBy(0.8);
            case DIGIT0, NUMPAD0 -> {
                if (shortcut) {
                    canvas.resetZoom();
                } else {
                    return;
                }
            }
            case F -> {
                if (shortcut) {
                    return;
                }
                canvas.zoomToFit();
            }
            case N -> {
                if (shortcut) {
                    return;
                }
                Point2D at = viewport.toWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
                viewModel.addNode(new Position(at.getX() - NodeView.WIDTH / 2, at.getY() - NodeView.HEIGHT / 2));
            }
            case DELETE, BACK_SPACE -> viewModel.deleteSelection();
            case ESCAPE -> cancel();
            case SPACE -> spaceDown = true;
            case A -> {
                if (!shortcut) {
                    return;
                }
                viewModel.selectAll();
            }
            case C, X -> {
                if (!shortcut) {
                    return;
                }
                copy();
                if (e.getCode() == KeyCode.X) {
                    viewModel.deleteSelection();
                }
            }
            case V -> {
                if (!shortcut) {
                    return;
                }
                paste();
            }
            case D -> {
                if (!shortcut) {
                    return;
                }
                viewModel.duplicateSelection();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void cancel() {
        if (mode == Mode.MOVE) {
            canvas.endPreviewMove();
        }
        canvas.hideConnectPreview();
        canvas.hideRubberBand();
        if (mode == Mode.NONE) {
            viewModel.clearSelection();
        }
        mode = Mode.NONE;
        pressScreen = null;
    }

    void copy() {
        viewModel.copySelection().ifPresent(text -> {
            lastCopied = text;
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    void paste() {
        String text = Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null;
        if (text == null || !text.contains("yoto-smart-stream/nodes")) {
            text = lastCopied;
        }
        Point2D at = lastScreen != null && lastScreen.getX() >= 0 && lastScreen.getX() <= canvas.getWidth()
                ? viewport.toWorld(lastScreen.getX(), lastScreen.getY())
                : viewport.toWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
        if (text != null) {
            viewModel.paste(text, new Position(at.getX(), at.getY()));
        }
    }

    // ---- a Library track dropped on a node ----

    private String dropHighlight;

    private Optional<String> dropTarget(DragEvent e) {
        return canvas.nodeAt(viewport.toWorld(e.getX(), e.getY())).map(StoryNode::id);
    }

    private static Optional<com.yotosmartstream.story.library.AudioTrack> track(DragEvent e) {
        Object content = e.getDragboard().getContent(TRACK);
        return TrackDrop.decode(content instanceof String s ? s : null);
    }

    private void dragOver(DragEvent e) {
        if (!e.getDragboard().hasContent(TRACK)) {
            return;
        }
        Optional<String> target = dropTarget(e);
        highlight(target.orElse(null));
        if (target.isPresent()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            e.consume();
        }
    }

    /** Marks the node a dragged track would land on (none: {@code null}). */
    private void highlight(String id) {
        if (java.util.Objects.equals(id, dropHighlight)) {
            return;
        }
        if (dropHighlight != null) {
            canvas.nodeView(dropHighlight).ifPresent(v -> v.pseudoClassStateChanged(NodeView.DROP_TARGET, false));
        }
        dropHighlight = id;
        if (id != null) {
            canvas.nodeView(id).ifPresent(v -> v.pseudoClassStateChanged(NodeView.DROP_TARGET, true));
        }
    }

    private void dropped(DragEvent e) {
        highlight(null);
        Optional<String> target = dropTarget(e);
        var track = track(e);
        if (target.isPresent() && track.isPresent()) {
            Set<String> ids = viewModel.selection().contains(target.get()) ? Set.copyOf(viewModel.selection())
                    : Set.of(target.get());
            viewModel.setAudio(ids, track.get());
            viewModel.select(target.get());
            e.setDropCompleted(true);
        } else {
            e.setDropCompleted(false);
        }
        e.consume();
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
