package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A node drawn as a card: icon, title, the start of its narration, its audio (or that it has none),
 * start and ending markers, and on its right edge the three exit ports (left button, right button,
 * end of track). Fixed size, so edges and hit tests need no layout pass. Drawing only: the canvas
 * handles the mouse.
 */
final class NodeView extends Pane {

    static final double WIDTH = StoryEditorViewModel.NODE_WIDTH;
    static final double HEIGHT = StoryEditorViewModel.NODE_HEIGHT;
    static final double PORT_RADIUS = 7;
    private static final Map<Exit, Double> PORT_Y = Map.of(Exit.LEFT, 26.0, Exit.RIGHT, 50.0, Exit.END, 74.0);

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");
    static final PseudoClass START = PseudoClass.getPseudoClass("start");
    static final PseudoClass ENDING = PseudoClass.getPseudoClass("ending");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    /** A Library track dragged over it would land here. */
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass SET = PseudoClass.getPseudoClass("set");
    private static final PseudoClass STOP = PseudoClass.getPseudoClass("stop");

    private final String nodeId;
    private final ImageView icon = new ImageView();
    private final FontIcon noIcon = new FontIcon("fth-image");
    private final Label title = new Label();
    private final Label narration = new Label();
    private final Label audio = new Label();
    private final Label marker = new Label();
    private final Map<Exit, Circle> ports = new EnumMap<>(Exit.class);
    private StoryNode node;
    private boolean start;

    NodeView(StoryNode node) {
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().add("story-node");
        setMouseTransparent(true);
        setCache(true);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);

        icon.setFitWidth(20);
        icon.setFitHeight(20);
        icon.setSmooth(false);
        icon.relocate(10, 9);
        noIcon.getStyleClass().add("node-no-icon");
        noIcon.relocate(12, 11);
        title.getStyleClass().add("node-title");
        title.relocate(36, 8);
        title.setPrefWidth(WIDTH - 36 - 28);
        narration.getStyleClass().add("node-narration");
        narration.relocate(12, 34);
        narration.setPrefWidth(WIDTH - 12 - 34);
        narration.setPrefHeight(32);
        narration.setWrapText(true);
        audio.getStyleClass().add("node-audio");
        audio.relocate(10, 70);
        audio.setPrefWidth(108);
        marker.getStyleClass().add("node-marker");
        marker.relocate(120, 70);
        marker.setPrefWidth(58);
        getChildren().addAll(noIcon, icon, title, narration, audio, marker);
        for (Exit exit : Exit.values()) {
            Circle port = new Circle(WIDTH, PORT_Y.get(exit), PORT_RADIUS);
            port.getStyleClass().addAll("node-port", "port-" + exit.id());
            port.setId("port-" + node.id() + "-" + exit.id());
            Label letter = new Label(exit == Exit.LEFT ? "L" : exit == Exit.RIGHT ? "R" : "E");
            letter.getStyleClass().add("node-port-label");
            letter.relocate(WIDTH - 22, PORT_Y.get(exit) - 8);
            ports.put(exit, port);
            getChildren().addAll(letter, port);
        }
        update(node, false, Optional.empty(), false);
    }

    String nodeId() {
        return nodeId;
    }

    StoryNode node() {
        return node;
    }

    void update(StoryNode next, boolean isStart, Optional<Image> iconImage, boolean hasError) {
        node = next;
        relocate(next.position().x(), next.position().y());
        title.setText(next.title().isBlank() ? "(untitled)" : next.title());
        String text = next.narration().strip();
        narration.setText(text.length() > 90 ? text.substring(0, 90) + "…" : text);
        if (next.audio().isPresent()) {
            audio.setText(Durations.clock(next.audio().get().seconds()) + " " + next.audio().get().title());
            audio.setGraphic(new FontIcon("fth-music"));
            audio.getStyleClass().remove("missing");
        } else {
            audio.setText("No audio");
            audio.setGraphic(new FontIcon("fth-alert-triangle"));
            if (!audio.getStyleClass().contains("missing")) {
                audio.getStyleClass().add("missing");
            }
        }
        marker.setText(next.isEnding() ? "Ending" : isStart ? "Start" : "");
        marker.setGraphic(next.isEnding() ? new FontIcon("fth-flag") : isStart ? new FontIcon("fth-play") : null);
        marker.setVisible(next.isEnding() || isStart);
        icon.setImage(iconImage.orElse(null));
        noIcon.setVisible(iconImage.isEmpty());
        start = isStart;
        pseudoClassStateChanged(START, isStart);
        pseudoClassStateChanged(ENDING, next.isEnding());
        pseudoClassStateChanged(ERROR, hasError);
        for (Exit exit : Exit.values()) {
            Optional<Target> target = next.exit(exit);
            ports.get(exit).pseudoClassStateChanged(SET, target.isPresent());
            ports.get(exit).pseudoClassStateChanged(STOP, target.isPresent() && target.get() instanceof Target.Stop);
        }
    }

    /** How far below a card's top edge an exit's port is. */
    static double portOffset(Exit exit) {
        return PORT_Y.get(exit);
    }

    /** Where an exit's port is, in world coordinates, for a node at its model position. */
    static Point2D port(StoryNode node, Exit exit) {
        return new Point2D(node.position().x() + WIDTH, node.position().y() + PORT_Y.get(exit));
    }

    /** Where arrows into a node end, in world coordinates. */
    static Point2D inlet(StoryNode node) {
        return new Point2D(node.position().x(), node.position().y() + HEIGHT / 2);
    }

    /** The exit whose port is within reach of the world point, if any. */
    static Optional<Exit> portAt(StoryNode node, double worldX, double worldY, double reach) {
        for (Exit exit : Exit.values()) {
            Point2D p = port(node, exit);
            if (p.distance(worldX, worldY) <= reach) {
                return Optional.of(exit);
            }
        }
        return Optional.empty();
    }

    static boolean contains(StoryNode node, double worldX, double worldY) {
        double x = node.position().x();
        double y = node.position().y();
        return worldX >= x && worldX <= x + WIDTH && worldY >= y && worldY <= y + HEIGHT;
    }
}
