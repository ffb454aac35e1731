package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's SQLite database, in WAL mode, reached through plain JDBC. At open, each component's
 * numbered migrations are applied in order, each in its own transaction, after a backup copy of
 * an existing database is made. A database written by a newer version (a component at a higher
 * version than this build knows) is refused before anything is written to it.
 *
 * <p>One connection serves the whole app, guarded by a lock: SQLite allows one writer at a time
 * anyway, and the app's reads are small.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Work on the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> versions;
    private final List<BadRow> badRows = new CopyOnWriteArrayList<>();

    /**
     * A row a reader could not make sense of (a malformed timestamp, a value no longer allowed):
     * it was left out and the rest was read (ADR 0056).
     *
     * @param key how to find the row (its id or rowid)
     */
    public record BadRow(String table, String key, String problem) {
        /** In words for the user. */
        public String message() {
            return "Row " + key + " of " + table + " could not be read (" + problem + ") and was left out";
        }
    }

    private Database(Path file, Connection connection, Map<String, Integer> versions) {
        this.file = file;
        this.connection = connection;
        this.versions = versions;
    }

    /**
     * Opens (creating if needed) the database at {@code file} and brings every component up to
     * date. Backups of an existing database go to {@code backupDir} before it is migrated.
     */
    public static Database open(Path file, List<MigrationSet> sets, Path backupDir) throws StorageException {
        checkIsSqlite(file);
        ownerOnly(file);
        Map<String, Integer> stored = Files.exists(file) ? readVersionsReadOnly(file) : Map.of();
        refuseIfTooNew(file, stored, sets);

        Connection connection = connect(file);
        try {
            configure(connection, file);
            Map<String, Integer> versions = new LinkedHashMap<>(stored);
            if (!stored.isEmpty() && hasPending(stored, sets)) {
                backUp(connection, file, backupDir, stored);
            }
            ensureVersionTable(connection);
            for (MigrationSet set : sets) {
                int current = versions.getOrDefault(set.component(), 0);
                for (Migration migration : set.migrations().subList(current, set.latestVersion())) {
                    apply(connection, file, set.component(), migration, backupDir);
                    versions.put(set.component(), migration.version());
                }
            }
            return new Database(file, connection, Map.copyOf(versions));
        } catch (StorageException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteFailures.opening(file, e);
        }
    }

    /** Reads in the shared connection. */
    public <T> T read(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteFailures.using(file, e, "Reading the database failed");
        } finally {
            lock.unlock();
        }
    }

    /** Writes in one transaction: all of the work is kept, or none of it. */
    public <T> T write(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.using(file, e, "Saving to the database failed, and nothing of this change was saved");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reports a row that a reader skips instead of failing on: logged once at WARN with why, and
     * kept for {@link #badRows()}, which start-up shows as a warning. The caller goes on with the
     * next row. The row itself is left in the database untouched.
     */
    public void skipBadRow(String table, String key, Exception why) {
        String problem = why.getClass().getSimpleName() + (why.getMessage() == null ? "" : ": " + why.getMessage());
        BadRow row = new BadRow(table, key, problem.length() > 200 ? problem.substring(0, 200) + "..." : problem);
        if (!badRows.contains(row)) {
            badRows.add(row);
            LOG.warn("{}; the rest was read. The row is left in {} as it is; report this with the log file.",
                    row.message(), file);
        }
    }

    /** The rows readers have skipped since the database was opened. */
    public List<BadRow> badRows() {
        return List.copyOf(badRows);
    }

    /** The schema version of each component, as of now. */
    public Map<String, Integer> schemaVersions() {
        return versions;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }

    private static void checkIsSqlite(Path file) throws StorageException {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file is a new database to SQLite
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw notADatabase(file);
            }
        } catch (AccessDeniedException e) {
            throw new StorageException(StorageProblem.NO_PERMISSION, "This user may not read the database " + file
                    + ". Make it readable and writable by you, or choose another folder with --data-dir.", e);
        } catch (IOException e) {
            throw new StorageException(StorageProblem.DISK_ERROR, "Cannot read the database " + file + " ("
                    + e.getMessage() + "). Check that the disk is connected and healthy, then start again.", e);
        }
    }

    /**
     * The database, its WAL and shared-memory files for this user alone (ADR 0057): a new database
     * is created empty as {@code 0600}, and SQLite gives its {@code -wal} and {@code -shm} files the
     * database file's mode. An existing one is tightened; where that fails it is logged, not fatal.
     */
    private static void ownerOnly(Path file) throws StorageException {
        try {
            OwnerOnly.createFile(file);
        } catch (AccessDeniedException e) {
            throw new StorageException(StorageProblem.NO_PERMISSION, "This user may not create the database " + file
                    + ". Make its folder writable by you, or choose another folder with --data-dir.", e);
        } catch (IOException e) {
            throw new StorageException(StorageProblem.DISK_ERROR, "Cannot create the database " + file + " ("
                    + e.getMessage() + "). Check that the disk is connected and not full, then start again.", e);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            try {
                OwnerOnly.restrict(companion);
            } catch (IOException e) {
                LOG.warn("Could not make {} private to this user: {}", companion, e.toString());
            }
        }
    }

    private static Map<String, Integer> readVersionsReadOnly(Path file) throws StorageException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection(url(file), readOnly)) {
            return readVersions(c);
        } catch (SQLException e) {
            throw SqliteFailures.opening(file, e);
        }
    }

    private static Map<String, Integer> readVersions(Connection c) throws SQLException {
        Map<String, Integer> versions = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet table = s.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (!table.next()) {
                return versions;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT component, version FROM schema_version ORDER BY component")) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getInt(2));
            }
        }
        return versions;
    }

    private static void refuseIfTooNew(Path file, Map<String, Integer> stored, List<MigrationSet> sets)
            throws DatabaseTooNewException {
        List<String> newer = new ArrayList<>();
        for (MigrationSet set : sets) {
            int version = stored.getOrDefault(set.component(), 0);
            if (version > set.latestVersion()) {
                newer.add(set.component() + " v" + version + " (this version knows v" + set.latestVersion() + ")");
            }
        }
        if (!newer.isEmpty()) {
            throw new DatabaseTooNewException("The database " + file
                    + " was written by a newer version of Yoto Smart Stream: " + String.join(", ", newer)
                    + ". It was left untouched. Install the newer version again, or start this one with --data-dir"
                    + " and another folder.");
        }
    }

    private static boolean hasPending(Map<String, Integer> stored, List<MigrationSet> sets) {
        return sets.stream().anyMatch(set -> stored.getOrDefault(set.component(), 0) < set.latestVersion());
    }

    private static Connection connect(Path file) throws StorageException {
        try {
            return DriverManager.getConnection(url(file));
        } catch (SQLException e) {
            throw SqliteFailures.opening(file, e);
        }
    }

    private static void configure(Connection c, Path file) throws SQLException, StorageException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet mode = s.executeQuery("PRAGMA journal_mode = WAL")) {
                String actual = mode.next() ? mode.getString(1) : "?";
                if (!"wal".equalsIgnoreCase(actual)) {
                    throw new StorageException("The database " + file + " could not switch to WAL mode (it is in "
                            + actual + " mode). Move the data folder to a local disk, or choose one with --data-dir.");
                }
            }
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY,"
                    + " version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        }
    }

    private static void backUp(Connection c, Path file, Path backupDir, Map<String, Integer> stored)
            throws StorageException {
        String stamp = DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(":", "").replaceAll("\\..*", "");
        Path target = backupDir.resolve(file.getFileName() + "." + stamp + ".before-upgrade");
        try {
            OwnerOnly.createFolder(backupDir);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            }
            OwnerOnly.restrict(target);
            LOG.info("Backed up the database (schema {}) to {} before upgrading it", stored, target);
        } catch (SQLException e) {
            throw SqliteFailures.using(target, e, "Could not back up the database to " + target
                    + " before upgrading it, so nothing was changed");
        } catch (IOException e) {
            throw new StorageException("Could not back up the database to " + target + " before upgrading it ("
                    + e.getMessage() + "). Nothing was changed. Free some disk space and start again.", e);
        }
    }

    private static void apply(Connection c, Path file, String component, Migration migration, Path backupDir)
            throws StorageException, SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.statements(migration.sql())) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (component, version, applied_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT(component) DO UPDATE SET version = excluded.version,"
                            + " applied_at = excluded.applied_at")) {
                p.setString(1, component);
                p.setInt(2, migration.version());
                p.setString(3, Instant.now().toString());
                p.executeUpdate();
            }
            c.commit();
            LOG.info("Database: applied {} v{} ({})", component, migration.version(), migration.description());
        } catch (SQLException e) {
            c.rollback();
            StorageProblem problem = SqliteFailures.classify(e, file.toAbsolutePath().getParent());
            if (problem != StorageProblem.OTHER && problem != StorageProblem.DAMAGED) {
                throw SqliteFailures.using(file, e, "Could not upgrade the database (step " + component + " v"
                        + migration.version() + "; it was rolled back, so the data is as it was)");
            }
            throw new StorageException("Could not upgrade the database: step " + component + " v"
                    + migration.version() + " (" + migration.description() + ") failed: " + e.getMessage()
                    + ". That step was rolled back, so the data is as it was; a backup of earlier data is in "
                    + backupDir + ". Please report this with the log file.", e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static StorageException notADatabase(Path file) {
        return new StorageException(StorageProblem.NOT_A_DATABASE, "The file " + file + " is not an SQLite"
                + " database (it does not begin as one), so it is not Yoto Smart Stream's. It was left untouched."
                + " If it should not be there, move it out of the data folder and start again (a new, empty database"
                + " will be made), or choose another folder with --data-dir.", null);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing a failed connection", e);
        }
    }
}
