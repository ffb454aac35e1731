package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.dashboard.PlayerAlert;
import javafx.scene.control.CheckBox;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.settings.DiagnosticsViewModel;
import com.yotosmartstream.app.settings.PhonesViewModel;
import com.yotosmartstream.app.settings.SettingsViewModel;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.app.ui.Desktop;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Appearance, notifications, where the data lives, phones, library and streaming, diagnostics, and about. */
final class SettingsPage {

    private final ScrollPane view;

    /** @param players the Players section (each player's settings), or null for none */
    SettingsPage(SettingsViewModel viewModel, DiagnosticsViewModel diagnostics, PhonesViewModel phones, Desktop desktop,
            Runnable showAbout, Node players) {
        Label title = new Label("Settings", new FontIcon("fth-settings"));
        title.getStyleClass().addAll(Styles.TITLE_2, "page-title");

        VBox body = new VBox(16, title, appearance(viewModel), notifications(viewModel));
        if (players != null) {
            body.getChildren().add(players);
        }
        body.getChildren().addAll(data(viewModel, desktop), new PhonesSection(phones).view(),
                new StreamingSettingsSection(viewModel.streaming()).view(), narration(viewModel.voice()),
                new DiagnosticsSection(diagnostics, desktop).view(), about(showAbout));
        body.getStyleClass().add("page");
        view = new ScrollPane(body);
        view.setFitToWidth(true);
    }

    ScrollPane view() {
        return view;
    }

    private static Node appearance(SettingsViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (ThemePreference preference : ThemePreference.values()) {
            RadioButton choice = new RadioButton(preference.label());
            choice.setId("theme-" + preference.id());
            choice.setToggleGroup(group);
            choice.setUserData(preference);
            choice.setSelected(viewModel.themePreferenceProperty().get() == preference);
            choice.setOnAction(e -> viewModel.themePreferenceProperty().set(preference));
            if (preference == ThemePreference.SYSTEM) {
                choice.textProperty().bind(viewModel.osThemeProperty().map(viewModel::systemThemeLabel));
            }
            choices.getChildren().add(choice);
        }
        viewModel.themePreferenceProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == now)));
        return section("Appearance", "Theme", choices);
    }

    private static Node notifications(SettingsViewModel viewModel) {
        VBox boxes = new VBox(8);
        for (PlayerAlert.Kind kind : PlayerAlert.Kind.values()) {
            CheckBox box = new CheckBox(kind.label());
            box.setId("notify-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.setSelected(viewModel.notificationWanted(kind));
            box.selectedProperty().addListener((obs, was, now) -> viewModel.setNotificationWanted(kind, now));
            boxes.getChildren().add(box);
        }
        return section("Notifications", boxes);
    }

    private static Node data(SettingsViewModel viewModel, Desktop desktop) {
        GridPane grid = grid();
        addPathRow(grid, 0, "Data folder", "settings-data-folder", viewModel.dataFolder(), desktop);
        addPathRow(grid, 1, "Log files", "settings-logs-folder", viewModel.logsFolder(), desktop);
        Label database = new Label(viewModel.databaseFile().getFileName() + " (schema " + viewModel.schemaSummary() + ")");
        database.setId("settings-database");
        database.setWrapText(true); // the schema list grows with each component: it wraps, never cut short
        database.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(2, new Label("Database"), database);
        Label hint = new Label("Start with --data-dir=FOLDER, or set YOTO_SMART_STREAM_DATA, to keep data elsewhere.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return section("Your data", grid, hint);
    }

    private static Node about(Runnable showAbout) {
        Button about = new Button("About Yoto Smart Stream", new FontIcon("fth-info"));
        about.setId("settings-about");
        about.setOnAction(e -> showAbout.run());
        return section("About", about);
    }

    private static void addPathRow(GridPane grid, int row, String label, String id, Path path, Desktop desktop) {
        TextField field = new TextField(path.toString());
        field.setId(id);
        field.setEditable(false);
        Button open = new Button("Open", new FontIcon("fth-folder"));
        open.setId(id + "-open");
        open.setOnAction(e -> desktop.open(path));
        HBox box = new HBox(8, field, open);
        HBox.setHgrow(field, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row, new Label(label), box);
    }

    /** The voice engine that speaks nodes without recorded audio, or what to install. */
    private static Node narration(com.yotosmartstream.app.settings.VoiceSettingsViewModel voice) {
        Label engine = new Label();
        engine.setId("settings-voice-engine");
        engine.setWrapText(true);
        engine.textProperty().bind(voice.engineProperty());
        Button again = new Button("Look again", new FontIcon("fth-search"));
        again.setId("settings-voice-again");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setOnAction(e -> voice.lookAgain());
        HBox.setHgrow(engine, Priority.ALWAYS);
        engine.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, engine, again);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("Narration", "Voice engine", row);
    }

    private static Node section(String heading, String label, Node control) {
        GridPane grid = grid();
        grid.addRow(0, new Label(label), control);
        return section(heading, grid);
    }

    private static Node section(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("settings-section");
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }
}
