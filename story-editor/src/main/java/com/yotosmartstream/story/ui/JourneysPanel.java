package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryTraceViewModel;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.Outcome;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The open story's journeys: what plays it now, the recorded play-throughs on its card (player,
 * when, length, nodes visited, how it ended), and for the selected one its steps (node, time,
 * choice), while the canvas shows its path. A recorded journey can be deleted.
 */
final class JourneysPanel extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    JourneysPanel(StoryTraceViewModel trace) {
        setId("journeys-panel");
        getStyleClass().add("journeys-panel");

        Label live = new Label();
        live.setId("trace-status");
        live.setWrapText(true);
        live.setGraphic(new FontIcon("fth-radio"));
        live.getStyleClass().add("trace-status");
        live.textProperty().bind(trace.liveTextProperty());
        Label problem = new Label();
        problem.setId("trace-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("trace-problem");
        problem.textProperty().bind(trace.problemProperty());
        problem.visibleProperty().bind(trace.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TableView<Journey> table = new TableView<>(trace.journeys());
        table.setId("journey-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Player", 100, Journey::playerName));
        table.getColumns().add(column("When", 140, j -> WHEN.format(j.started())));
        table.getColumns().add(column("Length", 64, j -> time(j.length())));
        table.getColumns().add(column("Nodes", 64, j -> Integer.toString(j.nodesVisited().size())));
        table.getColumns().add(column("How it ended", 170, j -> j.outcome().label()));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(trace.cardIdProperty().map(card -> card.isEmpty()
                ? "Publish the story as a card: each time a player plays it, its path is recorded here."
                : "No journeys yet: each time a player plays this story's card, its path is recorded here."));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, journey) -> {
            if (journey != trace.selectedProperty().get()) {
                trace.selectedProperty().set(journey);
            }
        });
        trace.selectedProperty().addListener((obs, old, journey) -> {
            if (table.getSelectionModel().getSelectedItem() != journey) {
                if (journey == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(journey);
                }
            }
        });

        ListView<String> steps = new ListView<>();
        steps.setId("journey-steps");
        steps.setPlaceholder(new Label("Select a journey to see its path."));
        trace.selectedProperty().addListener((obs, old, journey) -> steps.getItems().setAll(steps(trace, journey)));
        Button delete = new Button("Delete", new FontIcon("fth-trash-2"));
        delete.setId("journey-delete");
        delete.setTooltip(new Tooltip("Delete the selected journey"));
        delete.disableProperty().bind(trace.selectedProperty().map(j -> j.id() == 0).orElse(true));
        delete.setOnAction(e -> trace.delete(trace.selectedProperty().get()));
        Button clear = new Button("Hide path", new FontIcon("fth-eye-off"));
        clear.setId("journey-hide");
        clear.disableProperty().bind(trace.selectedProperty().isNull());
        clear.setOnAction(e -> trace.selectedProperty().set(null));
        HBox buttons = new HBox(8, delete, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, steps, buttons);
        VBox.setVgrow(steps, Priority.ALWAYS);
        right.setPrefWidth(330);
        right.setMinWidth(220);

        HBox body = new HBox(10, table, right);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox top = new VBox(4, live, problem);
        top.getStyleClass().add("trace-top");
        setTop(top);
        setCenter(body);
    }

    private static List<String> steps(StoryTraceViewModel trace, Journey journey) {
        List<String> lines = new ArrayList<>();
        if (journey == null) {
            return lines;
        }
        List<Journey.Step> all = journey.steps();
        for (int i = 0; i < all.size(); i++) {
            Journey.Step step = all.get(i);
            boolean last = i == all.size() - 1;
            String left = last && journey.outcome() == Outcome.PLAYING ? "playing now" : step.leftBy().label();
            lines.add((i + 1) + ". " + trace.nodeTitle(step) + "  ·  " + time(step.spent()) + "  ·  " + left);
        }
        lines.add("Ended: " + journey.outcome().label());
        return lines;
    }

    private static TableColumn<Journey, String> column(String title, double width, Function<Journey, String> value) {
        TableColumn<Journey, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    static String time(Duration duration) {
        long s = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : s / 60 + ":" + String.format("%02d", s % 60);
    }
}
