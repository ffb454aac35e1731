package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Severity;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lint findings, live: errors (which stop the card) first, then warnings. Clicking one selects
 * its nodes and shows them on the canvas; "Fix" applies the obvious fix as an undoable edit.
 */
final class LintPanel extends ListView<LintIssue> {

    LintPanel(StoryEditorViewModel viewModel, Consumer<String> reveal) {
        super(viewModel.issues());
        setId("lint-list");
        getStyleClass().add("lint-list");
        Label empty = new Label("No problems: the story is ready to become a card.");
        empty.setGraphic(new FontIcon("fth-check-circle"));
        empty.getStyleClass().add("lint-clear");
        setPlaceholder(empty);
        setCellFactory(v -> new IssueCell(viewModel));
        getSelectionModel().selectedItemProperty().addListener((obs, old, issue) -> {
            if (issue != null && !issue.nodeIds().isEmpty()) {
                viewModel.select(viewModel.existing(issue.nodeIds()));
                reveal.accept(issue.nodeIds().get(0));
            }
        });
    }

    /** "Problems: 2 errors, 1 warning", "Problems: 1 warning" for the tab title. */
    static javafx.beans.binding.StringBinding summary(StoryEditorViewModel viewModel) {
        return Bindings.createStringBinding(() -> {
            long errors = viewModel.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
            long warnings = viewModel.issues().size() - errors;
            if (errors == 0 && warnings == 0) {
                return "Problems";
            }
            // a count of none is left out, so the tabs under the canvas fit beside each other at 1024 px
            return "Problems: " + (errors == 0 ? count(warnings, "warning") : warnings == 0 ? count(errors, "error")
                    : count(errors, "error") + ", " + count(warnings, "warning"));
        }, viewModel.issues());
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static final class IssueCell extends ListCell<LintIssue> {
        private final StoryEditorViewModel viewModel;
        private final Label message = new Label();
        private final Button fix = new Button();
        private final HBox box = new HBox(8, message, fix);

        IssueCell(StoryEditorViewModel viewModel) {
            this.viewModel = viewModel;
            message.setWrapText(true);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            fix.getStyleClass().add("lint-fix");
            fix.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LintIssue issue, boolean empty) {
            super.updateItem(issue, empty);
            if (empty || issue == null) {
                setGraphic(null);
                return;
            }
            boolean error = issue.severity() == Severity.ERROR;
            FontIcon icon = new FontIcon(error ? "fth-x-circle" : "fth-alert-triangle");
            icon.getStyleClass().add(error ? "lint-error" : "lint-warning");
            message.setGraphic(icon);
            message.setText(issue.message());
            fix.setVisible(issue.fix().isPresent());
            fix.setManaged(issue.fix().isPresent());
            issue.fix().ifPresent(f -> {
                fix.setText(f.label());
                fix.setOnAction(e -> viewModel.applyFix(issue));
            });
            setGraphic(box);
        }
    }
}
