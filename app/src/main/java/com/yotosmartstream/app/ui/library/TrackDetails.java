package com.yotosmartstream.app.ui.library;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.PreviewPlayer;
import com.yotosmartstream.app.library.TrackRow;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.streamer.server.AccessEntry;
import com.yotosmartstream.streamer.server.AccessLogStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected track: cover, editable title and artist, what it is, its chapters (and a card made
 * of them), preview playback with a position slider, its stream URL with copy and self-check, its
 * access log, and delete.
 */
final class TrackDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final LibraryViewModel viewModel;
    private final ScrollPane view;
    private final ImageView cover = new ImageView();
    private final Label technical = new Label();
    private final Label detail = new Label();

    TrackDetails(LibraryViewModel viewModel) {
        this.viewModel = viewModel;
        Label empty = new Label("Select a track to see and edit it, play it, or copy its stream link.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        VBox content = new VBox(14, header(), names(), message(),
                new ChapterSection(viewModel.chapters()).view(), link(), preview(), accessLog());
        content.getStyleClass().add("track-details");
        content.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(viewModel.selectedProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox box = new VBox(empty, content);
        box.getStyleClass().add("track-details-box");
        view = new ScrollPane(box);
        view.setFitToWidth(true);
        view.setId("library-details");
        viewModel.selectedProperty().addListener((obs, old, row) -> show(row));
        show(viewModel.selectedProperty().get());
    }

    ScrollPane view() {
        return view;
    }

    private void show(TrackRow row) {
        if (row == null) {
            cover.setImage(null);
            return;
        }
        Optional<Path> picture = viewModel.cover(row);
        cover.setImage(picture.map(p -> new Image(p.toUri().toString(), 144, 144, true, true, true)).orElse(null));
        technical.setText(row.technical() + " \u00b7 " + Durations.clock(row.duration()) + " \u00b7 "
                + TrackRow.formatSize(row.size()));
        String file = row.track().fileName() + (row.album().isEmpty() ? "" : " \u00b7 " + row.album());
        String status = row.track().statusDetail().isEmpty() ? "" : "\n" + row.track().statusDetail();
        detail.setText(file + status);
        detail.getStyleClass().remove(Styles.WARNING);
        if (!row.track().statusDetail().isEmpty()) {
            detail.getStyleClass().add(Styles.WARNING);
        }
    }

    private Node header() {
        cover.setId("library-cover");
        cover.setFitWidth(144);
        cover.setFitHeight(144);
        cover.setPreserveRatio(true);
        FontIcon none = new FontIcon("fth-music");
        none.getStyleClass().add("cover-placeholder-icon");
        StackPane frame = new StackPane(none, cover);
        frame.getStyleClass().add("cover-frame");
        frame.setMinSize(144, 144);
        frame.setMaxSize(144, 144);
        none.visibleProperty().bind(cover.imageProperty().isNull());
        technical.setId("library-technical");
        technical.setWrapText(true);
        detail.setId("library-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane actions = new FlowPane(8, 6, retry(), delete());
        VBox text = new VBox(6, technical, detail, actions);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(14, frame, text);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Node names() {
        TextField title = new TextField();
        title.setId("library-title");
        title.textProperty().bindBidirectional(viewModel.editTitleProperty());
        TextField artist = new TextField();
        artist.setId("library-artist");
        artist.textProperty().bindBidirectional(viewModel.editArtistProperty());
        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("library-save");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setDefaultButton(false);
        save.setOnAction(e -> viewModel.save());
        title.setOnAction(e -> viewModel.save());
        artist.setOnAction(e -> viewModel.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fixed(new Label("Title")), title);
        grid.addRow(1, fixed(new Label("Artist")), artist, save);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(artist, Priority.ALWAYS);
        return grid;
    }

    private Node preview() {
        PreviewPlayer player = viewModel.player();
        Button play = new Button();
        play.setId("library-preview-play");
        play.getStyleClass().addAll(Styles.BUTTON_ICON);
        play.graphicProperty().bind(Bindings.when(player.playingProperty()).then((Node) new FontIcon("fth-pause"))
                .otherwise((Node) new FontIcon("fth-play")));
        play.setTooltip(new Tooltip("Play on this computer"));
        play.setOnAction(e -> viewModel.togglePreview());
        Slider slider = new Slider(0, 1, 0);
        slider.setId("library-preview-slider");
        slider.maxProperty().bind(Bindings.max(1, player.durationProperty()));
        player.positionProperty().addListener((obs, old, now) -> {
            if (!slider.isValueChanging()) {
                slider.setValue(now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                player.seek(slider.getValue());
            }
        });
        slider.setOnMouseReleased(e -> player.seek(slider.getValue()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label time = new Label();
        time.setId("library-preview-time");
        time.textProperty().bind(Bindings.createStringBinding(() -> {
            double known = player.durationProperty().get();
            TrackRow row = viewModel.selectedProperty().get();
            Duration total = known > 0 ? Duration.ofMillis(Math.round(known * 1000))
                    : row == null ? Duration.ZERO : row.duration();
            return Durations.clock(Duration.ofMillis(Math.round(player.positionProperty().get() * 1000)))
                    + " / " + Durations.clock(total);
        }, player.positionProperty(), player.durationProperty(), viewModel.selectedProperty()));
        fixed(time);
        HBox controls = new HBox(10, play, slider, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("library-preview-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.WARNING);
        error.textProperty().bind(player.errorProperty());
        error.visibleProperty().bind(player.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return section("Preview", controls, error);
    }

    private static final String COPY_LINK = "Copy link";

    private Node link() {
        TextField url = new TextField();
        url.setId("library-url");
        url.setEditable(false);
        url.textProperty().bind(Bindings.when(viewModel.streamUrlProperty().isEmpty())
                .then("No link yet: the track is not ready or the server is off").otherwise(viewModel.streamUrlProperty()));
        Button copy = new Button(COPY_LINK, new FontIcon("fth-copy"));
        copy.setId("library-copy-url");
        copy.disableProperty().bind(viewModel.streamUrlProperty().isEmpty());
        // "Copied" says the click worked, for a moment, then the button reads as before
        javafx.animation.PauseTransition copiedFor = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        copiedFor.setOnFinished(e -> copy.setText(COPY_LINK));
        viewModel.streamUrlProperty().addListener((obs, old, now) -> {
            copiedFor.stop();
            copy.setText(COPY_LINK);
        });
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.streamUrlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            copiedFor.playFromStart();
        });
        Button check = new Button("Check", new FontIcon("fth-check-circle"));
        check.setId("library-self-check");
        check.setTooltip(new Tooltip("Fetch the link as a player would and compare the bytes"));
        check.disableProperty().bind(viewModel.streamUrlProperty().isEmpty().or(viewModel.checkingProperty()));
        check.setOnAction(e -> viewModel.runSelfCheck());
        url.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, fixed(copy), fixed(check));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(8, url, buttons);
        ListView<String> result = new ListView<>(viewModel.selfCheckLines());
        result.setId("library-self-check-result");
        result.setPrefHeight(120);
        result.visibleProperty().bind(Bindings.isNotEmpty(viewModel.selfCheckLines()));
        result.managedProperty().bind(result.visibleProperty());
        return section("Stream link", row, result);
    }

    private Node accessLog() {
        ListView<AccessEntry> log = new ListView<>(viewModel.accessLog());
        log.setId("library-access-log");
        log.setPrefHeight(130);
        log.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AccessEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });
        Label none = new Label("No player has fetched it in the last "
                + AccessLogStore.Retention.DEFAULT.maxAge().toDays() + " days.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        log.setPlaceholder(none);
        return section("Played by", log);
    }

    static String describe(AccessEntry entry) {
        String range = entry.range().isEmpty() ? "whole file" : entry.range();
        return TIME.format(entry.at()) + "  " + entry.client() + "  " + entry.method() + " " + range + "  \u2192 "
                + entry.status() + ", " + TrackRow.formatSize(entry.bytes()) + "  (" + entry.grantLabel() + ")";
    }

    private Node retry() {
        Button retry = fixed(new Button("Retry", new FontIcon("fth-refresh-cw")));
        retry.setId("library-retry");
        retry.setTooltip(new Tooltip("Convert it again (after a failure, or after the app stopped twice while"
                + " converting it)"));
        retry.getStyleClass().add(Styles.SMALL);
        retry.visibleProperty().bind(viewModel.retryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> viewModel.retrySelected());
        return retry;
    }

    private Node delete() {
        Button delete = fixed(new Button("Delete", new FontIcon("fth-trash-2")));
        delete.setId("library-delete");
        delete.setTooltip(new Tooltip("Remove it from the library; its links stop working (Undo brings it back)"));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.SMALL);
        delete.setOnAction(e -> viewModel.deleteSelected());
        return delete;
    }

    private Node message() {
        Label message = new Label();
        message.setId("library-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        return message;
    }

    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static Node section(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title);
        box.getChildren().addAll(content);
        return box;
    }
}
