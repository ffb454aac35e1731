package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Start-up failures told apart by SQLite's result code (ADR 0056). The exceptions are the ones
 * sqlite-jdbc throws (a full disk cannot be made in a test); the database files are real, so the
 * integrity check runs for real.
 */
class SqliteFailuresTest {

    @TempDir
    Path temp;

    private Path healthyDatabase() throws StorageException {
        Path file = temp.resolve("yoto-smart-stream.db");
        Database.open(file, List.of(CoreSchema.migrations()), temp.resolve("backups")).close();
        return file;
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    @Test
    void aSharedMemoryFileThatCannotGrowIsAFullDiskNotDamage() throws Exception {
        // issue 16: a full disk gave SQLITE_IOERR_SHMSIZE and was reported as "not a database, or damaged"
        StorageException e = SqliteFailures.opening(healthyDatabase(), sqlite(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE));

        assertThat(e.problem()).isEqualTo(StorageProblem.DISK_FULL);
        assertThat(e.getMessage()).contains("is full").contains("Free some space").contains("Nothing is damaged")
                .contains("SQLITE_IOERR_SHMSIZE").doesNotContain("damaged:").doesNotContain("Move it out");
    }

    @Test
    void sqliteFullIsAFullDisk() throws Exception {
        assertThat(SqliteFailures.opening(healthyDatabase(), sqlite(SQLiteErrorCode.SQLITE_FULL)).problem())
                .isEqualTo(StorageProblem.DISK_FULL);
    }

    @Test
    void anotherIoErrorIsADiskErrorAndTheDatabaseIsProbablyFine() throws Exception {
        StorageException e = SqliteFailures.opening(healthyDatabase(), sqlite(SQLiteErrorCode.SQLITE_IOERR_READ));

        assertThat(e.problem()).isIn(StorageProblem.DISK_ERROR, StorageProblem.DISK_FULL);
        assertThat(e.getMessage()).doesNotContain("is damaged");
    }

    @Test
    void readOnlyAndCannotOpenArePermissionProblems() throws Exception {
        Path file = healthyDatabase();
        for (SQLiteErrorCode code : List.of(SQLiteErrorCode.SQLITE_READONLY, SQLiteErrorCode.SQLITE_READONLY_DIRECTORY,
                SQLiteErrorCode.SQLITE_CANTOPEN, SQLiteErrorCode.SQLITE_PERM)) {
            StorageException e = SqliteFailures.opening(file, sqlite(code));
            assertThat(e.problem()).as(code.name()).isEqualTo(StorageProblem.NO_PERMISSION);
            assertThat(e.getMessage()).contains("may not write").contains("--data-dir");
        }
    }

    @Test
    void aBusyDatabaseSaysAnotherProgramHoldsIt() throws Exception {
        StorageException e = SqliteFailures.opening(healthyDatabase(), sqlite(SQLiteErrorCode.SQLITE_BUSY));

        assertThat(e.problem()).isEqualTo(StorageProblem.IN_USE);
        assertThat(e.getMessage()).contains("another program");
    }

    @Test
    void corruptIsNotCalledDamagedWhenTheIntegrityCheckFindsTheFileWhole() throws Exception {
        StorageException e = SqliteFailures.opening(healthyDatabase(), sqlite(SQLiteErrorCode.SQLITE_CORRUPT));

        assertThat(e.problem()).isNotEqualTo(StorageProblem.DAMAGED);
        assertThat(e.getMessage()).contains("integrity check finds nothing wrong").doesNotContain("is damaged");
    }

    @Test
    void aWriteOnAFullDiskSaysSoAndThatNothingWasSaved() throws Exception {
        try (Database db = Database.open(temp.resolve("w.db"), List.of(CoreSchema.migrations()), temp.resolve("b"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(c -> {
                throw sqlite(SQLiteErrorCode.SQLITE_FULL);
            })).isInstanceOf(StorageException.class).hasMessageContaining("is full")
                    .hasMessageContaining("nothing of this change was saved");
        }
    }
}
