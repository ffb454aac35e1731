package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.players.PlayerSettingsViewModel;
import com.yotosmartstream.client.model.PlayerConfig;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A player's Settings dialog: day and night, light, alarms and the player's own settings. What the
 * player lacks (a Mini's night light, automatic brightness without a light sensor) is not shown.
 * Save checks and writes; a refusal or failure is shown and the dialog stays open with the edits.
 */
final class PlayerSettingsDialog {

    private final Stage stage = new Stage();
    private final PlayerSettingsViewModel vm;

    PlayerSettingsDialog(Window owner, PlayerSettingsViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.title());
        VBox sections = new VBox(18, section("Day and night", dayAndNight()), section("Alarms",
                new AlarmsEditor(vm).view()), section("Player", player()));
        sections.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons());
        root.setId("player-settings");
        root.disableProperty().bind(vm.loadedProperty().not().and(vm.problemProperty().isEmpty()));
        Scene scene = new Scene(root, 680, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        vm.load();
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, heading, content);
    }

    private Node dayAndNight() {
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, new Label(""), heading("Day"), heading("Night"));
        grid.addRow(row++, new Label("Starts at"), field(PlayerConfig.DAY_TIME, "07:00"),
                field(PlayerConfig.NIGHT_TIME, "19:30"));
        grid.addRow(row++, new Label("Volume limit (0-16)"), field(PlayerConfig.MAX_VOLUME_LIMIT, "16"),
                field(PlayerConfig.NIGHT_MAX_VOLUME_LIMIT, "8"));
        grid.addRow(row++, new Label("Brightness (0-100)"),
                brightness(PlayerConfig.DAY_DISPLAY_BRIGHTNESS, vm.dayAutoBrightnessProperty()),
                brightness(PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS, vm.nightAutoBrightnessProperty()));
        if (vm.capabilities().ambientLight()) {
            grid.addRow(row, new Label("Light colour"), colour(PlayerConfig.AMBIENT_COLOUR),
                    colour(PlayerConfig.NIGHT_AMBIENT_COLOUR));
        }
        return grid;
    }

    private Node player() {
        GridPane grid = grid();
        ChoiceBox<String> clock = new ChoiceBox<>();
        clock.getItems().addAll("12", "24");
        clock.setId("setting-" + PlayerConfig.HOUR_FORMAT);
        StringProperty hourFormat = vm.textProperty(PlayerConfig.HOUR_FORMAT);
        clock.setValue(hourFormat.get());
        hourFormat.addListener((obs, old, now) -> clock.setValue(now));
        clock.valueProperty().addListener((obs, old, now) -> hourFormat.set(now));
        grid.addRow(0, new Label("Clock (hours)"), clock);
        grid.addRow(1, new Label("Switch off when idle after (seconds)"), field(PlayerConfig.SHUTDOWN_TIMEOUT, "3600"));
        grid.addRow(2, new Label("Dim the display after (seconds)"), field(PlayerConfig.DISPLAY_DIM_TIMEOUT, "180"));
        VBox switches = new VBox(6, flag(PlayerConfig.REPEAT_ALL, "Repeat all"),
                flag(PlayerConfig.BLUETOOTH_ENABLED, "Bluetooth on"),
                flag(PlayerConfig.BT_HEADPHONES_ENABLED, "Bluetooth headphones allowed"),
                flag(PlayerConfig.HEADPHONES_VOLUME_LIMITED, "Limit the headphones' volume"));
        return new VBox(10, grid, switches);
    }

    private Node buttons() {
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.setGraphic(new FontIcon("fth-alert-triangle"));
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label status = new Label();
        status.setId("settings-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("settings-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button save = new Button("Save");
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        save.setOnAction(e -> vm.save(stage::close));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, status, gap, cancel, save);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, problem, row);
        box.setPadding(new Insets(10, 16, 14, 16));
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private TextField field(String key, String prompt) {
        TextField field = new TextField();
        field.setId("setting-" + key);
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(vm.textProperty(key));
        return field;
    }

    private Node brightness(String key, BooleanProperty auto) {
        TextField level = field(key, "100");
        level.disableProperty().bind(auto);
        CheckBox automatic = new CheckBox("auto");
        automatic.setId("setting-" + key + "-auto");
        automatic.setMinWidth(Region.USE_PREF_SIZE);
        automatic.selectedProperty().bindBidirectional(auto);
        // offered with a light sensor; shown anyway while the player holds "auto", so it can be switched off
        automatic.visibleProperty().bind(auto.or(new javafx.beans.property.SimpleBooleanProperty(
                vm.autoBrightnessOffered())));
        automatic.managedProperty().bind(automatic.visibleProperty());
        HBox box = new HBox(8, level, automatic);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node colour(String key) {
        TextField hex = field(key, "#40bfd9");
        javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(18, 18);
        swatch.getStyleClass().add("colour-swatch");
        swatch.fillProperty().bind(hex.textProperty().map(PlayerSettingsDialog::paint));
        javafx.scene.control.MenuButton presets = new javafx.scene.control.MenuButton(null, new FontIcon("fth-droplet"));
        presets.setId("presets-" + key);
        vm.capabilities().nightLightPresets().forEach((name, value) -> {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(name);
            item.setOnAction(e -> hex.setText(value));
            presets.getItems().add(item);
        });
        HBox box = new HBox(6, swatch, hex, presets);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static javafx.scene.paint.Paint paint(String text) {
        try {
            return text != null && text.matches("#[0-9a-fA-F]{6}") ? javafx.scene.paint.Color.web(text)
                    : javafx.scene.paint.Color.TRANSPARENT;
        } catch (IllegalArgumentException e) {
            return javafx.scene.paint.Color.TRANSPARENT;
        }
    }

    private CheckBox flag(String key, String text) {
        CheckBox box = new CheckBox(text);
        box.setId("setting-" + key);
        box.selectedProperty().bindBidirectional(vm.flagProperty(key));
        return box;
    }
}
