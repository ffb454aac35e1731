package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Chooses between a player's twin streams. Current firmware publishes every change twice, on the
 * legacy {@code events}/{@code status} and on the documented {@code data/events}/{@code data/status},
 * a few ms apart and in either order (captured from a Yoto Mini, fw v2.23.2, in
 * bcomnes/yoto-nodejs-client {@code collected-data/}). The client takes {@code data/*} and reads
 * the legacy topics only for what they alone carry:
 * <ul>
 * <li>legacy {@code events}: the same payload as {@code data/events}, so skipped once the player
 *     has sent {@code data/events} (yoto-nodejs-client, lib/mqtt/topics.js, does not read them at
 *     all). Until then they are taken, since older firmware spoke on legacy topics only (the
 *     cdnninja/yoto_ha #56 and #188 logs show events on {@code device/ID/events} while yoto_api
 *     read legacy topics); the {@code data/events} twin of an event taken that way (the same
 *     payload within {@code twinWindow}) is skipped.</li>
 * <li>legacy {@code status}: the long form ({@code statusVersion} 3) carries wifi, power source,
 *     up time and {@code shutDown}, which {@code data/status} ({@code statusVersion} 1) lacks. Once
 *     the player has sent a {@code data/status}, only the fields {@code data/status} does not carry
 *     are taken from it; before that, all of it.</li>
 * </ul>
 * Called only from the one inbound executor, in arrival order.
 */
final class TwinStreams {

    /** The fields of a short {@code data/status} (statusVersion 1), as the Mini capture shows them. */
    static final Set<String> DATA_STATUS_FIELDS = Set.of("statusVersion", "fwVersion", "productType", "batteryLevel",
            "als", "freeDisk", "shutdownTimeout", "dbatTimeout", "charging", "activeCard", "cardInserted",
            "playingStatus", "headphones", "dnowBrightness", "dayBright", "nightBright", "bluetoothHp", "volume",
            "userVolume", "timeFormat", "day");

    private static final class Player {
        boolean dataEvents;
        boolean dataStatus;
        JsonObject legacyTaken;
        Instant legacyTakenAt;
    }

    private final Duration twinWindow;
    private final Map<String, Player> players = new HashMap<>();

    /** @param twinWindow how far apart twins may arrive (captured: up to 0.17 s) */
    TwinStreams(Duration twinWindow) {
        this.twinWindow = twinWindow;
    }

    /** Whether to take this events message ({@code legacy}: it came on {@code device/ID/events}). */
    synchronized boolean takeEvents(String deviceId, boolean legacy, JsonObject payload, Instant at) {
        Player player = players.computeIfAbsent(deviceId, id -> new Player());
        if (legacy) {
            if (player.dataEvents) {
                return false;
            }
            player.legacyTaken = payload;
            player.legacyTakenAt = at;
            return true;
        }
        player.dataEvents = true;
        boolean twin = player.legacyTaken != null && player.legacyTaken.equals(payload)
                && Duration.between(player.legacyTakenAt, at).abs().compareTo(twinWindow) <= 0;
        player.legacyTaken = null;
        return !twin;
    }

    /** A {@code data/status} arrived: from now on the legacy status gives only what it alone has. */
    synchronized void dataStatus(String deviceId) {
        players.computeIfAbsent(deviceId, id -> new Player()).dataStatus = true;
    }

    /** The part of a legacy status's inner object to take (possibly empty). */
    synchronized JsonObject legacyStatus(String deviceId, JsonObject status) {
        Player player = players.computeIfAbsent(deviceId, id -> new Player());
        if (!player.dataStatus) {
            return status;
        }
        JsonObject part = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : status.entrySet()) {
            if (!DATA_STATUS_FIELDS.contains(entry.getKey())) {
                part.add(entry.getKey(), entry.getValue());
            }
        }
        return part;
    }
}
