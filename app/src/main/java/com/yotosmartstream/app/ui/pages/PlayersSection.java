package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.players.PlayersViewModel;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import com.yotosmartstream.app.ui.Dialogs;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings > Players: each player of the household, with a rename and a button to its Settings dialog. */
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
        Label status = new Label();
        status.setId("settings-players-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        view = new VBox(10, title, rows, status);
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
            Button rename = new Button("Rename…", new FontIcon("fth-edit-3"));
            rename.setId("settings-rename-" + player.deviceId());
            rename.setMinWidth(Region.USE_PREF_SIZE);
            rename.setOnAction(e -> {
                TextInputDialog dialog = Dialogs.owned(new TextInputDialog(player.name()),
                        rename.getScene().getWindow());
                dialog.setTitle("Rename " + player.name());
                dialog.setHeaderText("The player's new name, as the Yoto app and this app show it");
                dialog.getEditor().setId("player-new-name");
                dialog.showAndWait().ifPresent(newName -> vm.rename(player.deviceId(), newName));
            });
            HBox row = new HBox(12, name, model, gap, rename, settings);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    VBox view() {
        return view;
    }
}
