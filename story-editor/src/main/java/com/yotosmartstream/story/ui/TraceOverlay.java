package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.editor.StoryTraceViewModel;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.trace.Choice;
import com.yotosmartstream.story.trace.Journey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The live trace over the canvas, in world coordinates: a ring round each node a player is playing
 * now, with the players' names above it, and the path of the selected journey (a ring and the
 * step numbers, times and choices at each node it visited, and lines from node to node). Styled
 * apart from the playtest's highlight. Follows the nodes as they move; draws nothing itself on the
 * cards, so the canvas stays as it is.
 */
final class TraceOverlay {

    private static final double RING = 6;
    private static final double PATH_RING = 12;

    private final StoryCanvas canvas;
    private final StoryTraceViewModel trace;
    /** Rings and lines, under the cards. */
    final Group under = new Group();
    /** Names and step badges, over the cards. */
    final Group over = new Group();
    private final List<Runnable> placers = new ArrayList<>();

    TraceOverlay(StoryCanvas canvas, StoryTraceViewModel trace) {
        this.canvas = canvas;
        this.trace = trace;
        under.setId("trace-under");
        over.setId("trace-over");
        for (Group layer : new Group[] {under, over}) {
            layer.setMouseTransparent(true);
            layer.setManaged(false);
        }
        trace.liveProperty().addListener((obs, o, n) -> rebuild());
        trace.selectedProperty().addListener((obs, o, n) -> rebuild());
        canvas.addViewListener(this::place);
        rebuild();
    }

    private void rebuild() {
        placers.clear();
        under.getChildren().clear();
        over.getChildren().clear();
        Journey journey = trace.selectedProperty().get();
        if (journey != null) {
            buildPath(journey);
        }
        trace.liveProperty().get().forEach(this::buildLive);
        place();
    }

    /** Puts every mark where its node is drawn now. */
    private void place() {
        if (canvas.story() != null) {
            placers.forEach(Runnable::run);
        }
    }

    private void buildLive(String nodeId, List<StoryTraceViewModel.LivePlayer> players) {
        Rectangle ring = ring("trace-live-ring", RING);
        Label tag = new Label(String.join(", ", players.stream().map(StoryTraceViewModel.LivePlayer::label).toList()),
                new FontIcon("fth-volume-2"));
        tag.setId("trace-live-" + nodeId);
        tag.getStyleClass().add("trace-live-tag");
        under.getChildren().add(ring);
        over.getChildren().add(tag);
        placers.add(() -> {
            Optional<Point2D> at = at(nodeId);
            ring.setVisible(at.isPresent());
            tag.setVisible(at.isPresent());
            at.ifPresent(p -> {
                around(ring, p, RING);
                tag.relocate(p.getX() - 2, p.getY() - RING - 26);
            });
        });
    }

    private void buildPath(Journey journey) {
        List<Journey.Step> steps = journey.steps();
        for (int i = 0; i + 1 < steps.size(); i++) {
            Journey.Step from = steps.get(i);
            Journey.Step to = steps.get(i + 1);
            if (from.nodeId().isPresent() && to.nodeId().isPresent() && !from.nodeId().equals(to.nodeId())) {
                connect(from.nodeId().get(), from.leftBy(), to.nodeId().get());
            }
        }
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Journey.Step step = steps.get(i);
            if (step.nodeId().isPresent()) {
                lines.computeIfAbsent(step.nodeId().get(), id -> new ArrayList<>()).add((i + 1) + " · "
                        + Durations.clock(step.spent().toMillis() / 1000.0) + " · " + step.leftBy().label());
            }
        }
        lines.forEach((nodeId, text) -> {
            Rectangle ring = ring("trace-path-ring", PATH_RING);
            Label badge = new Label(String.join("\n", text));
            badge.setId("trace-step-" + nodeId);
            badge.getStyleClass().add("trace-path-badge");
            under.getChildren().add(0, ring);
            over.getChildren().add(badge);
            placers.add(() -> {
                Optional<Point2D> at = at(nodeId);
                ring.setVisible(at.isPresent());
                badge.setVisible(at.isPresent());
                at.ifPresent(p -> {
                    around(ring, p, PATH_RING);
                    badge.relocate(p.getX() + 8, p.getY() + NodeView.HEIGHT + PATH_RING + 3);
                });
            });
        });
    }

    /** A line from the exit that was taken (the node's middle when not known) to the next node. */
    private void connect(String fromId, Choice choice, String toId) {
        CubicCurve curve = new CubicCurve();
        curve.getStyleClass().add("trace-path-line");
        Polygon head = new Polygon();
        head.getStyleClass().add("trace-path-head");
        under.getChildren().addAll(curve, head);
        placers.add(() -> {
            Optional<StoryNode> from = canvas.story().node(fromId);
            Optional<StoryNode> to = canvas.story().node(toId);
            curve.setVisible(from.isPresent() && to.isPresent());
            head.setVisible(curve.isVisible());
            if (!curve.isVisible()) {
                return;
            }
            Point2D start = port(from.get(), choice);
            Point2D end = canvas.position(to.get()).add(-PATH_RING, NodeView.HEIGHT / 2);
            double pull = Math.max(60, Math.abs(end.getX() - start.getX()) / 2);
            curve.setStartX(start.getX());
            curve.setStartY(start.getY());
            curve.setControlX1(start.getX() + pull);
            curve.setControlY1(start.getY());
            curve.setControlX2(end.getX() - pull);
            curve.setControlY2(end.getY());
            curve.setEndX(end.getX() - 8);
            curve.setEndY(end.getY());
            head.getPoints().setAll(end.getX(), end.getY(), end.getX() - 12, end.getY() - 7, end.getX() - 12,
                    end.getY() + 7);
        });
    }

    private Point2D port(StoryNode node, Choice choice) {
        Point2D drawn = canvas.position(node);
        Point2D shift = drawn.subtract(node.position().x(), node.position().y());
        return switch (choice) {
            case LEFT -> NodeView.port(node, Exit.LEFT).add(shift);
            case RIGHT -> NodeView.port(node, Exit.RIGHT).add(shift);
            case END -> NodeView.port(node, Exit.END).add(shift);
            case UNKNOWN -> drawn.add(NodeView.WIDTH, NodeView.HEIGHT / 2);
        };
    }

    private Optional<Point2D> at(String nodeId) {
        return canvas.story().node(nodeId).map(canvas::position);
    }

    private static Rectangle ring(String style, double pad) {
        Rectangle ring = new Rectangle(NodeView.WIDTH + 2 * pad, NodeView.HEIGHT + 2 * pad);
        ring.setArcWidth(22);
        ring.setArcHeight(22);
        ring.getStyleClass().add(style);
        return ring;
    }

    private static void around(Rectangle ring, Point2D nodeAt, double pad) {
        ring.setX(nodeAt.getX() - pad);
        ring.setY(nodeAt.getY() - pad);
    }
}
