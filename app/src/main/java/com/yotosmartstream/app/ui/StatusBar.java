package com.yotosmartstream.app.ui;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.AppInfo;
import com.yotosmartstream.app.shell.ServiceStatus;
import com.yotosmartstream.app.shell.ShellViewModel;
import java.util.Locale;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip at the bottom: the cloud connection, the streaming server, the background work in
 * progress (with cancel), and the version.
 */
final class StatusBar {

    private final HBox view = new HBox();
    private final HBox tasks = new HBox(6);
    private final Label taskLabel = new Label();
    private final ProgressBar taskProgress = new ProgressBar();
    private final Button cancelTask = new Button(null, new FontIcon("fth-x"));
    private final ObservableList<Task<?>> running;

    StatusBar(ShellViewModel viewModel, ObservableList<Task<?>> running, AppInfo info) {
        this.running = running;
        view.getStyleClass().add("status-bar");
        view.setAlignment(Pos.CENTER_LEFT);

        Label version = new Label("v" + info.version());
        version.setId("status-version");
        version.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        view.getChildren().addAll(indicator("status-cloud", viewModel.cloudStatusProperty()),
                indicator("status-server", viewModel.serverStatusProperty()),
                indicator("status-warnings", viewModel.warningStatusProperty()), spacer, taskView(), version);
    }

    HBox view() {
        return view;
    }

    /** A dot and a line with the detail as its tooltip; hidden while the status is null. */
    private HBox indicator(String id, ObservableObjectValue<ServiceStatus> status) {
        Circle dot = new Circle(4);
        dot.getStyleClass().add("status-dot");
        Label label = new Label();
        label.setId(id);
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        label.setTooltip(tooltip);
        HBox box = new HBox(6, dot, label);
        box.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            ServiceStatus s = status.get();
            box.setVisible(s != null);
            box.setManaged(s != null);
            if (s == null) {
                return;
            }
            label.setText(s.text());
            tooltip.setText(s.detail());
            dot.getStyleClass().removeIf(c -> c.startsWith("level-"));
            dot.getStyleClass().add("level-" + s.level().name().toLowerCase(Locale.ROOT));
        };
        status.addListener((obs, old, now) -> show.run());
        show.run();
        return box;
    }

    private HBox taskView() {
        tasks.setId("status-tasks");
        tasks.setAlignment(Pos.CENTER_LEFT);
        taskProgress.setPrefWidth(120);
        cancelTask.setId("status-tasks-cancel");
        cancelTask.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancelTask.setTooltip(new Tooltip("Cancel this task"));
        tasks.getChildren().addAll(taskProgress, taskLabel, cancelTask);
        running.addListener((ListChangeListener<Task<?>>) change -> showNewestTask());
        showNewestTask();
        return tasks;
    }

    private void showNewestTask() {
        boolean busy = !running.isEmpty();
        tasks.setVisible(busy);
        tasks.setManaged(busy);
        taskLabel.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        if (!busy) {
            return;
        }
        Task<?> task = running.get(running.size() - 1);
        int others = running.size() - 1;
        taskLabel.textProperty().bind(task.titleProperty().concat(others > 0 ? " (+" + others + " more)" : "")
                .concat(task.messageProperty().map(m -> m.isBlank() ? "" : ": " + m).orElse("")));
        taskProgress.progressProperty().bind(task.progressProperty());
        cancelTask.setOnAction(e -> task.cancel(false));
    }
}
