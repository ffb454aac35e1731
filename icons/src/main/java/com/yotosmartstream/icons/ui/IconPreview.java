package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import javafx.animation.AnimationTimer;
import com.yotosmartstream.icons.model.PlayerDisplay;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.effect.BoxBlur;
import javafx.scene.effect.Bloom;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The icon at its actual size (16x16 screen pixels, and twice that), and as a player's display
 * shows it: round LEDs on black, transparent pixels dark; optionally dimmed as Yoto's
 * auto-conversion would dim a bright picture.
 */
public final class IconPreview {

    private static final int LED = 9;
    private final VBox view = new VBox(8);
    private final ImageView actual = new ImageView();
    private final ImageView doubled = new ImageView();
    private final Canvas display = new Canvas(IconImage.SIZE * LED + 16, IconImage.SIZE * LED + 16);
    private final IconEditorViewModel editor;

    public IconPreview(IconEditorViewModel editor) {
        this.editor = editor;
        actual.setId("preview-actual");
        doubled.setFitWidth(32);
        doubled.setFitHeight(32);
        doubled.setSmooth(false);
        display.setId("preview-player");
        Bloom glow = new Bloom(0.55);
        glow.setInput(new BoxBlur(1.2, 1.2, 1));
        display.setEffect(glow);

        Label actualLabel = new Label("Actual size");
        actualLabel.getStyleClass().add("text-muted");
        StackPane actualBox = new StackPane(actual);
        actualBox.setPrefSize(24, 24);
        actualBox.setStyle("-fx-background-color: #ffffff; -fx-border-color: -color-border-default;");
        StackPane doubledBox = new StackPane(doubled);
        doubledBox.setPrefSize(40, 40);
        doubledBox.setStyle("-fx-background-color: #ffffff; -fx-border-color: -color-border-default;");
        actualBox.setMaxSize(24, 24);
        doubledBox.setMaxSize(40, 40);
        VBox sizes = new VBox(6, actualLabel, actualBox, doubledBox, new Label("1x and 2x"));
        sizes.setAlignment(Pos.TOP_LEFT);
        sizes.setMinWidth(90);

        Label playerLabel = new Label("On the player");
        playerLabel.getStyleClass().add("text-muted");
        StackPane screen = new StackPane(display);
        screen.setStyle("-fx-background-color: #050505; -fx-background-radius: 10;");
        screen.setPadding(new Insets(6));
        
        CheckBox converted = new CheckBox("Show Yoto's dimming");
        converted.setId("preview-dimming");
        converted.setTooltip(new javafx.scene.control.Tooltip("How the icon would look if Yoto auto-converted it"));
        converted.selectedProperty().bindBidirectional(editor.previewConvertedProperty());
        Label brightness = new Label();
        brightness.setId("preview-brightness");
        brightness.setWrapText(true);
        brightness.textProperty().bind(editor.brightnessTextProperty());
        brightness.getStyleClass().add("text-small");

        VBox playerBox = new VBox(6, playerLabel, screen);
        HBox both = new HBox(12, sizes, playerBox);
        view.getChildren().addAll(both, converted, brightness);
        view.setId("icon-preview");
        
        editor.imageProperty().addListener(obs -> draw());
        editor.previewConvertedProperty().addListener(obs -> draw());
        editor.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                started = -1;
                player.start();
            } else {
                player.stop();
                shownFrame = -1;
                draw();
            }
        });
        draw();
    }

    /** Plays the frames by their durations, once per pulse choosing the frame due now. */
    private final AnimationTimer player = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (started < 0) {
                started = now;
            }
            IconAnimation animation = editor.animationProperty().get();
            long elapsed = (now - started) / 1_000_000 % Math.max(1, animation.totalDurationMs());
            int index = 0;
            while (index < animation.size() - 1 && elapsed >= animation.frame(index).durationMs()) {
                elapsed -= animation.frame(index).durationMs();
                index++;
            }
            if (index != shownFrame) {
                shownFrame = index;
                draw();
            }
        }
    };
    private long started = -1;
    /** The frame the previews show while playing; -1 when they show the frame being painted. */
    private int shownFrame = -1;

    /** The frame shown while playing, or -1 (for tests). */
    int shownFrame() {
        return shownFrame;
    }

    public VBox view() {
        return view;
    }

    private void draw() {
        IconAnimation animation = editor.animationProperty().get();
        IconImage image = shownFrame >= 0 && shownFrame < animation.size() ? animation.image(shownFrame) : editor.image();
        actual.setImage(Swatches.image(image));
        doubled.setImage(actual.getImage());
        int[] leds = PlayerDisplay.leds(image, editor.previewConvertedProperty().get());
        GraphicsContext g = display.getGraphicsContext2D();
        g.setFill(Color.rgb(5, 5, 5));
        g.fillRect(0, 0, display.getWidth(), display.getHeight());
        for (int y = 0; y < IconImage.SIZE; y++) {
            for (int x = 0; x < IconImage.SIZE; x++) {
                int c = leds[y * IconImage.SIZE + x];
                double px = 8 + x * LED;
                double py = 8 + y * LED;
                g.setFill(Color.rgb(22, 22, 22));
                g.fillOval(px + 1, py + 1, LED - 2, LED - 2);
                if ((c & 0xffffff) != 0) {
                    g.setFill(Swatches.color(c));
                    g.fillOval(px + 1, py + 1, LED - 2, LED - 2);
                }
            }
        }
    }
}
