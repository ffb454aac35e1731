package com.yotosmartstream.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds controls whose text the user cannot read whole: a visible {@link Labeled} whose skin drew
 * its text cut short (the skin's text node ends in the ellipsis while the control's own text does
 * not), and tables whose columns run out of view. Rows of lists and tables are left out: a long
 * title may end in "…" there, with the whole text in its tooltip or details.
 */
final class Truncations {

    private Truncations() {
    }

    /** Each truncated control under {@code root}, as "id or class: 'full text' shown as 'cut text'". */
    static List<String> under(Node root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof Cell && inList(node)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            String ellipsis = labeled.getEllipsisString();
            if (shown != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis)) {
                found.add(name(labeled) + ": '" + labeled.getText() + "' shown as '" + shown + "' at width "
                        + Math.round(labeled.getWidth()));
            }
        }
        if (node instanceof javafx.scene.control.TableView<?> table && table.getWidth() > 0) {
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
            if (columns > room + 1) {
                found.add(name(table) + ": columns need " + Math.round(columns) + " px of " + Math.round(room)
                        + ", so the last ones are out of view");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    /** A row of a list, table or tree (not the button of a combo box, which is a cell too). */
    private static boolean inList(Node cell) {
        for (Node up = cell.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /** The text the skin drew (its LabeledText child), or null before the control has a skin. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.isVisible() && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String name(javafx.scene.control.Control labeled) {
        return (labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName())
                + (labeled.getParent() != null && labeled.getParent().getId() != null
                        ? " in #" + labeled.getParent().getId() : "");
    }
}
