package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.editor.TrackCount;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The side panel's variable fields (ADR 0082): the story's variables and the live track count
 * against the card's limit, a node's "sets on entering", and each exit's "only if".
 */
final class VariablesFields {

    private final StoryEditorViewModel viewModel;
    private final TextArea variables = new TextArea();
    private final Fields.Guarded variablesField;
    private final Label tracks = new Label();
    private final TrackCount count;
    private final TextArea sets = new TextArea();
    private final Fields.Guarded setsField;
    private final Map<Exit, TextField> onlyIf = new EnumMap<>(Exit.class);
    private final Map<Exit, Fields.Guarded> onlyIfFields = new EnumMap<>(Exit.class);

    VariablesFields(StoryEditorViewModel viewModel, TaskExecutor executor, Consumer<Consumer<String>> focused) {
        this.viewModel = viewModel;
        variables.setId("story-variables");
        variables.setPrefRowCount(2);
        variables.setPromptText("one a line: key = false, gold = 0 in 0..5");
        variablesField = Fields.bind(variables, v -> viewModel.execute(Edits.setInfo(viewModel.story(), "variables",
                i -> i.withVariables(lines(v)))));
        tracks.setId("story-track-count");
        tracks.setWrapText(true);
        tracks.getStyleClass().addAll("muted", "track-count");
        count = new TrackCount(executor);
        tracks.textProperty().bind(count.textProperty());
        count.overProperty().addListener((obs, o, now) -> tracks.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("over"), now));
        viewModel.storyProperty().addListener((obs, o, story) -> count.update(story));
        count.update(viewModel.story());
        sets.setId("node-sets");
        sets.setPrefRowCount(2);
        sets.setPromptText("one a line: key = true, gold = gold + 1");
        setsField = Fields.bind(sets, v -> focused.accept(id -> viewModel.execute(Edits.setSets(viewModel.story(), id,
                lines(v)))));
        for (Exit exit : Exit.values()) {
            TextField field = new TextField();
            field.setId("exit-" + exit.id() + "-only-if");
            field.setPromptText("Only if (empty: always)");
            onlyIf.put(exit, field);
            onlyIfFields.put(exit, Fields.bind(field, v -> focused.accept(id -> viewModel.execute(
                    Edits.setOnlyIf(viewModel.story(), id, exit, v)))));
        }
    }

    /** The story's fields: its variables and the track count. */
    VBox storyFields() {
        return new VBox(6, Fields.labelled("Variables", variables), tracks);
    }

    VBox nodeSets() {
        return Fields.labelled("Sets on entering (variables)", sets);
    }

    TextField onlyIf(Exit exit) {
        return onlyIf.get(exit);
    }

    void showStory() {
        if (!lines(variables.getText()).equals(viewModel.story().info().variables())) {
            variablesField.set(String.join("\n", viewModel.story().info().variables()));
        }
    }

    void showNode(StoryNode node) {
        if (!lines(sets.getText()).equals(node.sets())) {
            setsField.set(String.join("\n", node.sets()));
        }
        for (Exit exit : Exit.values()) {
            onlyIfFields.get(exit).set(node.onlyIf(exit).orElse(""));
            onlyIf.get(exit).setVisible(node.exit(exit).isPresent());
            onlyIf.get(exit).setManaged(node.exit(exit).isPresent());
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
