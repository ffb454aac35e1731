package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.settings.DiagnosticsViewModel;
import com.yotosmartstream.app.ui.Desktop;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Settings page's "Diagnostics" section: recording player traffic to share in an issue. */
final class DiagnosticsSection {

    private final VBox view;

    DiagnosticsSection(DiagnosticsViewModel viewModel, Desktop desktop) {
        Button start = new Button("Record player traffic", new FontIcon("fth-disc"));
        start.setId("settings-record-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(viewModel.recordingProperty().or(viewModel.busyProperty()));
        start.setOnAction(e -> viewModel.start());
        Button stop = new Button("Stop", new FontIcon("fth-stop-circle"));
        stop.setId("settings-record-stop");
        stop.disableProperty().bind(viewModel.recordingProperty().not().or(viewModel.busyProperty()));
        stop.setOnAction(e -> viewModel.stop());
        Label summary = new Label();
        summary.setId("settings-record-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        start.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, start, stop, summary);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TextField file = new TextField();
        file.setId("settings-record-file");
        file.setEditable(false);
        file.setPromptText("traffic-<date>-<time>.jsonl, in " + viewModel.folder());
        // the file's name (its folder opens with the button; the whole path is in the tooltip)
        file.textProperty().bind(viewModel.fileProperty().map(path -> path.isEmpty() ? ""
                : Path.of(path).getFileName().toString()));
        javafx.scene.control.Tooltip where = new javafx.scene.control.Tooltip();
        where.textProperty().bind(viewModel.fileProperty());
        file.setTooltip(where);
        Button open = new Button("Open folder", new FontIcon("fth-folder"));
        open.setId("settings-record-open");
        open.disableProperty().bind(viewModel.fileProperty().isEmpty());
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> desktop.open(folderOf(viewModel)));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = new HBox(8, file, open);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(120), values);
        grid.addRow(0, new Label("Player traffic"), buttons);
        grid.addRow(1, new Label("File"), fileRow);

        Label problem = new Label();
        problem.setId("settings-record-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label note = new Label(DiagnosticsViewModel.SHARING_NOTE);
        note.setId("settings-record-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);

        Label title = new Label("Diagnostics");
        title.getStyleClass().add(Styles.TITLE_4);
        view = new VBox(10, title, grid, problem, note);
        view.getStyleClass().add("settings-section");
        view.setId("settings-diagnostics");
    }

    VBox view() {
        return view;
    }

    /** The folder of the recording shown. */
    private static Path folderOf(DiagnosticsViewModel viewModel) {
        Path shown = Path.of(viewModel.fileProperty().get()).getParent();
        return shown == null ? viewModel.folder() : shown;
    }
}
