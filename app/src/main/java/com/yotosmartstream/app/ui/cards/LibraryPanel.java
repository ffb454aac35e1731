package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.cards.CardsViewModel;
import com.yotosmartstream.app.cards.DraftTrack;
import com.yotosmartstream.app.library.TrackRow;
import com.yotosmartstream.app.ui.library.TrackTable;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.editor.TrackDrop;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The library's tracks beside the editor: search, drag onto the card, or add as chapters. */
final class LibraryPanel {

    /** Library track ids, one a line (several tracks dragged at once). */
    static final DataFormat TRACKS = new DataFormat("application/x-yoto-smart-stream-tracks");

    private final VBox view;
    private final ListView<DraftTrack> list = new ListView<>();

    LibraryPanel(CardsViewModel viewModel, Consumer<List<String>> addAsChapters) {
        TextField search = new TextField();
        search.setId("card-library-search");
        search.setPromptText("Search the library");
        search.textProperty().bindBidirectional(viewModel.libraryFilterProperty());
        list.setId("card-library");
        list.setItems(viewModel.libraryTracks());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label("Import audio on the Library page, then drag it onto a card.");
        empty.setWrapText(true);
        empty.setMaxWidth(200);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftTrack track, boolean empty) {
                super.updateItem(track, empty);
                setText(empty || track == null ? null : track.title() + "  \u00b7  "
                        + Durations.clock(track.duration()));
                setGraphic(empty || track == null ? null : new FontIcon("fth-music"));
            }
        });
        list.setOnDragDetected(e -> {
            List<String> ids = selectedIds();
            if (ids.isEmpty()) {
                return;
            }
            Dragboard board = list.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(TRACKS, String.join("\n", ids));
            content.putString(String.join("\n", list.getSelectionModel().getSelectedItems().stream()
                    .map(DraftTrack::title).toList()));
            board.setContent(content);
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !selectedIds().isEmpty()) {
                addAsChapters.accept(selectedIds());
            }
        });
        Button add = new Button("Add", new FontIcon("fth-plus"));
        add.setTooltip(new javafx.scene.control.Tooltip("Add the selected tracks to the card, a chapter each"));
        add.setId("card-library-add");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> addAsChapters.accept(selectedIds()));
        Label title = new Label("Library");
        title.getStyleClass().add("section-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        view = new VBox(8, title, search, list, add);
        view.setPadding(new Insets(12));
        view.setMinWidth(170);
        view.setPrefWidth(240);
    }

    VBox view() {
        return view;
    }

    private List<String> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().flatMap(t -> t.libraryId().stream()).toList();
    }

    /** The library track ids a drag carries: several from this panel, or one from the Library page. */
    static List<String> ids(Dragboard board) {
        List<String> ids = new ArrayList<>();
        if (board.getContent(TRACKS) instanceof String lines) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(ids::add);
        } else if (board.getContent(TrackTable.trackFormat()) instanceof String one) {
            TrackDrop.decode(one).ifPresent(track -> ids.add(track.id()));
        }
        return ids;
    }
}
