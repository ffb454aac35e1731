package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.streamer.probe.AudioFormat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tracks, in the database's {@code track} table and in memory (the server looks tracks up on
 * every request). Writes go to the database first; memory changes only once they are saved.
 * Deleted tracks stay, marked, until purged, so a delete can be undone.
 */
public final class Catalogue {

    /** Told after any change; called on the thread that made it. */
    @FunctionalInterface
    public interface Listener {
        void changed();
    }

    private static final String COLUMNS = "id, sha256, file_name, source_file, format, size, duration_ms, bitrate,"
            + " sample_rate, channels, vbr, title, artist, album, track_number, cover_file, stream_file, stream_format,"
            + " status, status_detail, imported_at, deleted_at, disc_number";

    private final Database database;
    private final Map<String, Track> live = new ConcurrentHashMap<>();
    private final Map<String, Instant> deleted = new ConcurrentHashMap<>();
    private final Map<String, Track> deletedTracks = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private Catalogue(Database database) {
        this.database = database;
    }

    /** Loads every track; reads the disk, so not on the UI thread. */
    public static Catalogue load(Database database) throws StorageException {
        Catalogue catalogue = new Catalogue(database);
        database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT " + COLUMNS + " FROM track")) {
                while (rows.next()) {
                    Track track;
                    Instant deletedAt;
                    try {
                        track = read(rows);
                        String deleted = rows.getString(22);
                        deletedAt = deleted == null ? null : Instant.parse(deleted);
                    } catch (RuntimeException e) {
                        // a malformed timestamp or value: this track is left out, the rest opens (ADR 0056)
                        database.skipBadRow("track", "id " + rows.getString(1), e);
                        continue;
                    }
                    if (deletedAt == null) {
                        catalogue.live.put(track.id(), track);
                    } else {
                        catalogue.deleted.put(track.id(), deletedAt);
                        catalogue.deletedTracks.put(track.id(), track);
                    }
                }
            }
            return null;
        });
        return catalogue;
    }

    /** A live track: a deleted one is not found (until it is restored). */
    public Optional<Track> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** A live or deleted track with these bytes. */
    public Optional<Track> findBySha(String sha256) {
        String id = Track.idOf(sha256);
        Track track = live.getOrDefault(id, deletedTracks.get(id));
        return track != null && track.sha256().equals(sha256) ? Optional.of(track) : Optional.empty();
    }

    /** Whether the track was deleted and can still be restored ({@link #find} and {@link #all} leave it out). */
    public boolean isDeleted(String id) {
        return deleted.containsKey(id);
    }

    /** The live tracks, oldest import first. */
    public List<Track> all() {
        List<Track> tracks = new ArrayList<>(live.values());
        tracks.sort(Comparator.comparing(Track::importedAt).thenComparing(Track::id));
        return tracks;
    }

    public int size() {
        return live.size();
    }

    public void add(Track track) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO track (" + COLUMNS + ") VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
                bind(p, track);
                return p.executeUpdate();
            }
        });
        live.put(track.id(), track);
        fire();
    }

    /** A change to a track, applied to its current state. */
    @FunctionalInterface
    public interface Change {
        Track apply(Track current);
    }

    /**
     * Changes a live track from its current state and saves it, so that two changes made at once
     * (a rename during a conversion) never undo each other. Returns the saved track, or empty if
     * the track is gone.
     */
    public synchronized Optional<Track> modify(String id, Change change) throws StorageException {
        Track current = live.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Track changed = change.apply(current);
        update(changed);
        return Optional.of(changed);
    }

    /** Saves changed fields of a live track. */
    public synchronized void update(Track track) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE track SET title = ?, artist = ?, cover_file = ?,"
                    + " stream_file = ?, stream_format = ?, status = ?, status_detail = ? WHERE id = ?")) {
                p.setString(1, track.title());
                p.setString(2, track.artist());
                p.setString(3, track.coverFile().orElse(null));
                p.setString(4, track.streamFile().orElse(null));
                p.setString(5, track.streamExtension());
                p.setString(6, track.status().id());
                p.setString(7, track.statusDetail());
                p.setString(8, track.id());
                return p.executeUpdate();
            }
        });
        if (live.replace(track.id(), track) != null) {
            fire();
        }
    }

    /** Hides a track (it stops streaming at once); {@link #restore} brings it back. */
    public void markDeleted(String id) throws StorageException {
        Track track = live.get(id);
        if (track == null) {
            return;
        }
        Instant now = Instant.now();
        setDeleted(id, now.toString());
        live.remove(id);
        deleted.put(id, now);
        deletedTracks.put(id, track);
        fire();
    }

    public void restore(String id) throws StorageException {
        Track track = deletedTracks.get(id);
        if (track == null) {
            return;
        }
        setDeleted(id, null);
        deleted.remove(id);
        deletedTracks.remove(id);
        live.put(id, track);
        fire();
    }

    /** Removes the rows of tracks deleted before {@code cutoff}; returns them, so their files can go too. */
    public List<Track> purgeDeletedBefore(Instant cutoff) throws StorageException {
        List<Track> purged = new ArrayList<>();
        for (Map.Entry<String, Instant> entry : deleted.entrySet()) {
            if (entry.getValue().isBefore(cutoff)) {
                purged.add(deletedTracks.get(entry.getKey()));
            }
        }
        if (purged.isEmpty()) {
            return purged;
        }
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM track WHERE id = ?")) {
                for (Track track : purged) {
                    p.setString(1, track.id());
                    p.addBatch();
                }
                return p.executeBatch();
            }
        });
        for (Track track : purged) {
            deleted.remove(track.id());
            deletedTracks.remove(track.id());
        }
        return purged;
    }

    /** Whether any track, live or deleted, still uses this relative file (a cover shared by an album). */
    public boolean uses(String relative) {
        for (Map<String, Track> tracks : List.of(live, deletedTracks)) {
            for (Track t : tracks.values()) {
                if (relative.equals(t.sourceFile()) || relative.equals(t.coverFile().orElse(null))
                        || relative.equals(t.streamFile().orElse(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.changed();
        }
    }

    private void setDeleted(String id, String when) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE track SET deleted_at = ? WHERE id = ?")) {
                p.setString(1, when);
                p.setString(2, id);
                return p.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement p, Track t) throws SQLException {
        p.setString(1, t.id());
        p.setString(2, t.sha256());
        p.setString(3, t.fileName());
        p.setString(4, t.sourceFile());
        p.setString(5, t.format().name());
        p.setLong(6, t.size());
        p.setLong(7, t.duration().toMillis());
        p.setInt(8, t.bitrate());
        p.setInt(9, t.sampleRate());
        p.setInt(10, t.channels());
        p.setInt(11, t.vbr() ? 1 : 0);
        p.setString(12, t.title());
        p.setString(13, t.artist());
        p.setString(14, t.album());
        p.setInt(15, t.trackNumber());
        p.setString(16, t.coverFile().orElse(null));
        p.setString(17, t.streamFile().orElse(null));
        p.setString(18, t.streamExtension());
        p.setString(19, t.status().id());
        p.setString(20, t.statusDetail());
        p.setString(21, t.importedAt().toString());
        p.setInt(22, t.discNumber());
    }

    private static Track read(ResultSet r) throws SQLException {
        AudioFormat format;
        try {
            format = AudioFormat.valueOf(r.getString(5));
        } catch (IllegalArgumentException e) {
            format = AudioFormat.MP3;
        }
        return new Track(r.getString(1), r.getString(2), r.getString(3), r.getString(4), format, r.getLong(6),
                Duration.ofMillis(r.getLong(7)), r.getInt(8), r.getInt(9), r.getInt(10), r.getInt(11) != 0,
                r.getString(12), r.getString(13), r.getString(14), r.getInt(15), Optional.ofNullable(r.getString(16)),
                Optional.ofNullable(r.getString(17)), r.getString(18), TrackStatus.fromId(r.getString(19)),
                r.getString(20), Instant.parse(r.getString(21)), r.getInt(23));
    }
}
