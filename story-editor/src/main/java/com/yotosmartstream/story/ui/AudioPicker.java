package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.TrackDrop;
import com.yotosmartstream.story.library.AudioTrack;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Library's tracks, searchable: double-click or "Use" gives the selected nodes a track, and a
 * track can be dragged onto any node on the canvas. Loads the list in the background; when the
 * library cannot offer tracks, says why.
 */
final class AudioPicker extends VBox {

    private final StoryEditorViewModel viewModel;
    private final TaskExecutor executor;
    private final ObservableList<AudioTrack> tracks = FXCollections.observableArrayList();
    private final FilteredList<AudioTrack> shown = new FilteredList<>(tracks);
    private final ListView<AudioTrack> list = new ListView<>(shown);
    private final Label status = new Label();

    AudioPicker(StoryEditorViewModel viewModel, TaskExecutor executor) {
        super(6);
        this.viewModel = viewModel;
        this.executor = executor;
        setId("audio-picker");
        TextField search = new TextField();
        search.setPromptText("Search the library");
        search.setId("audio-search");
        search.textProperty().addListener((obs, o, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(t -> needle.isEmpty() || t.title().toLowerCase(Locale.ROOT).contains(needle));
        });
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setId("audio-refresh");
        refresh.setOnAction(e -> reload());
        refresh.setAccessibleText("Reload the library");
        HBox top = new HBox(6, search, refresh);
        HBox.setHgrow(search, Priority.ALWAYS);
        list.setId("audio-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new TrackCell());
        list.setPlaceholder(status);
        status.setWrapText(true);
        status.setId("audio-status");
        status.getStyleClass().add("muted");
        Button use = new Button("Use for selected", new FontIcon("fth-check"));
        use.setId("audio-use");
        use.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> assign(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                assign(list.getSelectionModel().getSelectedItem());
            }
        });
        getChildren().addAll(top, list, use);
        reload();
    }

    void reload() {
        status.setText("Loading the library…");
        executor.submit(BackgroundTask.of("Listing the audio library", ctx -> List.copyOf(viewModel.audioLibrary().tracks()))
                .onSuccess(found -> {
                    tracks.setAll(found);
                    status.setText(viewModel.audioLibrary().unavailableReason()
                            .orElse(found.isEmpty() ? "The library has no tracks yet. Import audio on the Library page."
                                    : "No track matches the search."));
                })
                .onFailure(error -> status.setText("The library could not be read: " + error.getMessage())));
    }

    private void assign(AudioTrack track) {
        if (track != null && !viewModel.selection().isEmpty()) {
            viewModel.setAudio(List.copyOf(viewModel.selection()), track);
        }
    }

    private static final class TrackCell extends ListCell<AudioTrack> {
        TrackCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(CanvasGestures.TRACK, TrackDrop.encode(getItem()));
                content.putString(getItem().title());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(AudioTrack item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title() + "  " + Durations.clock(item.seconds()));
            setGraphic(empty || item == null ? null : new FontIcon("fth-music"));
        }
    }
}
