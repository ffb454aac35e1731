package com.yotosmartstream.icons.library;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.palette.Palette;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The saved icons in SQLite: name, tags, the PNG bytes (and an animated icon's GIF), with search, duplicate, rename and a
 * delete that can be undone (the row is only marked deleted until {@link #purgeDeleted()}). Also
 * remembers which picture was uploaded to which Yoto account as which media id, and the user's
 * palettes. Every method blocks on the database: call them in the background.
 */
public final class IconLibrary {

    private final Database database;
    private final Clock clock;

    private final List<java.util.function.LongConsumer> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public IconLibrary(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Hears every change of an icon (added, its picture, name or tags saved, deleted, restored): one
     * call per change with the icon's id, on the thread that wrote it, after the write. Pages that
     * show icons (the Icons page, the story editor's picker) list them again. Close the handle to stop.
     */
    public AutoCloseable addChangeListener(java.util.function.LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed(long id) {
        for (java.util.function.LongConsumer listener : listeners) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(IconLibrary.class).warn("An icon listener failed", e);
            }
        }
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("icons", IconLibrary.class.getClassLoader());
    }

    /** Tags as the user typed them: split on commas, trimmed, lower case, each once. */
    public static List<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String tag = part.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    public IconRecord add(String name, List<String> tags, IconImage image) throws StorageException {
        return add(name, tags, IconAnimation.still(image));
    }

    /** Adds an icon; one with several frames keeps them as a GIF too. */
    public IconRecord add(String name, List<String> tags, IconAnimation animation) throws StorageException {
        byte[] png = IconPng.encode(animation.first());
        byte[] gif = animation.isAnimated() ? IconGif.encode(animation) : null;
        long now = clock.millis();
        long id = database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO icon (name, png, gif, sha256, created_ms,"
                    + " updated_ms) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, cleanName(name));
                insert.setBytes(2, png);
                insert.setBytes(3, gif);
                insert.setString(4, sha256(gif != null ? gif : png));
                insert.setLong(5, now);
                insert.setLong(6, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long newId = keys.getLong(1);
                    writeTags(c, newId, tags);
                    return newId;
                }
            }
        });
        changed(id);
        return get(id).orElseThrow();
    }

    /** Saves a new picture for an icon (its name and tags stay). */
    public IconRecord update(long id, IconImage image) throws StorageException {
        return update(id, IconAnimation.still(image));
    }

    /** Saves new frames for an icon (its name and tags stay). */
    public IconRecord update(long id, IconAnimation animation) throws StorageException {
        byte[] png = IconPng.encode(animation.first());
        byte[] gif = animation.isAnimated() ? IconGif.encode(animation) : null;
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE icon SET png = ?, gif = ?, sha256 = ?, updated_ms = ? WHERE id = ?")) {
                update.setBytes(1, png);
                update.setBytes(2, gif);
                update.setString(3, sha256(gif != null ? gif : png));
                update.setLong(4, clock.millis());
                update.setLong(5, id);
                return update.executeUpdate();
            }
        });
        changed(id);
        return get(id).orElseThrow();
    }

    public IconRecord rename(long id, String name) throws StorageException {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE icon SET name = ?, updated_ms = ? WHERE id = ?")) {
                update.setString(1, cleanName(name));
                update.setLong(2, clock.millis());
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
        changed(id);
        return get(id).orElseThrow();
    }

    public IconRecord retag(long id, List<String> tags) throws StorageException {
        database.write(c -> {
            writeTags(c, id, tags);
            return null;
        });
        changed(id);
        return get(id).orElseThrow();
    }

    /** A copy named "<name> copy" with the same tags and picture. */
    public IconRecord duplicate(long id) throws StorageException {
        IconRecord original = get(id).orElseThrow(() -> new StorageException("The icon is no longer in the library"));
        return add(original.name() + " copy", original.tags(), original.animation());
    }

    /** Moves the icon out of sight; {@link #restore} brings it back until {@link #purgeDeleted()}. */
    public void delete(long id) throws StorageException {
        setDeleted(id, clock.millis());
        changed(id);
    }

    public void restore(long id) throws StorageException {
        setDeleted(id, null);
        changed(id);
    }

    /** Removes for good the icons deleted before now (done at start, so undo works for a session). */
    public int purgeDeleted() throws StorageException {
        return database.write(c -> {
            try (Statement delete = c.createStatement()) {
                delete.executeUpdate("DELETE FROM icon_tag WHERE icon_id IN (SELECT id FROM icon WHERE deleted_ms IS NOT NULL)");
                return delete.executeUpdate("DELETE FROM icon WHERE deleted_ms IS NOT NULL");
            }
        });
    }

    public Optional<IconRecord> get(long id) throws StorageException {
        List<IconRecord> found = query("SELECT id, name, png, gif, sha256, updated_ms FROM icon WHERE id = ?"
                + " AND deleted_ms IS NULL", id);
        return found.stream().findFirst();
    }

    /** How many icons there are (deleted ones left out), without reading a picture. */
    public int count() throws StorageException {
        return database.read(c -> {
            try (Statement select = c.createStatement();
                    ResultSet rows = select.executeQuery("SELECT COUNT(*) FROM icon WHERE deleted_ms IS NULL")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /**
     * The icons whose name or a tag contains every word of the query (any case), the most recently
     * changed first. An empty query lists them all.
     */
    public List<IconRecord> search(String query) throws StorageException {
        List<IconRecord> all = query("SELECT id, name, png, gif, sha256, updated_ms FROM icon WHERE deleted_ms IS NULL"
                + " ORDER BY updated_ms DESC, id DESC");
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return all.stream().filter(icon -> Arrays.stream(words).allMatch(word -> word.isEmpty()
                || icon.name().toLowerCase(Locale.ROOT).contains(word)
                || icon.tags().stream().anyMatch(tag -> tag.contains(word)))).toList();
    }

    /** The media id this picture got when it was uploaded to the account, if it was. */
    public Optional<String> uploadedAs(String account, String sha256) throws StorageException {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT media_id FROM icon_upload WHERE account = ? AND sha256 = ?")) {
                select.setString(1, account);
                select.setString(2, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void rememberUpload(String account, String sha256, String mediaId) throws StorageException {
        database.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO icon_upload (account, sha256, media_id,"
                    + " uploaded_ms) VALUES (?, ?, ?, ?) ON CONFLICT (account, sha256) DO UPDATE SET"
                    + " media_id = excluded.media_id, uploaded_ms = excluded.uploaded_ms")) {
                upsert.setString(1, account);
                upsert.setString(2, sha256);
                upsert.setString(3, mediaId);
                upsert.setLong(4, clock.millis());
                return upsert.executeUpdate();
            }
        });
    }

    public void forgetUpload(String account, String sha256) throws StorageException {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM icon_upload WHERE account = ? AND sha256 = ?")) {
                delete.setString(1, account);
                delete.setString(2, sha256);
                return delete.executeUpdate();
            }
        });
    }

    /** The user's own palettes, in order. */
    public List<Palette> palettes() throws StorageException {
        return database.read(c -> {
            List<Palette> palettes = new ArrayList<>();
            try (Statement select = c.createStatement();
                    ResultSet rows = select.executeQuery("SELECT name, colours, position FROM icon_palette ORDER BY position")) {
                while (rows.next()) {
                    List<Integer> colours = new ArrayList<>();
                    for (String hex : rows.getString(2).split(",")) {
                        if (hex.matches("[0-9a-fA-F]{6}")) {
                            colours.add(0xff000000 | HexFormat.fromHexDigits(hex));
                        }
                    }
                    try {
                        palettes.add(new Palette(rows.getString(1), colours, false));
                    } catch (IllegalArgumentException e) {
                        database.skipBadRow("icon_palette", "position " + rows.getLong(3), e); // the others still load
                    }
                }
            }
            return palettes;
        });
    }

    public void savePalettes(List<Palette> palettes) throws StorageException {
        database.write(c -> {
            try (Statement clear = c.createStatement();
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO icon_palette (position, name, colours) VALUES (?, ?, ?)")) {
                clear.executeUpdate("DELETE FROM icon_palette");
                for (int i = 0; i < palettes.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, palettes.get(i).name());
                    insert.setString(3, String.join(",", palettes.get(i).colours().stream()
                            .map(col -> HexFormat.of().toHexDigits(col & 0xffffff).substring(2)).toList()));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String cleanName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? "Untitled" : clean.length() > 80 ? clean.substring(0, 80) : clean;
    }

    private void setDeleted(long id, Long at) throws StorageException {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE icon SET deleted_ms = ? WHERE id = ?")) {
                if (at == null) {
                    update.setNull(1, java.sql.Types.INTEGER);
                } else {
                    update.setLong(1, at);
                }
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    private static void writeTags(Connection c, long id, List<String> tags) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM icon_tag WHERE icon_id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO icon_tag (icon_id, tag) VALUES (?, ?)")) {
            clear.setLong(1, id);
            clear.executeUpdate();
            for (String tag : tags) {
                String clean = tag.strip().toLowerCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    insert.setLong(1, id);
                    insert.setString(2, clean);
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<IconRecord> query(String sql, Object... parameters) throws StorageException {
        return database.read(c -> {
            List<IconRecord> records = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql);
                    PreparedStatement tags = c.prepareStatement("SELECT tag FROM icon_tag WHERE icon_id = ? ORDER BY tag")) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        tags.setLong(1, id);
                        List<String> tagList = new ArrayList<>();
                        try (ResultSet tagRows = tags.executeQuery()) {
                            while (tagRows.next()) {
                                tagList.add(tagRows.getString(1));
                            }
                        }
                        records.add(new IconRecord(id, rows.getString(2), tagList, rows.getBytes(3), rows.getBytes(4),
                                rows.getString(5), Instant.ofEpochMilli(rows.getLong(6))));
                    }
                }
            }
            return records;
        });
    }
}
