package com.yotosmartstream.app.players;

import com.yotosmartstream.client.model.PlayerInfo;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Players: the household's players (name, model, id), each with a button to its
 * Settings dialog. Follows whichever household is open. FX thread.
 */
public final class PlayersViewModel {

    /** A player as the section lists it. */
    public record PlayerRow(String deviceId, String name, String model) {
    }

    /**
     * Why a player cannot be renamed here. yoto-nodejs-client documents an optional {@code name}
     * beside {@code config} in the config PUT ({@code YotoUpdateDeviceConfigRequest}, citing
     * yoto.dev's updatedeviceconfig page) but no capture shows Yoto renaming a player by it, and
     * cdnninja/yoto_api sends none; so this app does not send it yet.
     */
    public static final String RENAME_NOTE = "Rename a player in the Yoto app: no capture yet shows Yoto taking a"
            + " new name from another program.";

    private final ObservableList<PlayerRow> players = FXCollections.observableArrayList();

    /** @param household the open household's players (empty when none is open) */
    public PlayersViewModel(ObservableValue<List<PlayerInfo>> household) {
        household.addListener((obs, old, now) -> show(now));
        show(household.getValue());
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
