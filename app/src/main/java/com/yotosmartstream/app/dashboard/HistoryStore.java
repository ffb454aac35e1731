package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each player's battery, volume and playing state over the last 24 hours, in SQLite: a sample
 * when something changed or a minute has passed, older samples removed as new ones come.
 */
public final class HistoryStore {

    public static final Duration RETENTION = Duration.ofHours(24);
    static final Duration EVERY = Duration.ofMinutes(1);

    /** One sample; battery and volume are null when not known yet. */
    public record Sample(Instant at, Integer battery, Integer volume, boolean playing) {
    }

    private final Database database;
    private final Map<String, Sample> last = new HashMap<>();

    public HistoryStore(Database database) {
        this.database = database;
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("dashboard", HistoryStore.class.getClassLoader());
    }

    /** Records the state if it differs from the last sample or a minute has passed. Blocking (SQLite). */
    public synchronized boolean record(PlayerState state, Instant now) throws StorageException {
        Sample sample = new Sample(now, state.batteryLevel().orElse(null), state.volumeStep().orElse(null),
                state.playbackStatus() == PlaybackStatus.PLAYING);
        Sample previous = last.get(state.deviceId());
        if (previous != null && Objects.equals(previous.battery(), sample.battery())
                && Objects.equals(previous.volume(), sample.volume()) && previous.playing() == sample.playing()
                && Duration.between(previous.at(), now).compareTo(EVERY) < 0) {
            return false;
        }
        last.put(state.deviceId(), sample);
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO player_history (device_id, at_ms, battery, volume, playing) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement prune = connection.prepareStatement("DELETE FROM player_history WHERE at_ms < ?")) {
                insert.setString(1, state.deviceId());
                insert.setLong(2, now.toEpochMilli());
                setNullable(insert, 3, sample.battery());
                setNullable(insert, 4, sample.volume());
                insert.setInt(5, sample.playing() ? 1 : 0);
                insert.executeUpdate();
                prune.setLong(1, now.minus(RETENTION).toEpochMilli());
                prune.executeUpdate();
            }
            return null;
        });
        return true;
    }

    /**
     * Writes {@code samples} for a player that has none in the last 24 hours (demo mode's day,
     * {@link DemoHistory}); returns whether it wrote them. Blocking (SQLite).
     */
    public synchronized boolean seed(String deviceId, List<Sample> samples, Instant now) throws StorageException {
        if (samples.isEmpty() || !samples(deviceId, now.minus(RETENTION)).isEmpty()) {
            return false;
        }
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO player_history (device_id, at_ms, battery, volume, playing) VALUES (?, ?, ?, ?, ?)")) {
                for (Sample sample : samples) {
                    insert.setString(1, deviceId);
                    insert.setLong(2, sample.at().toEpochMilli());
                    setNullable(insert, 3, sample.battery());
                    setNullable(insert, 4, sample.volume());
                    insert.setInt(5, sample.playing() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
        return true;
    }

    /** The player's samples since {@code since}, oldest first. Blocking (SQLite). */
    public List<Sample> samples(String deviceId, Instant since) throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT at_ms, battery, volume, playing FROM"
                    + " player_history WHERE device_id = ? AND at_ms >= ? ORDER BY at_ms")) {
                query.setString(1, deviceId);
                query.setLong(2, since.toEpochMilli());
                List<Sample> samples = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int b = rows.getInt(2);
                        Integer battery = rows.wasNull() ? null : b;
                        int v = rows.getInt(3);
                        Integer volume = rows.wasNull() ? null : v;
                        samples.add(new Sample(Instant.ofEpochMilli(rows.getLong(1)), battery, volume,
                                rows.getInt(4) == 1));
                    }
                }
                return samples;
            }
        });
    }

    private static void setNullable(PreparedStatement statement, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
