package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The playtest: the player's 16x16 display (the playing node's icon), the node's title, what the
 * player is doing, its Left and Right buttons (the arrow keys press them while a playtest runs),
 * and Play from the start or from the selected node. The playing node is highlighted on the canvas
 * and its audio plays on this computer.
 */
final class PlaytestPanel extends HBox {

    private static final int DISPLAY = 96;

    PlaytestPanel(PlaytestViewModel playtest, StoryEditorViewModel editor, IconImages icons, AudioOut audio) {
        super(16);
        setId("playtest-panel");
        getStyleClass().add("playtest-panel");
        setAlignment(Pos.CENTER_LEFT);

        ImageView display = new ImageView(defaultIcon());
        display.setId("playtest-icon");
        display.setFitWidth(DISPLAY);
        display.setFitHeight(DISPLAY);
        display.setSmooth(false);
        playtest.iconRefProperty().addListener((obs, o, ref) ->
                display.setImage(icons.image(ref).orElse(defaultIcon())));
        StackPane screen = new StackPane(display);
        screen.getStyleClass().add("playtest-display");

        Label node = new Label();
        node.setId("playtest-node");
        node.getStyleClass().add("playtest-node");
        node.textProperty().bind(playtest.nodeTitleProperty());
        Label status = new Label();
        status.setId("playtest-status");
        status.setWrapText(true);
        status.textProperty().bind(playtest.statusProperty());
        Label progress = new Label();
        progress.setId("playtest-progress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(playtest.progressProperty());
        Label sound = new Label();
        sound.setId("playtest-sound");
        sound.setWrapText(true);
        sound.getStyleClass().add("muted");
        AudioOut out = audio != null ? audio : AudioOut.javafxMedia(sound::setText);
        playtest.trackUrlProperty().addListener((obs, o, url) -> out.play(url));

        Button left = new Button("Left", new FontIcon("fth-chevron-left"));
        left.setId("playtest-left");
        left.getStyleClass().add("playtest-button");
        left.setTooltip(new Tooltip("The player's left button (Left arrow)"));
        left.setOnAction(e -> playtest.pressLeft());
        Button right = new Button("Right", new FontIcon("fth-chevron-right"));
        right.setId("playtest-right");
        right.getStyleClass().add("playtest-button");
        right.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        right.setTooltip(new Tooltip("The player's right button (Right arrow)"));
        right.setOnAction(e -> playtest.pressRight());
        Button finish = new Button("End track", new FontIcon("fth-skip-forward"));
        finish.setId("playtest-finish");
        finish.setTooltip(new Tooltip("Let the playing track end now"));
        finish.setOnAction(e -> playtest.finishTrack());
        Button stop = new Button("Stop", new FontIcon("fth-square"));
        stop.setId("playtest-stop");
        stop.setOnAction(e -> playtest.stop());
        for (Button b : new Button[] {left, right, finish, stop}) {
            b.disableProperty().bind(playtest.runningProperty().not());
        }
        // the player's buttons wrap onto a second line on a narrow window, each keeping its label
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, left, right, finish, stop);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {left, right, finish, stop}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox middle = new VBox(6, node, progress, controls, status, sound);
        middle.setMinWidth(0);
        HBox.setHgrow(middle, Priority.ALWAYS);

        Button fromStart = new Button("Play from the start", new FontIcon("fth-play"));
        fromStart.setId("playtest-play-start");
        fromStart.setOnAction(e -> playtest.playFromStart());
        Button fromSelected = new Button("Play from selected node", new FontIcon("fth-play-circle"));
        fromSelected.setId("playtest-play-selected");
        fromSelected.setOnAction(e -> playtest.playFromSelection());
        fromSelected.disableProperty().bind(editor.focusedProperty().isNull());
        fromStart.disableProperty().bind(playtest.busyProperty());
        fromStart.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fromSelected.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fromStart.setMaxWidth(Double.MAX_VALUE);
        fromSelected.setMaxWidth(Double.MAX_VALUE);
        VBox start = new VBox(8, fromStart, fromSelected);
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(screen, middle, start);
    }

    /** What the display shows for a node without an icon: a small play sign. */
    static Image defaultIcon() {
        WritableImage image = new WritableImage(16, 16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                boolean play = x >= 5 && x <= 11 && Math.abs(y - 7.5) <= (12 - x) * 0.62;
                image.getPixelWriter().setArgb(x, y, play ? 0xff58a6ff : 0xff1b1f24);
            }
        }
        return image;
    }
}
