package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The story editor: a toolbar (undo, add, layout, zoom, snap, find), the canvas with its minimap,
 * the side panel, and below the live problems list, the bedtime statistics (and the playtest, when one is
 * given). Ctrl+Z
 * and Ctrl+Shift+Z (or Ctrl+Y) undo and redo everywhere in it, text fields included, so there is
 * one undo history.
 */
public final class StoryEditorView extends BorderPane {

    static final String STYLESHEET = "/com/yotosmartstream/story/ui/story-editor.css";
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private final StoryEditorViewModel viewModel;
    private final StoryCanvas canvas;
    private final SidePanel side;
    private final TabPane bottom = new TabPane();
    private final SplitPane vertical;
    private final SplitPane horizontal;
    private final ToolBar toolbar;
    private com.yotosmartstream.story.editor.RecordViewModel recorder;
    private final ToggleButton recordMode = new ToggleButton("Record", new FontIcon("fth-mic"));
    private final TextField find = new TextField();
    private final Separator findSeparator = new Separator();
    private final Label findCount = new Label();
    private final IconImages icons = new IconImages();
    private com.yotosmartstream.story.editor.PlaytestViewModel playtest;
    /** The text field the user last clicked into (null after a click elsewhere): arrow keys stay its own. */
    private javafx.scene.control.TextInputControl clickedField;
    private List<String> found = List.of();
    private int foundAt = -1;

    public StoryEditorView(StoryEditorViewModel viewModel, TaskExecutor executor) {
        this.viewModel = viewModel;
        setId("story-editor");
        getStyleClass().add("story-editor");
        getStylesheets().add(StoryEditorView.class.getResource(STYLESHEET).toExternalForm());
        canvas = new StoryCanvas(viewModel, icons);
        side = new SidePanel(viewModel, icons, executor, canvas::refreshIcons);
        canvas.setOnOpenNode(id -> side.focusTitle());

        Minimap minimap = new Minimap(canvas);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(Minimap.MARGIN));
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add("zoom-level");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.viewport().scale() * 100) + " %",
                canvas.viewport().scaleProperty()));
        StackPane.setAlignment(zoom, Pos.BOTTOM_LEFT);
        StackPane.setMargin(zoom, new Insets(10));
        StackPane canvasArea = new StackPane(canvas, minimap, zoom);
        canvasArea.setMinSize(200, 200);

        Tab problems = new Tab();
        problems.setId("tab-problems");
        problems.textProperty().bind(LintPanel.summary(viewModel));
        problems.setContent(new LintPanel(viewModel, this::reveal));
        problems.setClosable(false);
        bottom.getTabs().add(problems);
        bottom.getStyleClass().add("story-bottom-tabs");
        Tab statistics = new Tab("Statistics");
        statistics.setId("tab-statistics");
        statistics.setClosable(false);
        statistics.setContent(new StatisticsPanel(new com.yotosmartstream.story.editor.StatisticsViewModel(viewModel,
                executor), viewModel, statistics.selectedProperty(), this::reveal));
        statistics.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                makeRoomBelow(StatisticsPanel.HEIGHT);
            }
        });
        bottom.getTabs().add(statistics);
        bottom.setPrefHeight(200);
        bottom.setMinHeight(0);

        vertical = new SplitPane(canvasArea, bottom);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(bottom, false);
        horizontal = new SplitPane(vertical, side);
        // no fill behind the canvas: every frame of a pan repaints the canvas's area, and a fill
        // there, even a transparent one, is paid for on every frame (the canvas paints its own paper)
        vertical.setBackground(null);
        horizontal.setBackground(null);
        horizontal.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(side, false);
        setCenter(horizontal);
        toolbar = toolbar();
        setTop(toolbar);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> clickedField = textFieldAt(e.getTarget()));
    }

    private static javafx.scene.control.TextInputControl textFieldAt(Object target) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TextInputControl field) {
                return field;
            }
        }
        return null;
    }

    public StoryEditorViewModel viewModel() {
        return viewModel;
    }

    /**
     * Adds the playtest under the canvas. While it plays, the Left and Right arrow keys press the
     * player's buttons wherever focus is, except in a text field the user clicked into; the node it
     * plays is highlighted and shown.
     */
    public void attachPlaytest(com.yotosmartstream.story.editor.PlaytestViewModel model) {
        attachPlaytest(model, null);
    }

    void attachPlaytest(com.yotosmartstream.story.editor.PlaytestViewModel model, AudioOut audio) {
        playtest = model;
        // in a scroll pane: when the bottom area is short, the panel scrolls rather than cutting its text
        javafx.scene.control.ScrollPane panel = new javafx.scene.control.ScrollPane(
                new PlaytestPanel(model, viewModel, icons, audio));
        panel.setFitToWidth(true);
        panel.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        panel.getStyleClass().add("edge-to-edge");
        Tab tab = new Tab("Playtest", panel);
        tab.setId("tab-playtest");
        tab.setClosable(false);
        bottom.getTabs().add(tab);
        viewModel.playingNodeProperty().addListener((obs, old, id) -> {
            if (id != null && !canvas.isNodeInView(id)) {
                canvas.reveal(id);
            }
        });
        model.busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                bottom.getSelectionModel().select(tab);
                // the Play button is about to be disabled: keep focus from falling into a text field
                if (!typing()) {
                    canvas.requestFocus();
                }
            }
        });
    }

    /**
     * Adds the live trace: the nodes the household's players are playing now are ringed on the
     * canvas with the players' names, and a Journeys tab lists the recorded play-throughs; the
     * selected one's path is drawn on the canvas.
     */
    public void attachTrace(com.yotosmartstream.story.editor.StoryTraceViewModel trace) {
        TraceOverlay overlay = new TraceOverlay(canvas, trace);
        canvas.addWorldLayer(overlay.under, false);
        canvas.addWorldLayer(overlay.over, true);
        Tab tab = new Tab();
        tab.setId("tab-journeys");
        tab.textProperty().bind(Bindings.createStringBinding(() -> trace.journeys().isEmpty() ? "Journeys"
                : "Journeys (" + trace.journeys().size() + ")", trace.journeys()));
        tab.setContent(new JourneysPanel(trace));
        tab.setClosable(false);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                makeRoomBelow(JOURNEYS_HEIGHT);
            }
        });
        bottom.getTabs().add(tab);
    }

    private static final double JOURNEYS_HEIGHT = 240;

    /**
     * Adds recording (ADR 0085): a Record button on the toolbar shows the record panel in the side
     * panel's place. While it shows, R records the focused node, Space stops and N selects the next
     * node without audio, unless focus is in a text field.
     */
    public void attachRecorder(com.yotosmartstream.story.editor.RecordViewModel model) {
        attachRecorder(model, null);
    }

    void attachRecorder(com.yotosmartstream.story.editor.RecordViewModel model, AudioOut audio) {
        recorder = model;
        // not in a scroll pane: the teleprompter takes what height there is, and scrolls itself
        RecordPanel panel = new RecordPanel(model, audio);
        SplitPane.setResizableWithParent(panel, false);
        recordMode.setId("toolbar-record");
        recordMode.setTooltip(new Tooltip("Record the narration node by node with a microphone"));
        recordMode.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] listed = new boolean[1];
        recordMode.selectedProperty().addListener((obs, was, on) -> {
            double divider = horizontal.getDividerPositions()[0];
            horizontal.getItems().set(1, on ? panel : side);
            horizontal.setDividerPositions(divider);
            if (on && !listed[0]) {
                listed[0] = true;
                model.findMicrophones();
            }
            if (!on) {
                model.stop();
                panel.silence();
            }
        });
        model.editor().focusedProperty().addListener((obs, old, id) -> {
            if (recordMode.isSelected() && id != null && !canvas.isNodeInView(id)) {
                canvas.reveal(id);
            }
        });
        toolbar.getItems().add(toolbar.getItems().indexOf(findSeparator) + 1, recordMode);
    }

    /** Whether the record panel shows. */
    public javafx.beans.property.BooleanProperty recordModeProperty() {
        return recordMode.selectedProperty();
    }

    private boolean recordKey(KeyEvent e) {
        if (recorder == null || !recordMode.isSelected() || e.isShortcutDown() || e.isAltDown()
                || (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
            return false;
        }
        switch (e.getCode()) {
            case R -> recorder.record();
            case SPACE -> recorder.stop();
            case N -> recorder.next();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Gives the tabs under the canvas at least {@code height} (the canvas keeping at least 40 %). */
    private void makeRoomBelow(double height) {
        double total = vertical.getHeight();
        if (total > 0 && bottom.getHeight() < height) {
            double wanted = Math.max(0.4, 1 - height / total);
            vertical.setDividerPosition(0, Math.min(vertical.getDividerPositions()[0], wanted));
        }
    }

    /** Shows the whole story. */
    public void zoomToFit() {
        canvas.zoomToFit();
    }

    /** Centres the canvas on a node. */
    public void reveal(String nodeId) {
        canvas.reveal(nodeId);
    }

    private ToolBar toolbar() {
        Button undo = button("Undo", "fth-rotate-ccw", "toolbar-undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.undoRedo().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(Bindings.concat(viewModel.undoRedo().undoTextProperty(), " (Ctrl+Z)"));
        Button redo = button("Redo", "fth-rotate-cw", "toolbar-redo", viewModel::redo);
        redo.disableProperty().bind(viewModel.undoRedo().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(Bindings.concat(viewModel.undoRedo().redoTextProperty(), " (Ctrl+Shift+Z)"));
        Button add = button("Add node", "fth-plus-square", "toolbar-add", () -> {
            var at = canvas.viewport().toWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
            viewModel.addNode(new com.yotosmartstream.story.model.Position(at.getX() - NodeView.WIDTH / 2,
                    at.getY() - NodeView.HEIGHT / 2));
        });
        Button delete = button("Delete selected", "fth-trash-2", "toolbar-delete", viewModel::deleteSelection);
        delete.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        Button duplicate = button("Duplicate selected (Ctrl+D)", "fth-copy", "toolbar-duplicate", viewModel::duplicateSelection);
        duplicate.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        Button layout = button("Arrange automatically", "fth-git-pull-request", "toolbar-layout", () -> {
            viewModel.autoLayout();
            canvas.zoomToFit();
        });
        Button fit = button("Zoom to fit (F)", "fth-maximize", "toolbar-fit", canvas::zoomToFit);
        Button zoomOut = button("Zoom out (-)", "fth-zoom-out", "toolbar-zoom-out", () -> canvas.zoomBy(0.8));
        Button zoomIn = button("Zoom in (+)", "fth-zoom-in", "toolbar-zoom-in", () -> canvas.zoomBy(1.25));
        ToggleButton snap = new ToggleButton(null, new FontIcon("fth-grid"));
        snap.setId("toolbar-snap");
        snap.setTooltip(new Tooltip("Snap to grid"));
        snap.selectedProperty().bindBidirectional(viewModel.snapToGridProperty());
        find.setId("find-field");
        find.setPromptText("Find (Ctrl+F)");
        find.setPrefColumnCount(14);
        find.textProperty().addListener((obs, o, text) -> search(text));
        find.setOnAction(e -> next(1));
        findCount.setId("find-count");
        findCount.getStyleClass().add("muted");
        Button previous = button("Previous match", "fth-chevron-up", "find-previous", () -> next(-1));
        Button nextMatch = button("Next match (Enter)", "fth-chevron-down", "find-next", () -> next(1));
        Region grow = new Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        ToolBar bar = new ToolBar(undo, redo, new Separator(), add, duplicate, delete, new Separator(), layout, fit,
                zoomOut, zoomIn, snap, findSeparator, grow, find, findCount, previous, nextMatch);
        bar.getStyleClass().add("story-toolbar");
        return bar;
    }

    private static Button button(String tooltip, String icon, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void search(String text) {
        found = viewModel.find(text);
        foundAt = -1;
        canvas.setMatches(found);
        findCount.setText(text.isBlank() ? "" : found.isEmpty() ? "no match" : found.size() + (found.size() == 1
                ? " match" : " matches"));
    }

    private void next(int step) {
        if (found.isEmpty()) {
            return;
        }
        foundAt = Math.floorMod(foundAt + step, found.size());
        String id = found.get(foundAt);
        viewModel.select(id);
        canvas.reveal(id);
        findCount.setText((foundAt + 1) + " of " + found.size());
    }

    private void shortcuts(KeyEvent e) {
        if (recordKey(e)) {
            e.consume();
            return;
        }
        if (playtest != null && playtest.runningProperty().get() && !typing() && !e.isShortcutDown()
                && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            if (e.getCode() == KeyCode.LEFT) {
                playtest.pressLeft();
            } else {
                playtest.pressRight();
            }
        } else if (UNDO.match(e)) {
            viewModel.undo();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            viewModel.redo();
        } else if (FIND.match(e)) {
            find.requestFocus();
            find.selectAll();
        } else if (e.getCode() == KeyCode.ESCAPE && find.isFocused()) {
            find.clear();
            canvas.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    /** Who asks for the story's cover picture (a file dialog by default; tests give their own). */
    public void setCoverChooser(java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> chooser) {
        side.setCoverChooser(chooser);
    }

    /** Whether the user is typing: focus is in a text field they clicked into (not one focus fell into). */
    private boolean typing() {
        return getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field
                && field == clickedField;
    }

    /** The canvas, for the playtest's highlight and for tests. */
    StoryCanvas canvas() {
        return canvas;
    }
}
