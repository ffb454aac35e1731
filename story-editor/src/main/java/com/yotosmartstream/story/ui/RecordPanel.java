package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.RecordViewModel;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Recording beside the canvas (ADR 0085): the story's "n of m nodes recorded", the microphone
 * chooser, a teleprompter with the focused node's narration in large type, Record (R), Stop
 * (Space) and Next without audio (N), the input level, what happened last, and the node's takes,
 * each with Play and Keep. The keys are the editor's ({@link StoryEditorView#attachRecorder}).
 */
final class RecordPanel extends VBox {

    private final RecordViewModel model;
    private final AudioOut audio;
    private final VBox takeRows = new VBox(6);
    private final Label playback = new Label();

    RecordPanel(RecordViewModel model, AudioOut audio) {
        super(10);
        this.model = model;
        this.audio = audio != null ? audio : AudioOut.javafxMedia(playback::setText);
        setId("record-panel");
        getStyleClass().addAll("story-side-panel", "side-panel-content", "record-panel");
        setMinWidth(0);
        setMinHeight(0);

        Label heading = new Label("Record", new FontIcon("fth-mic"));
        heading.getStyleClass().add("panel-heading");
        Label progress = new Label();
        progress.setId("record-progress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(model.progressProperty());

        ComboBox<String> microphone = new ComboBox<>(model.microphones());
        microphone.setId("record-microphone");
        microphone.valueProperty().bindBidirectional(model.microphoneProperty());
        microphone.setMaxWidth(Double.MAX_VALUE);
        microphone.setMinWidth(60);
        microphone.disableProperty().bind(model.recordingProperty().or(javafx.beans.binding.Bindings.isEmpty(
                model.microphones())));
        microphone.setPromptText("No microphone found");
        HBox.setHgrow(microphone, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setId("record-find-microphones");
        refresh.setTooltip(new Tooltip("Look for microphones again"));
        refresh.setOnAction(e -> model.findMicrophones());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox mics = new HBox(6, microphone, refresh);
        mics.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("record-node-title");
        title.getStyleClass().add("record-node-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label words = new Label();
        words.setId("record-prompter");
        words.getStyleClass().add("record-prompter");
        words.setWrapText(true);
        words.textProperty().bind(model.prompterProperty());
        ScrollPane prompter = new ScrollPane(new VBox(6, title, words));
        prompter.setFitToWidth(true);
        prompter.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        prompter.getStyleClass().add("record-prompter-box");
        prompter.setMinHeight(80);
        prompter.setPrefHeight(160);
        VBox.setVgrow(prompter, Priority.ALWAYS);

        Button record = button("Record", "fth-circle", "record-start", "Record a take of this node (R)", model::record);
        record.disableProperty().bind(model.recordingProperty().or(model.busyProperty()));
        record.getStyleClass().add("danger");
        Button stop = button("Stop", "fth-square", "record-stop", "End the take (Space)", model::stop);
        stop.disableProperty().bind(model.recordingProperty().not());
        Button next = button("Next", "fth-skip-forward", "record-next", "The next node without audio (N)",
                model::next);
        FlowPane controls = new FlowPane(6, 6, record, stop, next);
        ProgressBar level = new ProgressBar();
        level.setId("record-level");
        level.getStyleClass().add("record-level");
        level.progressProperty().bind(model.levelProperty());
        level.setMaxWidth(Double.MAX_VALUE);
        level.setTooltip(new Tooltip("The microphone's level while recording"));

        Label message = new Label();
        message.setId("record-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        playback.setId("record-playback-problem");
        playback.setWrapText(true);
        playback.getStyleClass().add("muted");
        playback.managedProperty().bind(playback.textProperty().isNotEmpty());

        Label takesHeading = new Label("Takes");
        takesHeading.getStyleClass().add("field-label");
        takeRows.setId("record-takes");
        ScrollPane takesScroll = new ScrollPane(takeRows);
        takesScroll.setFitToWidth(true);
        takesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        takesScroll.getStyleClass().add("edge-to-edge");
        takesScroll.setMinHeight(40);
        takesScroll.setMaxHeight(150); // a long list of takes scrolls; the teleprompter keeps the room
        // as tall as the rows are at the panel's width (a FlowPane's preferred height assumes one line)
        takesScroll.prefViewportHeightProperty().bind(takeRows.heightProperty());
        model.takes().addListener((ListChangeListener<RecordViewModel.TakeRow>) c -> fillTakes());
        fillTakes();

        getChildren().addAll(new HBox(8, heading), progress, mics, prompter, controls, level, message, playback,
                takesHeading, takesScroll);
    }

    private void fillTakes() {
        takeRows.getChildren().clear();
        if (model.takes().isEmpty()) {
            Label none = new Label("No takes of this node yet: press R to record one.");
            none.setId("record-no-takes");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            takeRows.getChildren().add(none);
            return;
        }
        for (RecordViewModel.TakeRow row : model.takes()) {
            int n = row.take().number();
            Label name = new Label(row.take().name() + "  " + String.format(Locale.ROOT, "%.1f s", row.take().seconds()));
            name.setId("record-take-" + n);
            if (row.kept()) {
                name.setGraphic(new FontIcon("fth-check"));
                name.setText(name.getText() + "  (kept)");
            }
            name.setMinWidth(Region.USE_PREF_SIZE);
            Button play = button(null, "fth-play", "record-take-" + n + "-play", "Play " + row.take().name(),
                    () -> audio.play(row.take().file().toUri().toString()));
            Button keep = button("Keep", "fth-check-circle", "record-take-" + n + "-keep",
                    "Trim it, bring it to the library's loudness and make it this node's audio", () -> model.keep(row.take()));
            if (row.kept()) {
                keep.setDisable(true); // it is the node's audio already
            } else {
                keep.disableProperty().bind(model.busyProperty().or(model.recordingProperty()));
            }
            HBox buttons = new HBox(6, play, keep);
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane line = new FlowPane(10, 4, name, buttons); // the buttons go under the name when the panel is narrow
            line.setAlignment(Pos.CENTER_LEFT);
            takeRows.getChildren().add(line);
        }
    }

    private static Button button(String text, String icon, String id, String tooltip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Stops a take playing (the panel is hidden). */
    void silence() {
        audio.stop();
    }
}
