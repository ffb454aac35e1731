package com.yotosmartstream.streamer.server;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The access log in the database ({@code stream_access}, library schema V2), bounded: rows older
 * than the retention's age go, and each track keeps only its newest rows. Called by
 * {@link AccessLog}'s own thread, never by a request.
 */
public final class AccessLogStore {

    /**
     * How much history is kept.
     *
     * @param maxAge rows older than this are removed
     * @param perTrack each track keeps at most this many rows, the newest
     * @param perClient each client of a track keeps at most this many rows, the newest: one client
     *        asking a thousand times a second cannot push the other players out of a track's
     *        history (issue 16)
     */
    public record Retention(Duration maxAge, int perTrack, int perClient) {
        /** 30 days, 5,000 requests per track, 200 per client of a track. */
        public static final Retention DEFAULT = new Retention(Duration.ofDays(30), 5000, 200);

        public Retention {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero() || perTrack < 1 || perClient < 1) {
                throw new IllegalArgumentException("Retention must keep something: " + maxAge + ", " + perTrack
                        + ", " + perClient);
            }
        }

        /** A retention with no bound per client below the bound per track. */
        public Retention(Duration maxAge, int perTrack) {
            this(maxAge, perTrack, perTrack);
        }
    }

    private final Database database;
    private final Retention retention;

    public AccessLogStore(Database database, Retention retention) {
        this.database = Objects.requireNonNull(database, "database");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    public Retention retention() {
        return retention;
    }

    /**
     * Saves a batch in one transaction, then trims the tracks it touched to their newest rows. Of a
     * track's entries in the batch only the newest {@code perTrack} are written: the rest would be
     * trimmed at once.
     */
    public void append(List<AccessEntry> batch) throws StorageException {
        List<AccessEntry> kept = newestPer(newestPer(batch, retention.perClient(), AccessLogStore::trackAndClient),
                retention.perTrack(), AccessEntry::trackId);
        Set<String> tracks = new HashSet<>();
        Set<List<String>> clients = new HashSet<>();
        kept.forEach(entry -> {
            tracks.add(entry.trackId());
            clients.add(List.of(entry.trackId(), entry.client()));
        });
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO stream_access (at_ms, track_id, grant_label,"
                    + " method, byte_range, status, bytes, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AccessEntry e : kept) {
                    p.setLong(1, e.at().toEpochMilli());
                    p.setString(2, e.trackId());
                    p.setString(3, e.grantLabel());
                    p.setString(4, e.method());
                    p.setString(5, e.range());
                    p.setInt(6, e.status());
                    p.setLong(7, e.bytes());
                    p.setString(8, e.client());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM stream_access WHERE track_id = ? AND id <="
                    + " (SELECT id FROM stream_access WHERE track_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)")) {
                for (String track : tracks) {
                    p.setString(1, track);
                    p.setString(2, track);
                    p.setInt(3, retention.perTrack());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM stream_access WHERE track_id = ? AND client = ?"
                    + " AND id <= (SELECT id FROM stream_access WHERE track_id = ? AND client = ? ORDER BY id DESC"
                    + " LIMIT 1 OFFSET ?)")) {
                for (List<String> client : clients) {
                    p.setString(1, client.get(0));
                    p.setString(2, client.get(1));
                    p.setString(3, client.get(0));
                    p.setString(4, client.get(1));
                    p.setInt(5, retention.perClient());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** Removes rows older than the retention's age, counted back from {@code now}; returns how many went. */
    public int pruneOld(Instant now) throws StorageException {
        long cutoff = now.minus(retention.maxAge()).toEpochMilli();
        return database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM stream_access WHERE at_ms < ?")) {
                p.setLong(1, cutoff);
                return p.executeUpdate();
            }
        });
    }

    /** The newest {@code limit} rows of a track, oldest first. */
    public List<AccessEntry> forTrack(String trackId, int limit) throws StorageException {
        return database.read(c -> {
            List<AccessEntry> entries = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT at_ms, track_id, grant_label, method, byte_range,"
                    + " status, bytes, client FROM stream_access WHERE track_id = ? ORDER BY id DESC LIMIT ?")) {
                p.setString(1, trackId);
                p.setInt(2, limit);
                try (ResultSet rows = p.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AccessEntry(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6),
                                rows.getLong(7), rows.getString(8)));
                    }
                }
            }
            Collections.reverse(entries);
            return entries;
        });
    }

    /** The entries of {@code batch}, in order, less all but the newest {@code most} of any one key. */
    static List<AccessEntry> newestPer(List<AccessEntry> batch, int most, Function<AccessEntry, ?> key) {
        Map<Object, Integer> seen = new HashMap<>();
        List<AccessEntry> kept = new ArrayList<>();
        for (int i = batch.size() - 1; i >= 0; i--) {
            AccessEntry entry = batch.get(i);
            if (seen.merge(key.apply(entry), 1, Integer::sum) <= most) {
                kept.add(entry);
            }
        }
        Collections.reverse(kept);
        return kept;
    }

    static List<String> trackAndClient(AccessEntry entry) {
        return List.of(entry.trackId(), entry.client());
    }
}
