package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.model.Tool;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The painter's keyboard: a letter per tool (Shift for the filled shapes), X swaps the colours,
 * H and V flip, [ and ] rotate, the arrows move the picture (wrapping round), Delete clears,
 * Shift+H and Shift+V cycle the mirror axes, Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes, Escape
 * abandons a stroke; comma and full stop go to the previous and next frame, N adds a copy of the frame. Keys meant for a text field, list, drop-down or icon picker are left to it.
 */
public final class PainterShortcuts {

    private PainterShortcuts() {
    }

    public static void install(Node root, IconEditorViewModel editor) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (ownKeys(e.getTarget())) {
                return;
            }
            if (handle(e, editor)) {
                e.consume();
            }
        });
    }

    /** Text fields, lists, drop-downs and pickers use the keys themselves (Delete in a list must not clear). */
    private static boolean ownKeys(Object target) {
        if (target instanceof TextInputControl || target instanceof ListView<?> || target instanceof ComboBoxBase<?>) {
            return true;
        }
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof IconPicker || node instanceof ListView<?>) {
                return true;
            }
        }
        return false;
    }

    static boolean handle(KeyEvent e, IconEditorViewModel editor) {
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (shortcut) {
            if (code == KeyCode.Z && !e.isShiftDown()) {
                editor.undo();
                return true;
            }
            if (code == KeyCode.Y || code == KeyCode.Z) {
                editor.redo();
                return true;
            }
            return false;
        }
        if (e.isAltDown()) {
            return false;
        }
        switch (code) {
            case X -> editor.swapColours();
            case H -> {
                if (e.isShiftDown()) {
                    editor.cycleLeftRight();
                } else {
                    editor.flipLeftRight();
                }
            }
            case V -> {
                if (e.isShiftDown()) {
                    editor.cycleTopBottom();
                } else {
                    editor.flipTopBottom();
                }
            }
            case CLOSE_BRACKET -> editor.rotateClockwise();
            case OPEN_BRACKET -> editor.rotateAnticlockwise();
            case LEFT -> editor.shift(-1, 0);
            case RIGHT -> editor.shift(1, 0);
            case UP -> editor.shift(0, -1);
            case DOWN -> editor.shift(0, 1);
            case DELETE, BACK_SPACE -> editor.clear();
            case ESCAPE -> editor.cancelStroke();
            case COMMA -> editor.previousFrame();
            case PERIOD -> editor.nextFrame();
            case N -> editor.duplicateFrame();
            default -> {
                return chooseTool(code, e.isShiftDown(), editor);
            }
        }
        return true;
    }

    private static boolean chooseTool(KeyCode code, boolean shift, IconEditorViewModel editor) {
        if (!code.isLetterKey()) {
            return false;
        }
        char key = code.getName().charAt(0);
        for (Tool tool : Tool.values()) {
            if (tool.key() == key && tool.withShift() == shift) {
                editor.toolProperty().set(tool);
                return true;
            }
        }
        return false;
    }
}
