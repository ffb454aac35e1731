package com.yotosmartstream.app.players;

import com.yotosmartstream.client.model.PlayerInfo;
import java.util.List;
import java.util.Locale;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Players: the household's players (name, model), each with a button to its Settings
 * dialog and a rename. Follows whichever household is open. FX thread.
 */
public final class PlayersViewModel {

    /** A player as the section lists it. */
    public record PlayerRow(String deviceId, String name, String model) {
    }

    /** How a player is renamed (the household's {@code YotoApi.rename}); blocking. */
    @FunctionalInterface
    public interface Renamer {
        void rename(String deviceId, String name) throws Exception;
    }

    /** The longest name taken (no source gives Yoto's limit; the Yoto app's field is short). */
    public static final int MAX_NAME = 40;

    private final ObservableList<PlayerRow> players = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Renamer renamer;
    private final TaskExecutor executor;

    /** @param household the open household's players (empty when none is open) */
    public PlayersViewModel(ObservableValue<List<PlayerInfo>> household, Renamer renamer, TaskExecutor executor) {
        this.renamer = renamer;
        this.executor = executor;
        household.addListener((obs, old, now) -> show(now));
        show(household.getValue());
    }

    /**
     * Renames the player on Yoto (the config PUT with a {@code name}, as yoto-nodejs-client
     * documents it) in the background; a refused name or a failed write is said in the status.
     */
    public void rename(String deviceId, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_NAME) {
            status.set("A player's name is 1 to " + MAX_NAME + " characters.");
            return;
        }
        status.set("Renaming…");
        executor.submit(BackgroundTask.running("Renaming a player", context -> renamer.rename(deviceId, wanted))
                .onSuccess(nothing -> {
                    players.replaceAll(row -> row.deviceId().equals(deviceId)
                            ? new PlayerRow(deviceId, wanted, row.model()) : row);
                    status.set("Renamed to " + wanted + ". The Dashboard shows the new name the next time the"
                            + " household opens.");
                })
                .onFailure(error -> status.set("Yoto did not take the new name: " + error.getMessage())));
    }

    /** What the last rename did (empty before any). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void show(List<PlayerInfo> now) {
        players.setAll(now == null ? List.of() : now.stream().map(p -> new PlayerRow(p.deviceId(), p.name(),
                model(p.family()))).toList());
    }

    /** The model a family names (yoto_api {@code capabilities.py}'s families). */
    static String model(String family) {
        return switch (family.toLowerCase(Locale.ROOT)) {
            case "v3" -> "Yoto Player (3rd gen)";
            case "mini" -> "Yoto Mini";
            case "v1", "v2" -> "Yoto Player (" + (family.equalsIgnoreCase("v1") ? "1st" : "2nd") + " gen)";
            default -> "Yoto player (" + family + ")";
        };
    }

    public ObservableList<PlayerRow> players() {
        return players;
    }
}
