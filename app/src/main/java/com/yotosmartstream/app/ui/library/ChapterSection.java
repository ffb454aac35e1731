package com.yotosmartstream.app.ui.library;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.library.TrackChaptersViewModel;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.streamer.chapters.Chapter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected track's chapter marks (number, title, start and length) and "Make a card from this
 * audiobook"; shown only for a track that has marks.
 */
final class ChapterSection {

    private final VBox view;

    ChapterSection(TrackChaptersViewModel viewModel) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.size(viewModel.chapters()).asString("Chapters (%d)"));
        ListView<Chapter> list = new ListView<>(viewModel.chapters());
        list.setId("library-chapters");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Chapter chapter, boolean empty) {
                super.updateItem(chapter, empty);
                setText(empty || chapter == null ? null : describe(getIndex(), chapter));
            }
        });
        Button make = new Button("Make a card from this audiobook", new FontIcon("fth-credit-card"));
        make.setId("library-make-card");
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.setTooltip(new Tooltip("Cut it into a track per chapter and open a card draft with one chapter per mark"));
        make.disableProperty().bind(viewModel.canMakeCardProperty().not());
        make.setOnAction(e -> viewModel.makeCard());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.makingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox row = new HBox(10, make, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("library-chapters-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        view = new VBox(8, heading, list, row, message);
        view.setId("library-chapters-section");
        view.visibleProperty().bind(Bindings.isNotEmpty(viewModel.chapters()).or(viewModel.makingProperty()));
        view.managedProperty().bind(view.visibleProperty());
    }

    Node view() {
        return view;
    }

    /** "3. The Storm · 2:00, 2:30 long". */
    static String describe(int index, Chapter chapter) {
        return (index + 1) + ". " + chapter.title() + "  \u00b7  " + Durations.clock(chapter.start()) + ", "
                + Durations.clock(chapter.length()) + " long";
    }
}
