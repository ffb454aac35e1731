package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.players.AlarmRow;
import com.yotosmartstream.app.players.PlayerSettingsViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The alarms of the Settings dialog: the list, and the selected alarm's days, time, card, volume and switch. */
final class AlarmsEditor {

    private final PlayerSettingsViewModel vm;
    private final ListView<AlarmRow> list = new ListView<>();
    private final VBox view;
    private final List<ToggleButton> days = new ArrayList<>();
    private final TextField time = new TextField();
    private final ComboBox<String> sound = new ComboBox<>();
    private final TextField volume = new TextField();
    private final CheckBox enabled = new CheckBox("On");
    private final GridPane editor = new GridPane();
    private AlarmRow shown;

    AlarmsEditor(PlayerSettingsViewModel vm) {
        this.vm = vm;
        list.setId("alarms");
        list.setItems(vm.alarms());
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No alarms"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlarmRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.summary(vm.cards()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> show(row));

        Button add = new Button("Add", new FontIcon("fth-plus"));
        add.setId("alarm-add");
        add.setOnAction(e -> list.getSelectionModel().select(vm.addAlarm()));
        Button delete = new Button("Delete", new FontIcon("fth-trash-2"));
        delete.setId("alarm-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.deleteAlarm(list.getSelectionModel().getSelectedItem()));

        HBox dayButtons = new HBox(2);
        for (int i = 0; i < 7; i++) {
            ToggleButton day = new ToggleButton(AlarmRow.DAY_NAMES.get(i));
            day.setId("alarm-day-" + i);
            day.getStyleClass().add(Styles.SMALL);
            days.add(day);
            dayButtons.getChildren().add(day);
        }
        time.setId("alarm-time");
        time.setPromptText("07:00");
        time.setPrefColumnCount(5);
        volume.setId("alarm-volume");
        volume.setPromptText("0-16");
        volume.setPrefColumnCount(3);
        enabled.setId("alarm-enabled");
        sound.setId("alarm-sound");
        sound.getItems().add("");
        sound.getItems().addAll(vm.cards().keySet());
        sound.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? "The player's own sound" : vm.cards().getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        editor.setHgap(10);
        editor.setVgap(6);
        editor.addRow(0, new Label("Days"), dayButtons);
        HBox when = new HBox(10, time, new Label("Volume"), volume, enabled);
        when.setAlignment(Pos.CENTER_LEFT);
        editor.addRow(1, new Label("Time"), when);
        editor.addRow(2, new Label("Plays"), sound);
        editor.setDisable(true);
        HBox buttons = new HBox(6, add, delete);
        view = new VBox(8, list, buttons, editor);
        refreshListOnEdit();
        if (!vm.alarms().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    Node view() {
        return view;
    }

    private void show(AlarmRow row) {
        if (shown != null) {
            for (int i = 0; i < 7; i++) {
                days.get(i).selectedProperty().unbindBidirectional(shown.dayProperty(i));
            }
            time.textProperty().unbindBidirectional(shown.timeProperty());
            volume.textProperty().unbindBidirectional(shown.volumeProperty());
            enabled.selectedProperty().unbindBidirectional(shown.enabledProperty());
            sound.valueProperty().unbindBidirectional(shown.soundProperty());
        }
        shown = row;
        editor.setDisable(row == null);
        if (row == null) {
            return;
        }
        if (!sound.getItems().contains(row.soundProperty().get())) {
            sound.getItems().add(row.soundProperty().get());
        }
        for (int i = 0; i < 7; i++) {
            bind(days.get(i).selectedProperty(), row.dayProperty(i));
        }
        bind(time.textProperty(), row.timeProperty());
        bind(volume.textProperty(), row.volumeProperty());
        bind(enabled.selectedProperty(), row.enabledProperty());
        bind(sound.valueProperty(), row.soundProperty());
    }

    private static void bind(BooleanProperty control, BooleanProperty field) {
        control.set(field.get());
        control.bindBidirectional(field);
    }

    private static void bind(javafx.beans.property.Property<String> control, StringProperty field) {
        control.setValue(field.get());
        control.bindBidirectional(field);
    }

    /** The list's line follows the editor (one listener per control, whichever alarm it shows). */
    private void refreshListOnEdit() {
        javafx.beans.InvalidationListener refresh = obs -> list.refresh();
        days.forEach(day -> day.selectedProperty().addListener(refresh));
        time.textProperty().addListener(refresh);
        volume.textProperty().addListener(refresh);
        enabled.selectedProperty().addListener(refresh);
        sound.valueProperty().addListener(refresh);
    }
}
