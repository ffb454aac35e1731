package com.yotosmartstream.app.ui.library;

import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.TrackRow;
import com.yotosmartstream.core.text.Durations;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The searchable, sortable table of tracks: title, artist, album, duration, format, size, status. */
public final class TrackTable {

    private final TableView<TrackRow> table = new TableView<>();

    TrackTable(LibraryViewModel viewModel) {
        table.setId("library-table");
        SortedList<TrackRow> sorted = new SortedList<>(viewModel.visibleTracks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TrackRow, String> title = column("Title", "title", TrackRow::title, 200, 90);
        title.setComparator(String.CASE_INSENSITIVE_ORDER);
        table.getColumns().add(title);
        TableColumn<TrackRow, String> artist = column("Artist", "artist", TrackRow::artist, 110, 72);
        artist.setComparator(String.CASE_INSENSITIVE_ORDER);
        table.getColumns().add(artist);
        TableColumn<TrackRow, String> album = column("Album", "album", TrackRow::album, 110, 72);
        album.setComparator(String.CASE_INSENSITIVE_ORDER);
        table.getColumns().add(album);
        TableColumn<TrackRow, Duration> duration = column("Duration", "duration", TrackRow::duration, 90, 88);
        duration.setCellFactory(c -> formatted(Durations::clock));
        table.getColumns().add(duration);
        TableColumn<TrackRow, String> format = column("Format", "format", TrackRow::format, 80, 76);
        table.getColumns().add(format);
        TableColumn<TrackRow, Long> size = column("Size", "size", TrackRow::size, 64, 58);
        size.setCellFactory(c -> formatted(TrackRow::formatSize));
        table.getColumns().add(size);
        table.getColumns().add(column("Status", "status", TrackRow::status, 104, 96));
        // on a narrow window Format and Size (also in the details) give way, so Status stays in view
        table.widthProperty().addListener((obs, old, width) -> {
            boolean roomy = width.doubleValue() >= ALL_COLUMNS_WIDTH;
            format.setVisible(roomy);
            size.setVisible(roomy);
        });

        Label placeholder = new Label("Drop audio files or folders here, or choose Import files\u2026",
                new FontIcon("fth-download"));
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        table.setPlaceholder(placeholder);

        // a track dragged from here can be dropped on a story node (the Stories page takes TrackDrop)
        table.setOnDragDetected(e -> {
            TrackRow row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            javafx.scene.input.Dragboard board = table.startDragAndDrop(javafx.scene.input.TransferMode.COPY);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.put(trackFormat(), com.yotosmartstream.story.editor.TrackDrop.encode(
                    new com.yotosmartstream.story.library.AudioTrack(row.id(), row.title(), row.duration(), row.format())));
            content.putString(row.title());
            board.setContent(content);
            e.consume();
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || viewModel.visibleTracks().isEmpty()) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
    }

    /** The drag format of a library track ({@code TrackDrop}), shared by every page that takes one. */
    public static javafx.scene.input.DataFormat trackFormat() {
        javafx.scene.input.DataFormat known = javafx.scene.input.DataFormat.lookupMimeType(
                com.yotosmartstream.story.editor.TrackDrop.MIME_TYPE);
        return known != null ? known : new javafx.scene.input.DataFormat(com.yotosmartstream.story.editor.TrackDrop.MIME_TYPE);
    }

    /** The least width at which every column fits at its minimum width (with the scroll bar). */
    static final double ALL_COLUMNS_WIDTH = 580;
    /** The least width of the table with its narrow-window columns. */
    static final double NARROW_WIDTH = 430;

    TableView<TrackRow> view() {
        return table;
    }

    private static <T> TableColumn<TrackRow, T> column(String title, String id, Function<TrackRow, T> value,
            double width, double min) {
        TableColumn<TrackRow, T> column = new TableColumn<>(title);
        column.setId("library-column-" + id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(min);
        return column;
    }

    private static <T> TableCell<TrackRow, T> formatted(Function<T, String> format) {
        TableCell<TrackRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
