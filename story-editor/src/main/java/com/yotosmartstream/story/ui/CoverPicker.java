package com.yotosmartstream.story.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The story's cover, chosen as a picture file as the Cards page does (publishing uploads it once);
 * a cover URL from an older story still shows and still works. Shows the picture small, its name,
 * and buttons to choose another or remove it.
 */
final class CoverPicker extends HBox {

    private static final int SIZE = 64;

    private final ImageView preview = new ImageView();
    private final Label name = new Label();
    private final Button remove = new Button(null, new FontIcon("fth-x"));
    private Supplier<Optional<Path>> chooser = this::chooseWithDialog;
    private String shown;

    /** @param edit takes the new cover: a file's path, or "" for none */
    CoverPicker(Consumer<String> edit) {
        super(10);
        setId("story-cover");
        setAlignment(Pos.CENTER_LEFT);
        preview.setId("story-cover-preview");
        preview.setFitWidth(SIZE);
        preview.setFitHeight(SIZE);
        preview.setPreserveRatio(true);
        StackPane frame = new StackPane(new FontIcon("fth-image"), preview);
        frame.getStyleClass().add("story-cover-frame");
        frame.setMinSize(SIZE, SIZE);
        frame.setPrefSize(SIZE, SIZE);
        name.setId("story-cover-name");
        name.setWrapText(true);
        name.setMinWidth(0);
        name.getStyleClass().add("muted");
        Button choose = new Button("Picture\u2026", new FontIcon("fth-image"));
        choose.setId("story-cover-choose");
        choose.setTooltip(new Tooltip("Choose a PNG or JPEG picture; publishing puts it on Yoto"));
        choose.setOnAction(e -> chooser.get().ifPresent(p -> edit.accept(p.toAbsolutePath().toString())));
        remove.setId("story-cover-remove");
        remove.setTooltip(new Tooltip("No cover"));
        remove.setOnAction(e -> edit.accept(""));
        VBox side = new VBox(6, name, new HBox(6, choose, remove));
        side.setMinWidth(0);
        HBox.setHgrow(side, Priority.ALWAYS);
        getChildren().addAll(frame, side);
        show("");
    }

    /** Who asks for the picture (a file dialog; tests give their own). */
    void setChooser(Supplier<Optional<Path>> value) {
        chooser = value;
    }

    /** Shows the story's cover: a file's path, a URL, or "" for none. */
    void show(String cover) {
        if (cover.equals(shown)) {
            return; // loaded once per picture, not again after every edit
        }
        shown = cover;
        remove.setVisible(!cover.isEmpty());
        if (cover.isEmpty()) {
            name.setText("No cover yet: choose a picture.");
            preview.setImage(null);
            return;
        }
        Optional<String> url = imageUrl(cover);
        name.setText(cover.startsWith("http://") || cover.startsWith("https://") ? "A picture on the web"
                : fileName(cover));
        preview.setImage(url.map(u -> new Image(u, SIZE * 2, SIZE * 2, true, true, true)).orElse(null));
    }

    private static Optional<String> imageUrl(String cover) {
        if (cover.startsWith("http://") || cover.startsWith("https://")) {
            return Optional.of(cover);
        }
        try {
            return Optional.of(Path.of(cover).toUri().toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String fileName(String cover) {
        try {
            Path file = Path.of(cover).getFileName();
            return file == null ? cover : file.toString();
        } catch (InvalidPathException e) {
            return cover;
        }
    }

    private Optional<Path> chooseWithDialog() {
        FileChooser dialog = new FileChooser();
        dialog.setTitle("Choose a cover picture");
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(dialog.showOpenDialog(getScene() == null ? null : getScene().getWindow()))
                .map(java.io.File::toPath);
    }
}
