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
import javafx.scene.layout.VBox;

/** The tool column: a toggle per tool, mirror drawing, whole-picture commands, undo and redo. */
public final class PainterTools {

    private final VBox view = new VBox(4);

    public PainterTools(IconEditorViewModel editor) {
        view.setId("painter-tools");
        view.setPadding(new Insets(0, 4, 0, 0));
        ToggleGroup group = new ToggleGroup();
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton(tool.label());
            button.setId("tool-" + tool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(tool);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(tool.label() + " (" + tool.shortcut() + ")"
                    + (tool == Tool.PICKER ? "; or Alt+click with any tool" : "")));
            button.setSelected(editor.toolProperty().get() == tool);
            view.getChildren().add(button);
        }
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
        view.getChildren().addAll(
                command("Flip left-right", "flip-left-right", "H", editor::flipLeftRight),
                command("Flip top-bottom", "flip-top-bottom", "V", editor::flipTopBottom),
                command("Rotate right", "rotate-clockwise", "]", editor::rotateClockwise),
                command("Rotate left", "rotate-anticlockwise", "[", editor::rotateAnticlockwise),
                command("Clear", "clear", "Delete", editor::clear));
        Button undo = command("Undo", "undo", "Ctrl+Z", editor::undo);
        undo.disableProperty().bind(editor.canUndoProperty().not());
        undo.textProperty().bind(editor.undoTextProperty());
        Button redo = command("Redo", "redo", "Ctrl+Y", editor::redo);
        redo.disableProperty().bind(editor.canRedoProperty().not());
        redo.textProperty().bind(editor.redoTextProperty());
        CheckBox grid = new CheckBox("Grid");
        grid.setId("show-grid");
        grid.selectedProperty().bindBidirectional(editor.showGridProperty());
        view.getChildren().addAll(new Separator(), undo, redo, grid);
    }

    public VBox view() {
        return view;
    }

    private static Button command(String text, String id, String shortcut, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip(text + " (" + shortcut + ")"));
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
