package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.library.StoryIcon;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icons a node can show on the player, as a grid of buttons; "None" clears the icon. While it
 * is in a window it hears the icon library's changes and lists the icons again (an icon saved on
 * the Icons page shows here at once).
 */
final class IconPicker extends VBox {

    private final StoryEditorViewModel viewModel;
    private final IconImages images;
    private final FlowPane grid = new FlowPane(4, 4);
    private final Label status = new Label();
    private final Runnable onLoaded;
    private final TaskExecutor executor;
    private AutoCloseable listening;
    private boolean reloadQueued;
    /** It stopped listening for a while (out of the window), so it may have missed changes. */
    private boolean mayBeStale;

    IconPicker(StoryEditorViewModel viewModel, IconImages images, TaskExecutor executor, Runnable onLoaded) {
        super(6);
        this.viewModel = viewModel;
        this.images = images;
        this.onLoaded = onLoaded;
        setId("icon-picker");
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.setId("icon-status");
        getChildren().addAll(grid, status);
        this.executor = executor;
        load();
        sceneProperty().addListener((obs, old, scene) -> listen(scene != null));
        listen(getScene() != null);
    }

    private void load() {
        executor.submit(BackgroundTask.of("Listing icons", ctx -> new Listed(
                        List.copyOf(viewModel.iconLibrary().icons()), viewModel.iconLibrary().unavailableReason()))
                .onSuccess(this::show)
                .onFailure(error -> status.setText("The icons could not be read: " + error.getMessage())));
    }

    private void listen(boolean shown) {
        if (shown && listening == null) {
            if (mayBeStale) {
                load();
            }
            listening = viewModel.iconLibrary().onChange(() -> javafx.application.Platform.runLater(() -> {
                if (!reloadQueued) { // a burst of changes lists the icons once
                    reloadQueued = true;
                    javafx.application.Platform.runLater(() -> {
                        reloadQueued = false;
                        load();
                    });
                }
            }));
        } else if (!shown && listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(IconPicker.class).debug("Could not stop listening", e);
            }
            listening = null;
            mayBeStale = true;
        }
    }

    /** The icons and why there are none, both read in the background (the library may block). */
    private record Listed(List<StoryIcon> icons, java.util.Optional<String> unavailable) {
    }

    private void show(Listed listed) {
        List<StoryIcon> icons = listed.icons();
        images.setIcons(icons);
        grid.getChildren().clear();
        Button none = new Button(null, new FontIcon("fth-slash"));
        none.setId("icon-none");
        none.setTooltip(new Tooltip("No icon"));
        none.setOnAction(e -> viewModel.setIcon(List.copyOf(viewModel.selection()), null));
        grid.getChildren().add(none);
        for (StoryIcon icon : icons) {
            ImageView view = new ImageView(IconImages.image(icon));
            view.setFitWidth(24);
            view.setFitHeight(24);
            view.setSmooth(false);
            Button button = new Button(null, view);
            button.setTooltip(new Tooltip(icon.name()));
            button.getStyleClass().add("icon-choice");
            button.setOnAction(e -> viewModel.setIcon(List.copyOf(viewModel.selection()), icon.ref()));
            grid.getChildren().add(button);
        }
        status.setText(listed.unavailable().orElse(icons.isEmpty()
                ? "No icons yet. Paint some on the Icons page." : ""));
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
        onLoaded.run();
    }
}
