package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Voice;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How the story's nodes without recorded audio are spoken (ADR 0077): the voice (the engine's
 * voices offered, any name may be typed), the rate in words a minute, the pitch, and whether the
 * choices are said after each question. A slider sends its edit when it is let go, so one drag is
 * one undo step; {@link #show} writes the model's value back without echoing it.
 */
final class VoicePicker extends VBox {

    static final String DEFAULT_VOICE = "The engine's default voice";

    private final ComboBox<String> name = new ComboBox<>();
    private final Slider rate = new Slider(Voice.MIN_RATE, Voice.MAX_RATE, Voice.DEFAULT_RATE);
    private final Slider pitch = new Slider(0, 99, Voice.DEFAULT_PITCH);
    private final Label rateText = new Label();
    private final Label pitchText = new Label();
    private final CheckBox prompts = new CheckBox("Say the choices after each question (\u201cPress the left button"
            + " to \u2026\u201d)");
    private final Consumer<Voice> edit;
    private Voice shown = Voice.DEFAULT;
    private boolean updating;

    VoicePicker(ObservableList<String> voices, Consumer<Voice> edit) {
        super(6);
        this.edit = edit;
        setId("story-voice");
        name.setId("story-voice-name");
        name.setEditable(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinWidth(0);
        name.setPrefWidth(160);
        name.setPromptText(DEFAULT_VOICE);
        name.getItems().setAll(voices);
        voices.addListener((ListChangeListener<String>) c -> name.getItems().setAll(voices));
        rate.setId("story-voice-rate");
        pitch.setId("story-voice-pitch");
        prompts.setId("story-voice-prompts");
        prompts.setWrapText(true);
        name.valueProperty().addListener((obs, old, now) -> send(shown.withName(now == null ? "" : now)));
        rate.valueProperty().addListener((obs, old, now) -> {
            rateText.setText(words(now.intValue()));
            if (!rate.isValueChanging()) {
                send(shown.withRate(now.intValue()));
            }
        });
        rate.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                send(shown.withRate((int) Math.round(rate.getValue())));
            }
        });
        pitch.valueProperty().addListener((obs, old, now) -> {
            pitchText.setText(pitchWords(now.intValue()));
            if (!pitch.isValueChanging()) {
                send(shown.withPitch(now.intValue()));
            }
        });
        pitch.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                send(shown.withPitch((int) Math.round(pitch.getValue())));
            }
        });
        prompts.selectedProperty().addListener((obs, was, now) -> send(shown.withChoicePrompts(now)));
        getChildren().addAll(name, row("Rate", rate, rateText), row("Pitch", pitch, pitchText), prompts);
        show(Voice.DEFAULT);
    }

    /** Shows the story's voice without sending it back as an edit. */
    void show(Voice voice) {
        updating = true;
        try {
            shown = voice;
            name.setValue(voice.name().isEmpty() ? null : voice.name());
            rate.setValue(voice.rate());
            pitch.setValue(voice.pitch());
            rateText.setText(words(voice.rate()));
            pitchText.setText(pitchWords(voice.pitch()));
            prompts.setSelected(voice.choicePrompts());
        } finally {
            updating = false;
        }
    }

    private void send(Voice voice) {
        if (!updating && !voice.equals(shown)) {
            shown = voice;
            edit.accept(voice);
        }
    }

    private static HBox row(String name, Slider slider, Label text) {
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMinWidth(60);
        Label label = new Label(name);
        label.setMinWidth(40);
        text.setMinWidth(112);
        text.setPrefWidth(112);
        text.getStyleClass().add("muted");
        HBox row = new HBox(8, label, slider, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String words(int rate) {
        return rate + " words/min";
    }

    static String pitchWords(int pitch) {
        return pitch + (pitch == Voice.DEFAULT_PITCH ? " (its own)" : pitch < Voice.DEFAULT_PITCH ? " (lower)" : " (higher)");
    }
}
