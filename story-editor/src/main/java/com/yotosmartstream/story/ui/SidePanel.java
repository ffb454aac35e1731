package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panel beside the canvas. With one node selected it edits that node (title, narration, audio,
 * icon, tags, ending, start, exits); with several, what they share; with none, the story itself.
 * Typing is sent as edits as it happens (one undo step per field), and the fields follow the model,
 * so undo shows at once.
 */
final class SidePanel extends ScrollPane {

    private final StoryEditorViewModel viewModel;
    private final VBox storySection = new VBox(10);
    private final VBox nodeSection = new VBox(10);
    private final VBox manySection = new VBox(10);
    private final VBox shared = new VBox(10);
    private final TextField storyTitle = new TextField();
    private final TextField author = new TextField();
    private final TextArea description = new TextArea();
    private final CoverPicker cover;
    private final TextField title = new TextField();
    private final TextArea narration = new TextArea();
    private final Label words = new Label();
    private final TextField tags = new TextField();
    private final CheckBox ending = new CheckBox("This node is an ending");
    private final Button makeStart = new Button("Start the story here", new FontIcon("fth-play"));
    private final Label audioNow = new Label();
    private final Button removeAudio = new Button(null, new FontIcon("fth-x"));
    private final Label manyCount = new Label();
    /** The passage as its Twine author wrote it, read-only; shown only for a node that has one (ADR 0066). */
    private final TextArea source = new TextArea();
    private final TitledPane sourcePane = new TitledPane("Twine source", source);
    private final Map<Exit, Label> exitTargets = new EnumMap<>(Exit.class);
    private final Map<Exit, TextField> exitLabels = new EnumMap<>(Exit.class);
    private final Map<Exit, Fields.Guarded> exitLabelFields = new EnumMap<>(Exit.class);
    private final WaitingPicker storyWaiting;
    private final VoicePicker storyVoice;
    private final WaitingPicker nodeWaiting;
    private final VBox nodeWaitingBox;
    private final Fields.Guarded storyTitleField;
    private final Fields.Guarded authorField;
    private final Fields.Guarded descriptionField;
    private final Fields.Guarded titleField;
    private final Fields.Guarded narrationField;
    private final Fields.Guarded tagsField;
    private final VariablesFields variables;
    private boolean updating;
    /** Where the panel was scrolled to for each node ("" for the story), to come back there. */
    private final Map<String, Double> scrolled = new java.util.HashMap<>();

    SidePanel(StoryEditorViewModel viewModel, IconImages icons, TaskExecutor executor, Runnable iconsLoaded) {
        this.viewModel = viewModel;
        setId("side-panel");
        getStyleClass().add("story-side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(320);
        setMinWidth(260);

        storyTitle.setId("story-title");
        author.setId("story-author");
        description.setId("story-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        cover = new CoverPicker(v -> {
            if (!v.equals(viewModel.story().info().cover())) {
                viewModel.execute(Edits.setCover(viewModel.story(), v));
            }
        });
        storyTitleField = Fields.bind(storyTitle, v -> viewModel.execute(Edits.setInfo(viewModel.story(), "title", i -> i.withTitle(v))));
        authorField = Fields.bind(author, v -> viewModel.execute(Edits.setInfo(viewModel.story(), "author", i -> i.withAuthor(v))));
        descriptionField = Fields.bind(description, v -> viewModel.execute(Edits.setInfo(viewModel.story(), "description",
                i -> i.withDescription(v))));
        storyWaiting = new WaitingPicker("story", false, w -> {
            if (w != null && !w.equals(viewModel.story().info().waiting())) {
                viewModel.execute(Edits.setWaiting(viewModel.story(), w));
            }
        });
        storyVoice = new VoicePicker(viewModel.voiceNames(), v -> {
            if (!v.equals(viewModel.story().info().voice())) {
                viewModel.execute(Edits.setVoice(viewModel.story(), v));
            }
        });
        variables = new VariablesFields(viewModel, executor, this::focused);
        Label storyHint = new Label("Select a node to edit it. Double-click empty space to add one; drag from a "
                + "node's L, R or E port to connect it.");
        storyHint.setWrapText(true);
        storyHint.getStyleClass().add("muted");
        storySection.getChildren().addAll(Fields.heading("Story"), Fields.labelled("Title", storyTitle),
                Fields.labelled("Author", author), Fields.labelled("Description", description),
                Fields.labelled("Cover", cover),
                Fields.labelled("When a question's track ends and nobody answers", storyWaiting),
                Fields.labelled("Nodes without recorded audio are spoken in", storyVoice), variables.storyFields(),
                storyHint);

        title.setId("node-title-field");
        narration.setId("node-narration");
        narration.setWrapText(true);
        narration.setPrefRowCount(6);
        words.getStyleClass().add("muted");
        tags.setId("node-tags");
        tags.setPromptText("tags, separated by spaces");
        ending.setId("node-ending");
        makeStart.setId("node-make-start");
        titleField = Fields.bind(title, v -> focused(id -> viewModel.execute(Edits.setTitle(viewModel.story(), id, v))));
        narrationField = Fields.bind(narration, v -> focused(id -> viewModel.execute(Edits.setNarration(viewModel.story(), id, v))));
        tagsField = Fields.bind(tags, v -> focused(id -> viewModel.execute(Edits.setTags(viewModel.story(), id,
                Arrays.stream(v.split("[\\s,]+")).filter(t -> !t.isBlank()).toList()))));
        ending.selectedProperty().addListener((obs, o, now) -> {
            if (!updating) {
                focused(id -> viewModel.execute(Edits.setEnding(viewModel.story(), List.of(id), now)));
            }
        });
        makeStart.setOnAction(e -> focused(id -> viewModel.execute(Edits.setStart(viewModel.story(), id))));
        audioNow.setId("node-audio");
        audioNow.setWrapText(true);
        removeAudio.setId("node-audio-remove");
        removeAudio.setMinWidth(Region.USE_PREF_SIZE);
        audioNow.setMinWidth(0);
        removeAudio.setOnAction(e -> viewModel.setAudio(List.copyOf(viewModel.selection()), null));
        HBox audioRow = new HBox(6, audioNow, removeAudio);
        audioRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(audioNow, Priority.ALWAYS);
        audioNow.setMaxWidth(Double.MAX_VALUE);
        nodeWaiting = new WaitingPicker("node", true, w -> focused(id -> {
            if (!java.util.Objects.equals(w, viewModel.story().node(id).flatMap(StoryNode::waiting).orElse(null))) {
                viewModel.execute(Edits.setNodeWaiting(viewModel.story(), List.of(id), w));
            }
        }));
        nodeWaitingBox = Fields.labelled("When its track ends and nobody answers", nodeWaiting);
        source.setId("node-source");
        source.setEditable(false);
        source.setWrapText(true);
        source.setPrefRowCount(6);
        sourcePane.setId("node-source-pane");
        sourcePane.setExpanded(false);
        sourcePane.setMinWidth(0);
        nodeSection.getChildren().addAll(Fields.heading("Node"), Fields.labelled("Title", title),
                Fields.labelled("Narration (the script to record)", narration), words, sourcePane, audioRow,
                new HBox(8, ending), makeStart, exits(), nodeWaitingBox, variables.nodeSets(), Fields.labelled("Tags", tags));

        manyCount.setId("many-count");
        Button markEnding = new Button("Mark as endings", new FontIcon("fth-flag"));
        markEnding.setOnAction(e -> viewModel.execute(Edits.setEnding(viewModel.story(), List.copyOf(viewModel.selection()), true)));
        Button delete = new Button("Delete", new FontIcon("fth-trash-2"));
        delete.setOnAction(e -> viewModel.deleteSelection());
        manySection.getChildren().addAll(Fields.heading("Selection"), manyCount, new HBox(8, markEnding, delete));

        TitledPane audio = new TitledPane("Audio from the Library", new AudioPicker(viewModel, executor));
        audio.setId("audio-pane");
        TitledPane iconPane = new TitledPane("Icon", new IconPicker(viewModel, icons, executor, iconsLoaded));
        iconPane.setId("icon-pane");
        iconPane.setExpanded(false);
        // the pickers shrink with the panel, so nothing (the exit buttons above all) is pushed out of view
        audio.setMinWidth(0);
        iconPane.setMinWidth(0);
        shared.getChildren().addAll(audio, iconPane);

        VBox content = new VBox(14, storySection, nodeSection, manySection, shared);
        content.getStyleClass().add("side-panel-content");
        setContent(content);

        viewModel.storyProperty().addListener((obs, o, story) -> refresh());
        viewModel.focusedProperty().addListener((obs, o, id) -> {
            scrolled.put(scrollKey(o), getVvalue());
            refresh();
            restoreScroll(id);
        });
        viewModel.selection().addListener((SetChangeListener<String>) c -> refresh());
        refresh();
    }

    private Region exits() {
        VBox box = new VBox(6, Fields.heading("Exits"));
        for (Exit exit : Exit.values()) {
            Label name = new Label(exit.label());
            name.getStyleClass().addAll("exit-name", "exit-" + exit.id());
            name.setMinWidth(Region.USE_PREF_SIZE); // never cut short: the target beside it wraps instead
            Label target = new Label();
            target.setId("exit-" + exit.id() + "-target");
            target.setMaxWidth(Double.MAX_VALUE);
            target.setWrapText(true);
            HBox.setHgrow(target, Priority.ALWAYS);
            exitTargets.put(exit, target);
            target.setMinWidth(0);
            Button stop = new Button(null, new FontIcon("fth-square"));
            stop.setMinWidth(Region.USE_PREF_SIZE);
            stop.setId("exit-" + exit.id() + "-stop");
            stop.setTooltip(new javafx.scene.control.Tooltip("Stop the story here"));
            stop.setOnAction(e -> focused(id -> viewModel.connect(id, exit, Target.STOP)));
            Button clear = new Button(null, new FontIcon("fth-x"));
            clear.setMinWidth(Region.USE_PREF_SIZE);
            clear.setId("exit-" + exit.id() + "-clear");
            clear.setTooltip(new javafx.scene.control.Tooltip("Remove this exit"));
            clear.setOnAction(e -> focused(id -> viewModel.disconnect(id, exit)));
            HBox row = new HBox(6, name, target, stop, clear);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
            if (exit != Exit.END) {
                // what the spoken choice prompt says: "Press the left button to <these words>" (ADR 0077)
                TextField words = new TextField();
                words.setId("exit-" + exit.id() + "-label");
                words.setPromptText("Said as: press the " + exit.id() + " button to \u2026");
                exitLabels.put(exit, words);
                exitLabelFields.put(exit, Fields.bind(words, v -> focused(id -> viewModel.execute(
                        Edits.setLabel(viewModel.story(), id, exit, v)))));
                box.getChildren().add(words);
            }
            box.getChildren().add(variables.onlyIf(exit));
        }
        Label hint = new Label("To connect an exit, drag from its port (L, R, E) on the card to another node, or to "
                + "empty space for a new one.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        box.getChildren().add(hint);
        return box;
    }

    private static String scrollKey(String nodeId) {
        return nodeId == null ? "" : nodeId;
    }

    /** Scrolls back to where the panel was for this node (the top for one not seen yet). */
    private void restoreScroll(String nodeId) {
        double value = scrolled.getOrDefault(scrollKey(nodeId), 0.0);
        applyCss();
        layout();
        setVvalue(value);
    }

    private void focused(java.util.function.Consumer<String> edit) {
        String id = viewModel.focusedProperty().get();
        if (id != null && viewModel.story().contains(id)) {
            edit.accept(id);
        }
    }

    private void refresh() {
        Story story = viewModel.story();
        int selected = viewModel.selection().size();
        show(storySection, selected == 0);
        show(nodeSection, selected == 1 && viewModel.focusedNode().isPresent());
        show(manySection, selected > 1);
        show(shared, selected > 0);
        storyTitleField.set(story.title());
        authorField.set(story.info().author());
        descriptionField.set(story.info().description());
        cover.show(story.info().cover());
        storyWaiting.show(story.info().waiting(), story.info().waiting());
        storyVoice.show(story.info().voice());
        manyCount.setText(selected + " nodes selected");
        variables.showStory();
        viewModel.focusedNode().ifPresent(node -> showNode(story, node));
    }

    private void showNode(Story story, StoryNode node) {
        updating = true;
        try {
            titleField.set(node.title());
            narrationField.set(node.narration());
            tagsField.set(String.join(" ", node.tags()));
            ending.setSelected(node.isEnding());
            nodeWaiting.show(node.waiting().orElse(null), story.info().waiting());
        } finally {
            updating = false;
        }
        long count = Arrays.stream(node.narration().split("\\s+")).filter(w -> !w.isBlank()).count();
        words.setText(count + (count == 1 ? " word" : " words") + ", about " + Math.max(1, Math.round(count / 2.5))
                + " s read aloud");
        boolean isStart = node.id().equals(story.info().startId());
        makeStart.setDisable(isStart);
        makeStart.setText(isStart ? "The story starts here" : "Start the story here");
        audioNow.setText(node.audio().map(a -> "Plays '" + a.title() + "' (" + Durations.clock(a.seconds()) + ")")
                .orElse("No recorded audio: the computer's voice speaks its text. To use a recording, pick a track"
                        + " below, or drop one from the Library on the card."));
        removeAudio.setVisible(node.audio().isPresent());
        show(nodeWaitingBox, node.asksQuestion());
        variables.showNode(node);
        source.setText(node.source());
        show(sourcePane, !node.source().isEmpty());
        for (Exit exit : Exit.values()) {
            exitTargets.get(exit).setText(node.exit(exit).map(t -> t instanceof Target.Goto go
                    ? "→ " + story.node(go.nodeId()).map(n -> n.title().isBlank() ? n.id() : n.title())
                            .orElse(go.nodeId() + " (missing)") + node.label(exit).map(l -> " (\u201c" + l + "\u201d)")
                            .orElse("") : "Stops the story")
                    .orElse(exit != Exit.END ? "Not set" : node.asksQuestion()
                            ? "Not set: " + node.waiting(story.info().waiting()).describe() : "Not set (stops)"));
            if (exitLabels.containsKey(exit)) {
                exitLabelFields.get(exit).set(node.label(exit).orElse(""));
                show(exitLabels.get(exit), node.exit(exit).isPresent());
            }
        }
    }

    private static void show(Region region, boolean visible) {
        region.setVisible(visible);
        region.setManaged(visible);
    }

    /** Who asks for a cover picture (a file dialog by default). */
    void setCoverChooser(java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> chooser) {
        cover.setChooser(chooser);
    }

    /** Puts the cursor in the title field (after a double-click on a node). */
    void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }
}
