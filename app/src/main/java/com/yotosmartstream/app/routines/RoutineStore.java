package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineJson;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The household's routines in SQLite (component {@code routines}): one row per routine, its
 * definition as {@link RoutineJson}, kept in the order they were made. A row that cannot be read
 * is skipped and reported ({@link Database#skipBadRow}). Blocking: call it in the background.
 */
public final class RoutineStore {

    private final Database database;

    public RoutineStore(Database database) {
        this.database = database;
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("routines", RoutineStore.class.getClassLoader());
    }

    public List<Routine> all() throws StorageException {
        List<String[]> rows = database.read(connection -> {
            List<String[]> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, definition FROM routine ORDER BY position, name");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return found;
        });
        List<Routine> routines = new ArrayList<>();
        for (String[] row : rows) {
            try {
                routines.add(RoutineJson.read(row[1]).withName(row[0]));
            } catch (IllegalArgumentException e) {
                database.skipBadRow("routine", row[0], e);
            }
        }
        return routines;
    }

    /**
     * Saves the routine under its name; {@code previousName} is the name it was kept under (a
     * rename), or the same name, or null for a new one. A new routine goes last.
     */
    public void save(Routine routine, String previousName) throws StorageException {
        database.write(connection -> {
            int position;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT position FROM routine WHERE name = ?")) {
                find.setString(1, previousName == null ? routine.name() : previousName);
                try (ResultSet result = find.executeQuery()) {
                    position = result.next() ? result.getInt(1) : -1;
                }
            }
            if (position < 0) {
                try (PreparedStatement last = connection.prepareStatement(
                        "SELECT COALESCE(MAX(position), -1) + 1 FROM routine");
                        ResultSet result = last.executeQuery()) {
                    position = result.next() ? result.getInt(1) : 0;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM routine WHERE name IN (?, ?)");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO routine (name, position, definition) VALUES (?, ?, ?)")) {
                delete.setString(1, routine.name());
                delete.setString(2, previousName == null ? routine.name() : previousName);
                delete.executeUpdate();
                insert.setString(1, routine.name());
                insert.setInt(2, position);
                insert.setString(3, RoutineJson.write(routine));
                insert.executeUpdate();
            }
            return null;
        });
    }

    public void delete(String name) throws StorageException {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM routine WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
