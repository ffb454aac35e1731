package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.library.IconRecord;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "My icons": search, the saved icons, and open, duplicate, rename, delete (with undo), upload. */
final class LibraryPanel {

    private final VBox view = new VBox(6);
    private final ListView<IconRecord> list = new ListView<>();

    LibraryPanel(IconLibraryViewModel library, Consumer<IconRecord> opener) {
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText("Search names and tags");
        search.textProperty().bindBidirectional(library.queryProperty());
        list.setId("library-list");
        list.setItems(library.icons());
        list.setCellFactory(v -> new IconCell());
        list.setPlaceholder(new Label("No saved icons yet.\nPaint one and press Save."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                opener.accept(selected());
            }
        });
        Button open = button("Open", "library-open", () -> opener.accept(selected()));
        Button duplicate = button("Duplicate", "library-duplicate", () -> library.duplicate(selected()));
        Button rename = button("Rename...", "library-rename", () -> {
            IconRecord icon = selected();
            TextInputDialog dialog = new TextInputDialog(icon.name());
            dialog.setTitle("Rename icon");
            dialog.setHeaderText("A new name for " + icon.name());
            if (view.getScene() != null) {
                dialog.initOwner(view.getScene().getWindow());
                dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
            }
            dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> library.rename(icon, n));
        });
        Button delete = button("Delete", "library-delete", () -> library.delete(selected()));
        Button upload = button("Upload", "library-upload", () -> library.upload(selected()));
        for (Button b : new Button[] {open, duplicate, rename, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        upload.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(library.canUploadProperty().not()));
        HBox actions = new HBox(4, open, duplicate, rename);
        HBox actions2 = new HBox(4, delete, upload);

        Label deleted = new Label();
        deleted.textProperty().bind(Bindings.createStringBinding(() -> library.lastDeletedProperty().get() == null
                ? "" : "Deleted " + library.lastDeletedProperty().get().name(), library.lastDeletedProperty()));
        Button undo = button("Undo", "library-undo-delete", library::undoDelete);
        HBox undoRow = new HBox(6, deleted, undo);
        undoRow.setAlignment(Pos.CENTER_LEFT);
        undoRow.visibleProperty().bind(library.lastDeletedProperty().isNotNull());
        undoRow.managedProperty().bind(undoRow.visibleProperty());

        view.getChildren().addAll(search, list, actions, actions2, undoRow);
        view.setId("library-panel");
    }

    VBox view() {
        return view;
    }

    private IconRecord selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("small");
        return button;
    }

    private static final class IconCell extends ListCell<IconRecord> {
        @Override
        protected void updateItem(IconRecord icon, boolean empty) {
            super.updateItem(icon, empty);
            if (empty || icon == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ImageView image = new ImageView(Swatches.image(icon.image()));
            image.setFitWidth(32);
            image.setFitHeight(32);
            image.setSmooth(false);
            Label name = new Label(icon.name());
            Label tags = new Label(String.join(", ", icon.tags()));
            tags.getStyleClass().addAll("text-small", "text-muted");
            HBox row = new HBox(8, image, new VBox(1, name, tags));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
