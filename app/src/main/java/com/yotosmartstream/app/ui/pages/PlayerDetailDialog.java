package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.dashboard.EventLog;
import com.yotosmartstream.app.dashboard.HistoryStore;
import com.yotosmartstream.app.dashboard.PlayerDetailViewModel;
import com.yotosmartstream.client.mqtt.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** A player's event log and 24-hour history, in a window of its own. */
final class PlayerDetailDialog {

    private final Stage stage = new Stage();
    private final Timeline refresh;

    PlayerDetailDialog(Window owner, PlayerDetailViewModel vm) {
        stage.initOwner(owner);
        stage.setTitle(vm.name() + ": details");
        TabPane tabs = new TabPane(new Tab("Event log", eventLog(vm)), new Tab("Last 24 hours", history(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 900, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        refresh = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> vm.refresh()));
        refresh.setCycleCount(Animation.INDEFINITE);
        stage.setOnHidden(e -> refresh.stop());
        vm.loadHistory();
    }

    void show() {
        stage.show();
        refresh.play();
    }

    Stage stage() {
        return stage;
    }

    private static BorderPane eventLog(PlayerDetailViewModel vm) {
        ComboBox<Optional<Topics.Kind>> topic = new ComboBox<>(FXCollections.observableArrayList());
        topic.setId("log-topic");
        topic.getItems().add(Optional.empty());
        for (Topics.Kind kind : Topics.Kind.values()) {
            topic.getItems().add(Optional.of(kind));
        }
        topic.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Topics.Kind> kind) {
                return kind == null || kind.isEmpty() ? "All topics" : kind.get().suffix();
            }

            @Override
            public Optional<Topics.Kind> fromString(String text) {
                return Optional.empty();
            }
        });
        topic.valueProperty().bindBidirectional(vm.topicProperty());
        TextField field = new TextField();
        field.setId("log-field");
        field.setPromptText("Field, e.g. volume");
        field.textProperty().bindBidirectional(vm.fieldProperty());
        ToggleButton pause = new ToggleButton("Pause", new FontIcon("fth-pause"));
        pause.setId("log-pause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        Button copy = new Button("Copy as JSON", new FontIcon("fth-copy"));
        copy.setId("log-copy");
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.selectedJson());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox filters = new HBox(8, topic, field, pause, copy);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        TableView<EventLog.Entry> table = new TableView<>(vm.entries());
        table.setId("log-table");
        table.getColumns().add(column("Time", 90, vm::timeOf));
        TableColumn<EventLog.Entry, String> changes = column("What happened", 500, EventLog.Entry::summary);
        table.getColumns().add(changes);
        table.getColumns().add(column("Topic", 110, e -> e.kind().suffix()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                vm.selectedProperty().set(entry);
            }
        });
        Label empty = new Label("No messages yet.");
        table.setPlaceholder(empty);
        TextArea detail = new TextArea();
        detail.setId("log-detail");
        detail.setPromptText("Click a message to see it as the player sent it (JSON).");
        detail.setEditable(false);
        detail.textProperty().bind(vm.selectedTextProperty());
        detail.setStyle("-fx-font-family: monospace;");
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        BorderPane pane = new BorderPane(split);
        pane.setTop(filters);
        return pane;
    }

    private static TableColumn<EventLog.Entry, String> column(String title, double width,
            java.util.function.Function<EventLog.Entry, String> value) {
        TableColumn<EventLog.Entry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static VBox history(PlayerDetailViewModel vm) {
        NumberAxis hours = new NumberAxis(-24, 0, 2);
        hours.setLabel("time of day (local)");
        // x is hours from the last whole local hour, so the ticks (multiples of 2) fall on whole hours
        double[] past = {vm.hoursPastTheHour()};
        hours.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number x) {
                return vm.clockAt(past[0] - x.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("%");
        LineChart<Number, Number> chart = new LineChart<>(hours, percent);
        chart.setId("history-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> battery = new XYChart.Series<>();
        battery.setName("Battery %");
        XYChart.Series<Number, Number> volume = new XYChart.Series<>();
        volume.setName("Volume (% of 16 steps)");
        XYChart.Series<Number, Number> playing = new XYChart.Series<>();
        playing.setName("Playing");
        chart.getData().addAll(java.util.List.of(battery, volume, playing));
        Runnable fill = () -> {
            past[0] = vm.hoursPastTheHour();
            hours.setLowerBound(past[0] - 24);
            hours.setUpperBound(1);
            battery.getData().clear();
            volume.getData().clear();
            playing.getData().clear();
            for (HistoryStore.Sample s : vm.samples()) {
                double x = past[0] - vm.hoursAgo(s.at());
                if (s.battery() != null) {
                    battery.getData().add(new XYChart.Data<>(x, s.battery()));
                }
                if (s.volume() != null) {
                    volume.getData().add(new XYChart.Data<>(x, s.volume() * 100.0 / 16));
                }
                playing.getData().add(new XYChart.Data<>(x, s.playing() ? 100 : 0));
            }
        };
        vm.samples().addListener((ListChangeListener<HistoryStore.Sample>) change -> fill.run());
        fill.run();
        Label problem = new Label();
        problem.setId("history-problem");
        problem.textProperty().bind(vm.historyProblemProperty());
        problem.visibleProperty().bind(vm.historyProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button reload = new Button("Reload", new FontIcon("fth-refresh-cw"));
        reload.setOnAction(e -> vm.loadHistory());
        HBox top = new HBox(8, reload, problem);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, chart);
        box.setPadding(new Insets(8));
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
