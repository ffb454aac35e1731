package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.model.IconAnimation;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frames of an animated icon: a thumbnail per frame (click to paint it), add, duplicate,
 * delete and move frames, the current frame's duration, onion skin and play. A still icon is an
 * animation of one frame.
 */
final class FrameStrip {

    private final VBox view = new VBox(4);
    private final HBox thumbnails = new HBox(4);
    private final IconEditorViewModel editor;
    private final Spinner<Integer> duration = new Spinner<>();
    private boolean updating;

    FrameStrip(IconEditorViewModel editor) {
        this.editor = editor;
        view.setId("frames");
        thumbnails.setId("frame-thumbnails");
        thumbnails.setPadding(new Insets(2));
        ScrollPane scroll = new ScrollPane(thumbnails);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(54);
        scroll.setMinHeight(62);

        Button add = button("+ Blank", "frame-add", "A blank frame after this one", editor::addFrame);
        Button copy = button("+ Copy", "frame-duplicate", "A copy of this frame after it (N)", editor::duplicateFrame);
        Button delete = button("Delete", "frame-delete", "Delete this frame", editor::deleteFrame);
        Button left = button("\u25c0", "frame-left", "Move this frame earlier", () -> editor.moveFrame(-1));
        Button right = button("\u25b6", "frame-right", "Move this frame later", () -> editor.moveFrame(1));
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> editor.animationProperty().get().size() < 2, editor.animationProperty()));
        duration.setId("frame-duration");
        duration.setEditable(true);
        duration.setPrefWidth(90);
        duration.setMinWidth(90);
        duration.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(IconAnimation.MIN_DURATION_MS,
                IconAnimation.MAX_DURATION_MS, IconAnimation.DEFAULT_DURATION_MS, 10));
        duration.setTooltip(new Tooltip("How long this frame shows, in milliseconds"));
        duration.valueProperty().addListener((obs, old, ms) -> {
            if (!updating && ms != null && ms != currentDuration()) {
                editor.setFrameDuration(ms);
            }
        });
        Label ms = new Label("ms");
        CheckBox onion = new CheckBox("Onion skin");
        onion.setId("onion-skin");
        onion.setTooltip(new Tooltip("Show the frames before and after this one faintly"));
        onion.selectedProperty().bindBidirectional(editor.onionSkinProperty());
        ToggleButton play = new ToggleButton("Play");
        play.setId("frame-play");
        play.setTooltip(new Tooltip("Play the animation in the previews"));
        play.selectedProperty().bindBidirectional(editor.playingProperty());
        Tooltip.install(thumbnails, new Tooltip("Click a frame to paint it; comma and full stop step through them"));
        HBox timing = new HBox(4, duration, ms);
        timing.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(4, 4, add, copy, delete, left, right, timing, onion, play);
        controls.setAlignment(Pos.CENTER_LEFT);
        view.getChildren().addAll(controls, scroll);
        VBox.setVgrow(scroll, Priority.NEVER);

        editor.animationProperty().addListener(obs -> rebuild());
        editor.frameProperty().addListener(obs -> rebuild());
        rebuild();
    }

    VBox view() {
        return view;
    }

    private int currentDuration() {
        return editor.animationProperty().get().frame(editor.frameProperty().get()).durationMs();
    }

    private void rebuild() {
        IconAnimation animation = editor.animationProperty().get();
        int current = editor.frameProperty().get();
        thumbnails.getChildren().clear();
        for (int i = 0; i < animation.size(); i++) {
            ImageView image = new ImageView(Swatches.image(animation.image(i)));
            image.setFitWidth(32);
            image.setFitHeight(32);
            image.setSmooth(false);
            StackPane box = new StackPane(image);
            box.setPrefSize(38, 38);
            box.setStyle("-fx-background-color: #ffffff; -fx-border-width: 2; -fx-border-color: "
                    + (i == current ? "#2f81f7;" : "#d0d7de;"));
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("text-small");
            VBox thumb = new VBox(1, box, number);
            thumb.setAlignment(Pos.CENTER);
            thumb.getStyleClass().add("frame-thumb");
            int index = i;
            thumb.setOnMouseClicked(e -> editor.selectFrame(index));
            Tooltip.install(thumb, new Tooltip("Frame " + (i + 1) + ", " + animation.frame(i).durationMs() + " ms"));
            thumbnails.getChildren().add(thumb);
        }
        updating = true;
        duration.getValueFactory().setValue(currentDuration());
        updating = false;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
