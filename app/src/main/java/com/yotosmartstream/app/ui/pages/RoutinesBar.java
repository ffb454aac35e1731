package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.routines.RoutinesViewModel;
import com.yotosmartstream.client.routine.Routine;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Dashboard's routines: one button per routine that runs it, a button that opens the editor,
 * and what the last run did on each player.
 */
final class RoutinesBar {

    private final VBox view;
    private final FlowPane buttons = new FlowPane(8, 8);

    RoutinesBar(RoutinesViewModel vm, Runnable edit) {
        Label heading = new Label("Routines", new FontIcon("fth-moon"));
        heading.getStyleClass().add(Styles.TITLE_4);
        buttons.setId("routine-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        Button editButton = new Button("Edit routines…", new FontIcon("fth-edit-2"));
        editButton.setId("routines-edit");
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        editButton.setOnAction(e -> edit.run());
        vm.routines().addListener((ListChangeListener<Routine>) change -> rebuild(vm, editButton));
        rebuild(vm, editButton);

        Label status = new Label();
        status.setId("routine-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        VBox report = new VBox(2);
        report.setId("routine-report");
        vm.lastReport().addListener((ListChangeListener<String>) change -> report.getChildren().setAll(
                vm.lastReport().stream().map(RoutinesBar::line).toList()));
        view = new VBox(8, heading, buttons, status, report);
        view.getStyleClass().add("routines-bar");
    }

    private static Node line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(text.contains(": failed") ? Styles.DANGER
                : text.contains("skipped") ? Styles.WARNING : Styles.TEXT_MUTED);
        return label;
    }

    private void rebuild(RoutinesViewModel vm, Button edit) {
        buttons.getChildren().clear();
        for (Routine routine : vm.routines()) {
            Button run = new Button(routine.name(), new FontIcon("fth-play"));
            run.setId("routine-run-" + RoutineEditorDialog.idOf(routine.name()));
            run.setMinWidth(Region.USE_PREF_SIZE);
            run.disableProperty().bind(vm.runningProperty());
            run.setOnAction(e -> vm.run(routine));
            buttons.getChildren().add(run);
        }
        buttons.getChildren().add(edit);
    }

    VBox view() {
        return view;
    }
}
