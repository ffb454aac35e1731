package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns an SQLite failure into a {@link StorageException} that says which of disk full, disk
 * error, permission, another program or damage it is, and what to do (ADR 0056). The codes are
 * SQLite's (sqlite.org/rescode.html): the primary code is the low byte of the extended one, which
 * sqlite-jdbc reports. Damage is only ever claimed when {@code PRAGMA integrity_check} finds it;
 * {@code SQLITE_CORRUPT} or {@code SQLITE_NOTADB} alone only make the check run.
 */
final class SqliteFailures {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFailures.class);

    static final int SQLITE_PERM = 3;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_AUTH = 23;
    static final int SQLITE_NOTADB = 26;
    /** The shared-memory file could not grow: in practice, no space where it lives. */
    static final int SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8);
    /** Below this much free space, an I/O error is taken for a full disk. */
    static final long LOW_SPACE_BYTES = 8L * 1024 * 1024;

    private SqliteFailures() {
    }

    /** SQLite's extended result code, as far as the exception carries it (0 when it does not). */
    static int code(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode() != null && s.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
                return s.getResultCode().code;
            }
        }
        return e.getErrorCode();
    }

    /** The code's name ({@code SQLITE_IOERR_SHMSIZE}) for messages and the log. */
    static String codeName(SQLException e) {
        int code = code(e);
        SQLiteErrorCode known = SQLiteErrorCode.getErrorCode(code);
        return known == SQLiteErrorCode.UNKNOWN_ERROR ? "SQLite code " + code : known.name();
    }

    /** Which problem an SQLite failure is; {@code DAMAGED} here only means the integrity check must decide. */
    static StorageProblem classify(SQLException e, Path folder) {
        int code = code(e);
        int primary = code & 0xff;
        if (primary == SQLITE_FULL || code == SQLITE_IOERR_SHMSIZE) {
            return StorageProblem.DISK_FULL;
        }
        if (primary == SQLITE_IOERR) {
            return lowOnSpace(folder) ? StorageProblem.DISK_FULL : StorageProblem.DISK_ERROR;
        }
        if (primary == SQLITE_PERM || primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_AUTH) {
            return StorageProblem.NO_PERMISSION;
        }
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
            return StorageProblem.IN_USE;
        }
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            return StorageProblem.DAMAGED;
        }
        return StorageProblem.OTHER;
    }

    /**
     * The exception to show for a failure while opening {@code file}: for a damage candidate, the
     * verdict of {@code PRAGMA integrity_check} on a read-only connection decides.
     */
    static StorageException opening(Path file, SQLException e) {
        Path folder = file.toAbsolutePath().getParent();
        StorageProblem problem = classify(e, folder);
        if (problem == StorageProblem.DAMAGED) {
            return checked(file, e);
        }
        return describe(problem, file, e, "could not be opened");
    }

    /**
     * The exception to show for a failed read or write of an open database.
     *
     * @param what what failed, as the start of a sentence ("Saving to the database failed, and nothing of this change was saved")
     */
    static StorageException using(Path file, SQLException e, String what) {
        Path folder = file.toAbsolutePath().getParent();
        StorageProblem problem = classify(e, folder);
        String code = " (" + codeName(e) + ")";
        String message = switch (problem) {
            case DISK_FULL -> what + code + ": the disk holding " + folder + " is full. Free some space, then try again.";
            case DISK_ERROR -> what + code + ": the disk holding " + folder + " could not be read or written ("
                    + e.getMessage() + "). Check that it is connected and healthy, then try again.";
            case NO_PERMISSION -> what + code + ": this user may no longer write " + file + " or its folder. Make"
                    + " both writable by you, then restart the app.";
            case IN_USE -> what + code + ": another program is holding the database. Close it, then try again.";
            // a running app does not stop to check the whole file; the next start does, and says what to do
            case DAMAGED -> what + code + ": SQLite could not read part of the database. Restart the app: it"
                    + " checks the database at start and says what to do if it is damaged.";
            default -> what + ": " + e.getMessage() + ". If this keeps happening, restart the app and report it with"
                    + " the log file.";
        };
        return new StorageException(problem == StorageProblem.DAMAGED ? StorageProblem.OTHER : problem, message, e);
    }

    private static StorageException describe(StorageProblem problem, Path file, SQLException e, String failed) {
        Path folder = file.toAbsolutePath().getParent();
        String code = " (" + codeName(e) + ")";
        String message = switch (problem) {
            case DISK_FULL -> "The disk holding " + folder + " is full, so the database " + failed + code
                    + ". Nothing is damaged. Free some space on that disk, then start again.";
            case DISK_ERROR -> "The disk holding " + folder + " could not be read or written, so the database "
                    + failed + code + ": " + e.getMessage() + ". The database is most likely fine. Check that the"
                    + " disk (or network drive) is connected and healthy, then start again.";
            case NO_PERMISSION -> "The database " + file + " " + failed + code + ": this user may not write the"
                    + " file or its folder. Make both writable by you (or give them back to you if another user or"
                    + " an administrator made them), or choose another folder with --data-dir.";
            case IN_USE -> "The database " + file + " " + failed + code + ": another program is using it (a backup"
                    + " tool, a database browser, or a second copy of the app). Close it, then start again.";
            default -> "The database " + file + " " + failed + code + ": " + e.getMessage()
                    + ". Please report this with the log file.";
        };
        return new StorageException(problem, message, e);
    }

    private static StorageException checked(Path file, SQLException e) {
        List<String> findings;
        try {
            findings = integrityCheck(file);
        } catch (SQLException checkFailed) {
            StorageProblem again = classify(checkFailed, file.toAbsolutePath().getParent());
            if (again != StorageProblem.DAMAGED) {
                return describe(again, file, checkFailed, "could not be checked");
            }
            // SQLite cannot even read the structure it would check: that is its verdict
            findings = List.of(checkFailed.getMessage());
        }
        if (findings.isEmpty()) {
            LOG.warn("SQLite reported {} opening {}, but PRAGMA integrity_check finds it whole", codeName(e), file, e);
            return new StorageException(StorageProblem.OTHER, "The database " + file + " could not be opened ("
                    + codeName(e) + "), but SQLite's integrity check finds nothing wrong with it, so it was left as it"
                    + " is. Start again; if this keeps happening, report it with the log file.", e);
        }
        Path backups = file.toAbsolutePath().getParent().resolve("backups");
        return new StorageException(StorageProblem.DAMAGED, "The database " + file + " is damaged: SQLite's"
                + " integrity check found " + String.join("; ", findings) + ". It was left untouched. Close the app,"
                + " then either put the newest copy from " + backups + " in its place, or move the damaged file out"
                + " of the data folder to start with an empty library (and report it with the log file).", e);
    }

    /** The integrity check's findings (at most three); empty when it says "ok". */
    static List<String> integrityCheck(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        List<String> findings = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly);
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA integrity_check(3)")) {
            while (rows.next()) {
                String row = rows.getString(1);
                if (!"ok".equalsIgnoreCase(row)) {
                    findings.add(row);
                }
            }
        }
        return findings;
    }

    private static boolean lowOnSpace(Path folder) {
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
