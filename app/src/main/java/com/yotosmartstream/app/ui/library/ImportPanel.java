package com.yotosmartstream.app.ui.library;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.cards.FolderCards;
import com.yotosmartstream.app.library.ImportViewModel;
import com.yotosmartstream.app.library.ReportLine;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import in progress (bar, what it does now, cancel), the report of the last one, and a card
 * of each folder it walked.
 */
final class ImportPanel {

    private final VBox view;

    ImportPanel(ImportViewModel viewModel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("library-import-progress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label text = new Label();
        text.setId("library-import-text");
        text.textProperty().bind(viewModel.progressTextProperty());
        Button cancel = new Button("Cancel", new FontIcon("fth-x"));
        cancel.setId("library-import-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        HBox progress = new HBox(10, bar, text, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.getStyleClass().add("import-progress");
        progress.visibleProperty().bind(viewModel.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        ListView<ReportLine> lines = new ListView<>(viewModel.report());
        lines.setId("library-report");
        lines.setPrefHeight(130);
        lines.setMinHeight(100);
        lines.getStyleClass().add(Styles.DENSE);
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReportLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("problem");
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(line.toString());
                setTooltip(new javafx.scene.control.Tooltip(line.file()));
                setGraphic(new FontIcon(line.problem() ? "fth-alert-triangle" : "fth-check"));
                if (line.problem()) {
                    getStyleClass().add("problem");
                }
            }
        });
        TitledPane report = new TitledPane();
        report.setId("library-report-pane");
        report.textProperty().bind(Bindings.concat("Last import: ", viewModel.summaryProperty()));
        report.setContent(lines);
        report.setExpanded(false);
        report.setAnimated(false);
        report.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());
        report.getStyleClass().add(Styles.DENSE);
        viewModel.report().addListener((ListChangeListener<ReportLine>) change -> {
            if (viewModel.report().stream().anyMatch(ReportLine::problem)) {
                report.setExpanded(true);
            }
        });
        HBox.setHgrow(report, Priority.ALWAYS);
        view = new VBox(8, progress, report, folderCards(viewModel));
    }

    /** "Make a card of [folder] [Make card]" after an import that walked folders (one card a folder). */
    private static HBox folderCards(ImportViewModel viewModel) {
        ComboBox<FolderCards.FolderDraft> folders = new ComboBox<>(viewModel.folderCards());
        folders.setId("library-folder-cards");
        folders.setMaxWidth(420);
        viewModel.folderCards().addListener((ListChangeListener<FolderCards.FolderDraft>) change -> {
            if (!viewModel.folderCards().isEmpty()) {
                folders.getSelectionModel().selectFirst();
            }
        });
        Button make = new Button("Make card", new FontIcon("fth-credit-card"));
        make.setId("library-folder-card-make");
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.disableProperty().bind(folders.valueProperty().isNull());
        make.setOnAction(e -> viewModel.makeCard(folders.getValue()));
        Label label = new Label("Make a card of a folder:");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(folders, Priority.SOMETIMES);
        HBox row = new HBox(10, label, folders, make);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.isNotEmpty(viewModel.folderCards()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    VBox view() {
        return view;
    }
}
