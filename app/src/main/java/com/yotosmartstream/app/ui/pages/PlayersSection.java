package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.players.PlayersViewModel;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings > Players: each player of the household with a button to its Settings dialog. */
final class PlayersSection {

    private final VBox view;
    private final VBox rows = new VBox(8);

    /** @param open opens the Settings dialog of the player with that id */
    PlayersSection(PlayersViewModel vm, Consumer<String> open) {
        Label title = new Label("Players");
        title.getStyleClass().add(Styles.TITLE_4);
        rows.setId("settings-players");
        vm.players().addListener((ListChangeListener<PlayersViewModel.PlayerRow>) change -> rebuild(vm, open));
        rebuild(vm, open);
        Label note = new Label(PlayersViewModel.RENAME_NOTE);
        note.setId("settings-players-rename");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        view = new VBox(10, title, rows, note);
        view.getStyleClass().add("settings-section");
    }

    private void rebuild(PlayersViewModel vm, Consumer<String> open) {
        rows.getChildren().clear();
        if (vm.players().isEmpty()) {
            Label none = new Label("No household is open yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        for (PlayersViewModel.PlayerRow player : vm.players()) {
            Label name = new Label(player.name(), new FontIcon("fth-speaker"));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label model = new Label(player.model());
            model.getStyleClass().add(Styles.TEXT_MUTED);
            model.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button settings = new Button("Settings…", new FontIcon("fth-sliders"));
            settings.setId("settings-player-" + player.deviceId());
            settings.setMinWidth(Region.USE_PREF_SIZE);
            settings.setOnAction(e -> open.accept(player.deviceId()));
            HBox row = new HBox(12, name, model, gap, settings);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    VBox view() {
        return view;
    }
}
