package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.model.Symmetry.Axis;
import com.yotosmartstream.icons.model.Tool;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The tool column: a toggle per tool, mirror drawing, whole-picture commands, undo and redo. */
public final class PainterTools {

    private final VBox view = new VBox(6);

    public PainterTools(IconEditorViewModel editor) {
        view.setId("painter-tools");
        view.setPadding(new Insets(0, 4, 0, 0));
        ToggleGroup group = new ToggleGroup();
        GridPane toolGrid = grid();
        int index = 0;
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton(shortLabel(tool));
            button.getStyleClass().add("small");
            button.setId("tool-" + tool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(tool);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(tool.label() + " (" + tool.shortcut() + ")"
                    + (tool == Tool.PICKER ? "; or Alt+click with any tool" : "")));
            button.setSelected(editor.toolProperty().get() == tool);
            toolGrid.add(button, index % 2, index / 2);
            index++;
        }
        view.getChildren().add(toolGrid);
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one tool is always chosen
            } else {
                editor.toolProperty().set((Tool) selected.getUserData());
            }
        });
        editor.toolProperty().addListener((obs, old, tool) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == tool).findFirst().ifPresent(t -> t.setSelected(true)));

        view.getChildren().addAll(new Separator(), new Label("Mirror left-right"),
                axisChoice("mirror-left-right", editor.leftRightProperty(), "Shift+H"),
                new Label("Mirror top-bottom"),
                axisChoice("mirror-top-bottom", editor.topBottomProperty(), "Shift+V"), new Separator());
        GridPane commands = grid();
        commands.addRow(0, command("Flip \u2194", "flip-left-right", "Flip left-right: H", editor::flipLeftRight),
                command("Flip \u2195", "flip-top-bottom", "Flip top-bottom: V", editor::flipTopBottom));
        commands.addRow(1, command("Rotate \u21bb", "rotate-clockwise", "Rotate right: ]", editor::rotateClockwise),
                command("Rotate \u21ba", "rotate-anticlockwise", "Rotate left: [", editor::rotateAnticlockwise));
        commands.addRow(2, command("Clear", "clear", "Clear: Delete", editor::clear));
        Label moveHint = new Label("Arrow keys move the picture");
        moveHint.getStyleClass().addAll("text-small", "text-muted");
        moveHint.setWrapText(true);
        view.getChildren().addAll(commands, moveHint);
        CheckBox grid = new CheckBox("Grid");
        grid.setId("show-grid");
        grid.selectedProperty().bindBidirectional(editor.showGridProperty());
        view.getChildren().addAll(grid);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    private static String shortLabel(Tool tool) {
        return switch (tool) {
            case RECTANGLE -> "Box";
            case FILLED_RECTANGLE -> "Solid box";
            case ELLIPSE -> "Oval";
            case FILLED_ELLIPSE -> "Solid oval";
            case FILL -> "Fill";
            case PICKER -> "Picker";
            case MOVE -> "Move";
            default -> tool.label();
        };
    }

    public VBox view() {
        return view;
    }

    /** Undo and redo buttons, their text saying what they would take back. */
    static Button[] history(IconEditorViewModel editor) {
        Button undo = command("Undo", "undo", "Ctrl+Z", editor::undo);
        undo.disableProperty().bind(editor.undoRedo().canUndoProperty().not());
        undo.textProperty().bind(editor.undoRedo().undoTextProperty());
        Button redo = command("Redo", "redo", "Ctrl+Y", editor::redo);
        redo.disableProperty().bind(editor.undoRedo().canRedoProperty().not());
        redo.textProperty().bind(editor.undoRedo().redoTextProperty());
        for (Button b : new Button[] {undo, redo}) {
            b.getStyleClass().remove("small");
            b.setMaxWidth(Region.USE_PREF_SIZE);
            b.setMinWidth(110);
        }
        return new Button[] {undo, redo};
    }

    private static Button command(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip(tip.contains(":") ? tip : text + " (" + tip + ")"));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private static ComboBox<Axis> axisChoice(String id, javafx.beans.property.ObjectProperty<Axis> axis,
            String shortcut) {
        ComboBox<Axis> choice = new ComboBox<>();
        choice.getItems().setAll(Axis.values());
        choice.setId(id);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setCellFactory(list -> new AxisCell());
        choice.setButtonCell(new AxisCell());
        choice.valueProperty().bindBidirectional(axis);
        choice.setTooltip(new Tooltip("Off, even (between the middle pixels) or odd (through a middle pixel); "
                + shortcut + " cycles"));
        return choice;
    }

    private static final class AxisCell extends ListCell<Axis> {
        @Override
        protected void updateItem(Axis axis, boolean empty) {
            super.updateItem(axis, empty);
            setText(empty || axis == null ? null : axis.label());
        }
    }
}
