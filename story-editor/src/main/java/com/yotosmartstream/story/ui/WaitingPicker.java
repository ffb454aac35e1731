package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "When nobody answers": what a question does when its track ends without a button press (stop,
 * ask again, or a quiet pause of some seconds and then ask again). For a node it also offers "as
 * the story says". Each choice is sent as one edit; {@link #show} writes the model's value back
 * without echoing it.
 */
final class WaitingPicker extends VBox {

    /** One entry of the list: a mode, or (mode null) the story's choice. */
    private record Option(Waiting.Mode mode, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<Option> modes = new ComboBox<>();
    private final Spinner<Integer> seconds = new Spinner<>();
    private final HBox pauseRow;
    private final boolean forNode;
    private final Consumer<Waiting> edit;
    private boolean updating;

    /**
     * @param forNode whether to offer "as the story says" (sent as null)
     * @param edit takes the chosen waiting (null: the story's)
     */
    WaitingPicker(String idPrefix, boolean forNode, Consumer<Waiting> edit) {
        super(6);
        this.forNode = forNode;
        this.edit = edit;
        setId(idPrefix + "-waiting");
        modes.setId(idPrefix + "-waiting-mode");
        modes.setMaxWidth(Double.MAX_VALUE);
        // as wide as the panel, never wider: a long entry must not widen the side panel
        modes.setMinWidth(0);
        modes.setPrefWidth(160);
        seconds.setId(idPrefix + "-waiting-seconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(110);
        seconds.setMinWidth(Region.USE_PREF_SIZE);
        seconds.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(Waiting.MIN_PAUSE, Waiting.MAX_PAUSE,
                Waiting.DEFAULT_PAUSE));
        modes.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Option item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        Label unit = new Label("seconds of quiet, the buttons still work");
        unit.getStyleClass().add("muted");
        unit.setWrapText(true);
        HBox.setHgrow(unit, Priority.ALWAYS);
        pauseRow = new HBox(6, seconds, unit);
        pauseRow.setAlignment(Pos.CENTER_LEFT);
        modes.valueProperty().addListener((obs, o, now) -> changed());
        seconds.valueProperty().addListener((obs, o, now) -> changed());
        getChildren().addAll(modes, pauseRow);
        show(null, Waiting.STOP);
    }

    /** Shows the model: {@code own} the node's (or story's) choice, null for "as the story says". */
    void show(Waiting own, Waiting storyDefault) {
        updating = true;
        try {
            List<Option> options = new ArrayList<>();
            if (forNode) {
                options.add(new Option(null, "As the story says (" + storyDefault.describe() + ")"));
            }
            for (Waiting.Mode mode : Waiting.Mode.values()) {
                options.add(new Option(mode, mode.label()));
            }
            if (!options.equals(modes.getItems())) {
                modes.getItems().setAll(options);
            }
            Waiting.Mode mode = own == null ? null : own.mode();
            modes.setValue(options.stream().filter(o -> o.mode() == mode).findFirst().orElse(options.get(0)));
            if (own != null && own.mode() == Waiting.Mode.PAUSE) {
                seconds.getValueFactory().setValue(own.pauseSeconds());
            }
            boolean pause = own != null && own.mode() == Waiting.Mode.PAUSE;
            pauseRow.setVisible(pause);
            pauseRow.setManaged(pause);
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating || modes.getValue() == null) {
            return;
        }
        Waiting.Mode mode = modes.getValue().mode();
        Integer value = seconds.getValue();
        edit.accept(mode == null ? null : new Waiting(mode, value == null ? Waiting.DEFAULT_PAUSE : value));
    }
}
