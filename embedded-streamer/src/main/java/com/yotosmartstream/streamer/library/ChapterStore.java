package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.streamer.chapters.Chapter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The chapter marks of tracks (table {@code track_chapter}), kept apart from the catalogue's rows
 * because few tracks have them and they are read only when a track is shown or made into a card.
 * Blocking: call from background tasks.
 */
public final class ChapterStore {

    private final Database database;

    ChapterStore(Database database) {
        this.database = database;
    }

    /** Replaces the chapters of {@code trackId}. */
    public void save(String trackId, List<Chapter> chapters) throws StorageException {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM track_chapter WHERE track_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO track_chapter (track_id, position,"
                         + " start_ms, end_ms, title) VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, trackId);
                delete.executeUpdate();
                for (int i = 0; i < chapters.size(); i++) {
                    Chapter chapter = chapters.get(i);
                    insert.setString(1, trackId);
                    insert.setInt(2, i);
                    insert.setLong(3, chapter.start().toMillis());
                    insert.setLong(4, chapter.end().toMillis());
                    insert.setString(5, chapter.title());
                    insert.addBatch();
                }
                insert.executeBatch();
                return null;
            }
        });
    }

    /** The chapters of {@code trackId} in order; none when it has none. A row that makes no chapter is skipped. */
    public List<Chapter> of(String trackId) throws StorageException {
        return database.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT position, start_ms, end_ms, title FROM"
                    + " track_chapter WHERE track_id = ? ORDER BY position")) {
                p.setString(1, trackId);
                List<Chapter> chapters = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        try {
                            chapters.add(new Chapter(Duration.ofMillis(r.getLong(2)), Duration.ofMillis(r.getLong(3)),
                                    r.getString(4)));
                        } catch (IllegalArgumentException | NullPointerException e) {
                            database.skipBadRow("track_chapter", trackId + "/" + r.getInt(1), e);
                        }
                    }
                }
                return chapters;
            }
        });
    }

    /** Forgets the chapters of a purged track. */
    void forget(String trackId) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM track_chapter WHERE track_id = ?");
                 PreparedStatement unread = c.prepareStatement("DELETE FROM track_chapters_unread WHERE track_id = ?")) {
                p.setString(1, trackId);
                unread.setString(1, trackId);
                return p.executeUpdate() + unread.executeUpdate();
            }
        });
    }

    /** Marks a track whose chapters could not be read at import (no ffprobe could run): read once one can. */
    void markUnread(String trackId) throws StorageException {
        setUnread(trackId, true);
    }

    /** The chapters of {@code trackId} have been read (or it has none to read). */
    void markRead(String trackId) throws StorageException {
        setUnread(trackId, false);
    }

    private void setUnread(String trackId, boolean unread) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement(unread
                    ? "INSERT OR IGNORE INTO track_chapters_unread (track_id) VALUES (?)"
                    : "DELETE FROM track_chapters_unread WHERE track_id = ?")) {
                p.setString(1, trackId);
                return p.executeUpdate();
            }
        });
    }

    /** The tracks whose chapters wait for an ffprobe, oldest mark first. */
    List<String> unread() throws StorageException {
        return database.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT track_id FROM track_chapters_unread ORDER BY rowid");
                 ResultSet r = p.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (r.next()) {
                    ids.add(r.getString(1));
                }
                return ids;
            }
        });
    }
}
