package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.editor.StoryWorkspaceViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Stories page: the document's title (marked while there are unsaved changes), New, Open,
 * Recent, Save, Save As, Twine import, Twee and card export, a banner offering work recovered after
 * a crash, the editor, and a status line. Refreshes the recovery copy every few seconds.
 */
public final class StoryWorkspaceView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final StoryWorkspaceViewModel viewModel;
    private final StoryEditorView editor;
    private final VBox banners = new VBox();
    private final MenuButton recent = new MenuButton("Recent", new FontIcon("fth-clock"));
    private final Timeline autosave;

    public StoryWorkspaceView(StoryWorkspaceViewModel viewModel, TaskExecutor executor) {
        this.viewModel = viewModel;
        setId("story-workspace");
        getStylesheets().add(StoryWorkspaceView.class.getResource(StoryEditorView.STYLESHEET).toExternalForm());
        editor = new StoryEditorView(viewModel.editor(), executor);

        Label title = new Label();
        title.setId("story-document-title");
        title.getStyleClass().add("story-document-title");
        title.textProperty().bind(viewModel.titleBinding());
        Label file = new Label();
        file.setId("story-document-file");
        file.getStyleClass().add("muted");
        file.textProperty().bind(viewModel.fileProperty().map(Path::toString).orElse(""));
        FontIcon pageIcon = new FontIcon("fth-git-branch");
        pageIcon.getStyleClass().add("story-heading-icon");
        Label card = new Label();
        card.setId("story-card");
        card.getStyleClass().add("story-card-label");
        card.setGraphic(new FontIcon("fth-credit-card"));
        card.textProperty().bind(viewModel.editor().storyProperty().map(s -> s.info().cardId()
                .map(id -> "On Yoto as card " + id).orElse("")));
        card.visibleProperty().bind(card.textProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        HBox heading = new HBox(10, pageIcon, title, file, card);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("story-heading");

        recent.setId("story-recent");
        viewModel.recent().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        ToolBar bar = new ToolBar(
                button("New", "fth-file-plus", "story-new", "New story (Ctrl+N)", viewModel::newStory),
                button("Open…", "fth-folder", "story-open", "Open a story (Ctrl+O)", viewModel::open),
                recent,
                button("Save", "fth-save", "story-save", "Save (Ctrl+S)", viewModel::save),
                button("Save As…", null, "story-save-as", "Save under another name (Ctrl+Shift+S)", viewModel::saveAs),
                new Separator(),
                publishButton(viewModel),
                new Separator(),
                button("Import Twine…", "fth-download", "story-import", "Import a Twee file or Twine HTML",
                        viewModel::importTwine),
                button("Export Twee…", "fth-upload", "story-export-twee", "Export as Twee 3", viewModel::exportTwee),
                button("Make card…", "fth-credit-card", "story-export-card",
                        "Compile to a Yoto interactive card and save its JSON", viewModel::exportCard));
        bar.getStyleClass().add("stories-toolbar");

        banners.setId("story-banners");
        viewModel.recoveries().addListener((ListChangeListener<RecoveryStore.Recovered>) c -> fillBanners());
        fillBanners();

        Label status = new Label();
        status.setId("story-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().add("story-status-line");
        statusLine.setStyle("-fx-padding: 2 10 2 10;");

        setTop(new VBox(heading, bar, banners));
        setCenter(editor);
        setBottom(statusLine);

        autosave = new Timeline(new KeyFrame(Duration.seconds(StoryWorkspaceViewModel.AUTOSAVE_SECONDS),
                e -> viewModel.autosaveTick()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    public StoryEditorView editor() {
        return editor;
    }

    public StoryWorkspaceViewModel viewModel() {
        return viewModel;
    }

    /** Stops the autosave timer, leaving a recovery copy if there are unsaved changes. */
    public void close() {
        autosave.stop();
        viewModel.close();
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : viewModel.recent()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + (path.getParent() == null ? "" : path.getParent()));
            item.setOnAction(e -> viewModel.openRecent(path));
            recent.getItems().add(item);
        }
        recent.setDisable(viewModel.recent().isEmpty());
    }

    private void fillBanners() {
        banners.getChildren().clear();
        for (RecoveryStore.Recovered found : viewModel.recoveries()) {
            Label text = new Label("Unsaved work from " + WHEN.format(found.savedAt()) + " was found: '"
                    + (found.story().title().isBlank() ? "Untitled story" : found.story().title()) + "' ("
                    + found.story().size() + " nodes" + found.file().map(f -> ", from " + f.getFileName()).orElse("")
                    + "). The app closed before it was saved.");
            text.setWrapText(true);
            text.setGraphic(new FontIcon("fth-life-buoy"));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button recover = new Button("Recover");
            recover.setId("recovery-recover");
            recover.setOnAction(e -> viewModel.recover(found));
            Button discard = new Button("Discard");
            discard.setId("recovery-discard");
            discard.setOnAction(e -> viewModel.discardRecovery(found));
            recover.setMinWidth(Region.USE_PREF_SIZE);
            discard.setMinWidth(Region.USE_PREF_SIZE);
            HBox banner = new HBox(text, recover, discard);
            banner.getStyleClass().add("recovery-banner");
            banner.setAlignment(Pos.CENTER_LEFT);
            banners.getChildren().add(banner);
        }
    }

    /**
     * "Publish as card…", disabled with the reason when publishing cannot happen now. A disabled
     * button shows no tooltip, so the reason sits on a wrapper around it.
     */
    private static javafx.scene.Node publishButton(StoryWorkspaceViewModel viewModel) {
        Button publish = button("Publish as card…", "fth-upload-cloud", "story-publish",
                "Put the story on Yoto as an interactive card (updates its card if it has one)", viewModel::publish);
        publish.disableProperty().bind(viewModel.publishUnavailableProperty().isNotEmpty());
        javafx.scene.layout.StackPane wrapper = new javafx.scene.layout.StackPane(publish);
        wrapper.setId("story-publish-wrapper");
        wrapper.getStyleClass().add("toolbar-button-wrapper");
        Tooltip why = new Tooltip();
        why.textProperty().bind(viewModel.publishUnavailableProperty());
        why.setWrapText(true);
        why.setMaxWidth(360);
        viewModel.publishUnavailableProperty().subscribe(reason -> {
            if (reason.isEmpty()) {
                Tooltip.uninstall(wrapper, why);
            } else {
                Tooltip.install(wrapper, why);
            }
        });
        return wrapper;
    }

    private static Button button(String text, String icon, String id, String tooltip, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void shortcuts(KeyEvent e) {
        if (KeyCombination.keyCombination("Shortcut+S").match(e)) {
            viewModel.save();
        } else if (KeyCombination.keyCombination("Shortcut+Shift+S").match(e)) {
            viewModel.saveAs();
        } else if (KeyCombination.keyCombination("Shortcut+O").match(e)) {
            viewModel.open();
        } else if (KeyCombination.keyCombination("Shortcut+N").match(e)) {
            viewModel.newStory();
        } else {
            return;
        }
        e.consume();
    }
}
