package com.yotosmartstream.icons.ui;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.icons.picker.IconChoice;
import com.yotosmartstream.icons.picker.IconSource;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The picker's look: source choice, search field, a tile per icon, a status line. */
final class IconPickerSkin extends SkinBase<IconPicker> {

    private final TextField search = new TextField();
    private final TilePane tiles = new TilePane(6, 6);
    private final Label status = new Label();
    private int generation;

    IconPickerSkin(IconPicker picker) {
        super(picker);
        ComboBox<IconSource> sourceChoice = new ComboBox<>(picker.sources());
        sourceChoice.setId("picker-source");
        sourceChoice.setCellFactory(list -> new SourceCell());
        sourceChoice.setButtonCell(new SourceCell());
        sourceChoice.valueProperty().bindBidirectional(picker.sourceProperty());
        sourceChoice.setVisible(picker.sources().size() > 1);
        sourceChoice.setManaged(picker.sources().size() > 1);
        search.setId("picker-search");
        search.setPromptText("Search names and tags");
        HBox.setHgrow(search, Priority.ALWAYS);
        tiles.setId("picker-tiles");
        tiles.setPadding(new Insets(4));
        tiles.setPrefColumns(4);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        status.setId("picker-status");
        status.getStyleClass().add("text-small");
        VBox box = new VBox(6, new HBox(6, sourceChoice, search), scroll, status);
        getChildren().add(box);
        search.textProperty().addListener(obs -> search());
        picker.sourceProperty().addListener(obs -> search());
        search();
    }

    void search() {
        IconSource source = getSkinnable().sourceProperty().get();
        tiles.getChildren().clear();
        if (source == null) {
            status.setText("No icons to choose from.");
            return;
        }
        int run = ++generation;
        String query = search.getText() == null ? "" : search.getText();
        status.setText("Looking...");
        getSkinnable().executor().submit(BackgroundTask.of("Finding icons", ctx -> source.find(query))
                .onSuccess(found -> {
                    if (run == generation) {
                        show(found);
                    }
                })
                .onFailure(error -> {
                    if (run == generation) {
                        status.setText(source.title() + " could not be listed: " + error.getMessage());
                    }
                }));
    }

    private void show(List<IconChoice> found) {
        tiles.getChildren().clear();
        for (IconChoice choice : found) {
            ImageView image = new ImageView(Swatches.image(choice.image()));
            image.setFitWidth(48);
            image.setFitHeight(48);
            image.setSmooth(false);
            Label name = new Label(choice.name());
            name.setMaxWidth(64);
            name.getStyleClass().add("text-small");
            VBox tile = new VBox(2, image, name);
            tile.setAlignment(Pos.CENTER);
            tile.setPadding(new Insets(4));
            tile.getStyleClass().add("icon-tile");
            tile.setFocusTraversable(true);
            Tooltip.install(tile, new Tooltip(choice.name() + (choice.tags().isEmpty() ? "" : "\n"
                    + String.join(", ", choice.tags())) + choice.reference().map(r -> "\n" + r).orElse("")));
            tile.setOnMouseClicked(e -> {
                select(tile, choice);
                if (e.getClickCount() == 2) {
                    getSkinnable().choose(choice);
                }
            });
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    getSkinnable().choose(choice);
                }
            });
            tiles.getChildren().add(tile);
        }
        status.setText(found.isEmpty() ? "No icons match." : found.size() + (found.size() == 1 ? " icon" : " icons"));
    }

    private void select(VBox tile, IconChoice choice) {
        tiles.getChildren().forEach(n -> n.setStyle(""));
        tile.setStyle("-fx-background-color: -color-accent-subtle; -fx-background-radius: 6;");
        tile.requestFocus();
        getSkinnable().select(choice);
    }

    private static final class SourceCell extends ListCell<IconSource> {
        @Override
        protected void updateItem(IconSource source, boolean empty) {
            super.updateItem(source, empty);
            setText(empty || source == null ? null : source.title());
        }
    }
}
