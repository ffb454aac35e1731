package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.cards.CardsViewModel;
import com.yotosmartstream.app.cards.TripModeViewModel;
import com.yotosmartstream.core.text.Durations;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The account's own cards: cover, title, chapters, length, delivery and last update; New, Refresh, Delete. */
final class CardList {

    private final VBox view;
    private final ListView<CardRow> list = new ListView<>();

    CardList(CardsViewModel viewModel, Clock clock, Consumer<CardRow> confirmDelete,
            Consumer<List<CardRow>> chooseOfflineReady) {
        TripModeViewModel trip = viewModel.tripMode();
        Button newCard = new Button("New card", new FontIcon("fth-plus"));
        newCard.setId("card-new");
        newCard.setOnAction(e -> viewModel.newCard());
        Button refresh = new Button("", new FontIcon("fth-refresh-cw"));
        refresh.setId("card-refresh");
        refresh.setTooltip(new Tooltip("List the cards on Yoto again"));
        refresh.setOnAction(e -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.loadingProperty());
        Button delete = new Button("", new FontIcon("fth-trash-2"));
        delete.setId("card-delete");
        delete.setTooltip(new Tooltip("Delete the selected card from Yoto"));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> confirmDelete.accept(list.getSelectionModel().getSelectedItem()));
        Button offline = new Button("Make offline-ready\u2026", new FontIcon("fth-briefcase"));
        offline.setId("card-offline-ready");
        offline.setTooltip(new Tooltip("Upload what these cards stream from this computer, so they play with it off"
                + " (in the car, on holiday)"));
        offline.setMaxWidth(Double.MAX_VALUE);
        offline.disableProperty().bind(trip.runningProperty());
        offline.visibleProperty().bind(Bindings.isNotEmpty(trip.candidates()));
        offline.managedProperty().bind(offline.visibleProperty());
        offline.setOnAction(e -> chooseOfflineReady.accept(List.copyOf(trip.candidates())));
        newCard.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(6, newCard, refresh, delete);

        list.setId("card-list");
        list.setItems(viewModel.cards());
        list.setPlaceholder(new Label("No cards yet"));
        list.setCellFactory(v -> new CardCell(clock));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != viewModel.selectedProperty().get()) {
                viewModel.open(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != list.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(row);
                }
            }
        });
        Label status = new Label();
        status.setId("card-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("muted");
        VBox.setVgrow(list, Priority.ALWAYS);
        view = new VBox(8, tools, list, offline, status, tripProgress(trip));
        view.setPadding(new Insets(12));
        view.setMinWidth(220); // room for the three tools above the list
        view.setPrefWidth(260);
    }

    VBox view() {
        return view;
    }

    /** Trip mode's progress and cancel while it runs, then what it did (and why a card was not changed). */
    private static VBox tripProgress(TripModeViewModel trip) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(trip.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("card-trip-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> trip.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox running = new HBox(6, bar, cancel);
        running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        running.visibleProperty().bind(trip.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label message = new Label();
        message.setId("card-trip-message");
        message.setWrapText(true);
        message.textProperty().bind(trip.messageProperty());
        Label failed = new Label();
        failed.setId("card-trip-failed");
        failed.setWrapText(true);
        failed.getStyleClass().add("muted");
        failed.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", trip.lines().stream()
                .filter(line -> !line.done()).map(Object::toString).toList()), trip.lines()));
        VBox box = new VBox(4, running, message, failed);
        box.visibleProperty().bind(trip.messageProperty().isNotEmpty().or(trip.runningProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Covers by address, loaded once however often cells are refilled (scrolling, refresh). */
    private final java.util.Map<String, Image> covers = new java.util.HashMap<>();

    private final class CardCell extends ListCell<CardRow> {
        private final Clock clock;
        private final ImageView cover = new ImageView();
        private final Label title = new Label();
        private final Label summary = new Label();
        private final Label updated = new Label();
        private final Label delivery = new Label();
        private final HBox box;

        CardCell(Clock clock) {
            this.clock = clock;
            cover.setFitWidth(40);
            cover.setFitHeight(40);
            cover.setPreserveRatio(true);
            StackPane frame = new StackPane(new FontIcon("fth-layers"), cover);
            frame.setMinSize(40, 40);
            frame.getStyleClass().add("card-cover-frame");
            title.getStyleClass().add("card-title");
            summary.getStyleClass().add("muted");
            summary.setWrapText(true);
            updated.getStyleClass().add("muted");
            delivery.getStyleClass().add("muted");
            delivery.setWrapText(true);
            VBox text = new VBox(2, title, summary, delivery, updated);
            HBox.setHgrow(text, Priority.ALWAYS);
            title.setWrapText(true);
            text.setMinWidth(0);
            box = new HBox(8, frame, text);
            setPrefWidth(0); // the list's width, not the text's, decides: long lines wrap
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            box.setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(CardRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            summary.setText(row.summary());
            delivery.setText((row.interactive() ? "story, " : "") + row.delivery()
                    + (row.needsThisComputer() ? ", needs this computer on" : ""));
            updated.setText(row.updated().map(at -> "updated " + Durations.ago(Duration.between(at, clock.instant())))
                    .orElse(""));
            cover.setImage(row.coverUrl().map(url -> covers.computeIfAbsent(url, u -> new Image(u, 80, 80, true, true,
                    true))).orElse(null));
            setGraphic(box);
        }
    }
}
