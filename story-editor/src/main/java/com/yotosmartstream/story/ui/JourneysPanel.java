package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.text.Durations;
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
import javafx.scene.layout.Region;
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
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    /** The least width at which the table and the path fit side by side. */
    private static final double SIDE_BY_SIDE_WIDTH = 580;

    JourneysPanel(StoryTraceViewModel trace) {
        setId("journeys-panel");
        getStyleClass().add("journeys-panel");

        Label live = new Label();
        live.setId("trace-status");
        live.setTooltip(new Tooltip());
        live.getTooltip().textProperty().bind(trace.liveTextProperty());
        live.getTooltip().setWrapText(true);
        live.getTooltip().setMaxWidth(480);
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
        // the columns share the table's width (each down to most of its own), so none is out of view
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Player", 96, 70, Journey::playerName));
        table.getColumns().add(column("When", 84, 66, j -> when(j.started())));
        table.getColumns().add(column("Length", 72, 72, j -> time(j.length())));
        table.getColumns().add(column("Nodes", 68, 68, j -> Integer.toString(j.nodesVisited().size())));
        table.getColumns().add(column("How it ended", 180, 132, j -> j.outcome().label()));
        table.setMinWidth(416); // every column at its least width, headings whole
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
        Label pick = new Label("Select a journey to see its path.");
        pick.setWrapText(true);
        steps.setPlaceholder(pick);
        steps.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
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
        delete.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        live.setMaxWidth(Double.MAX_VALUE);
        live.setMinWidth(0);
        live.setWrapText(true); // a long state wraps beside the buttons rather than being cut short
        HBox.setHgrow(live, Priority.ALWAYS);
        HBox statusRow = new HBox(8, live, delete, clear);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.SplitPane body = new javafx.scene.control.SplitPane(table, steps);
        body.setDividerPositions(0.62);
        steps.setMinWidth(160);
        // side by side where there is room for both; on a narrow window the path goes under the table
        widthProperty().addListener((obs, old, width) -> {
            javafx.geometry.Orientation wanted = width.doubleValue() < SIDE_BY_SIDE_WIDTH
                    ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL;
            if (body.getOrientation() != wanted) {
                body.setOrientation(wanted);
                body.setDividerPositions(wanted == javafx.geometry.Orientation.VERTICAL ? 0.55 : 0.62);
            }
        });
        body.getStyleClass().add("journeys-split");
        VBox top = new VBox(4, statusRow, problem);
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
            if (last && journey.outcome() == Outcome.NOT_PLAYED) {
                lines.add((i + 1) + ". " + trace.nodeTitle(step) + "  ·  did not play");
                continue;
            }
            String left = !last ? step.leftBy().label() : switch (journey.outcome()) {
                case PLAYING -> "playing now";
                case TIMED_OUT -> "no answer before its track ended";
                default -> step.leftBy().label();
            };
            lines.add((i + 1) + ". " + trace.nodeTitle(step) + "  ·  " + time(step.spent()) + "  ·  " + left);
        }
        lines.add(journey.outcome() == Outcome.PLAYING ? "Still playing" : "Ended: " + journey.outcome().label());
        return lines;
    }

    /** A column {@code width} wide that the table may narrow to {@code min}, where its heading is still whole. */
    private static TableColumn<Journey, String> column(String title, double width, double min,
            Function<Journey, String> value) {
        TableColumn<Journey, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The time alone for today, else the date and time. */
    static String when(java.time.Instant at) {
        boolean today = at.atZone(ZoneId.systemDefault()).toLocalDate().equals(java.time.LocalDate.now());
        return (today ? TODAY : WHEN).format(at);
    }

    /** A journey's times, rounded to the nearest second. */
    static String time(Duration duration) {
        return Durations.clock(duration.toMillis() / 1000.0);
    }
}
