package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    private final MigrationSet notesV1 = new MigrationSet("notes", List.of(
            new Migration(1, "notes table", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);")));
    private final MigrationSet notesV2 = new MigrationSet("notes", List.of(notesV1.migrations().get(0),
            new Migration(2, "note titles", "ALTER TABLE notes ADD COLUMN title TEXT;"
                    + " UPDATE notes SET title = 'untitled';")));

    private Path file() {
        return temp.resolve("test.db");
    }

    private Path backups() {
        return temp.resolve("backups");
    }

    @Test
    void aNewDatabaseIsInWalModeWithEveryMigrationApplied() throws Exception {
        try (Database db = Database.open(file(), List.of(CoreSchema.migrations(), notesV2), backups())) {
            assertThat(db.schemaVersions()).containsEntry("core", 1).containsEntry("notes", 2);
            assertThat(query(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(query(db, "PRAGMA foreign_keys")).isEqualTo("1");
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO notes (text, title) VALUES ('hi', 't')"));
        }
        assertThat(backups()).doesNotExist();
    }

    @Test
    void reopeningAppliesOnlyTheNewMigrationsAndBacksUpFirst() throws Exception {
        try (Database db = Database.open(file(), List.of(notesV1), backups())) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO notes (text) VALUES ('kept')"));
        }
        try (Database db = Database.open(file(), List.of(notesV2), backups())) {
            assertThat(db.schemaVersions()).containsEntry("notes", 2);
            assertThat(query(db, "SELECT text || '/' || title FROM notes")).isEqualTo("kept/untitled");
        }
        try (var listing = Files.list(backups())) {
            Path backup = listing.findFirst().orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                assertThat(single(c, "SELECT version FROM schema_version WHERE component = 'notes'")).isEqualTo("1");
                assertThat(single(c, "SELECT text FROM notes")).isEqualTo("kept");
            }
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseChangesNothing() throws Exception {
        Database.open(file(), List.of(notesV2), backups()).close();
        try (Database db = Database.open(file(), List.of(notesV2), backups())) {
            assertThat(db.schemaVersions()).containsEntry("notes", 2);
        }
        assertThat(backups()).doesNotExist();
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftByteForByte() throws Exception {
        Database.open(file(), List.of(notesV2), backups()).close();
        String before = sha256(file());

        assertThatThrownBy(() -> Database.open(file(), List.of(notesV1), backups()))
                .isInstanceOf(DatabaseTooNewException.class)
                .hasMessageContaining("newer version")
                .hasMessageContaining("notes v2 (this version knows v1)")
                .hasMessageContaining("left untouched");

        assertThat(sha256(file())).isEqualTo(before);
        assertThat(backups()).doesNotExist();
    }

    @Test
    void aFailingMigrationIsRolledBackAndReported() throws Exception {
        Database.open(file(), List.of(notesV1), backups()).close();
        MigrationSet broken = new MigrationSet("notes", List.of(notesV1.migrations().get(0),
                new Migration(2, "broken step", "ALTER TABLE notes ADD COLUMN extra TEXT; SELECT * FROM missing_table;")));

        assertThatThrownBy(() -> Database.open(file(), List.of(broken), backups()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("notes v2 (broken step)")
                .hasMessageContaining("rolled back");

        try (Database db = Database.open(file(), List.of(notesV1), backups())) {
            assertThat(db.schemaVersions()).containsEntry("notes", 1);
            assertThat(query(db, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'extra'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(file(), "this is a shopping list, not a database");
        String before = sha256(file());

        assertThatThrownBy(() -> Database.open(file(), List.of(notesV1), backups()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is not an SQLite database")
                .hasMessageContaining("left untouched")
                .hasMessageNotContaining("damaged")
                .extracting(e -> ((StorageException) e).problem()).isEqualTo(StorageProblem.NOT_A_DATABASE);
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndLeftAlone() throws Exception {
        try (Database db = Database.open(file(), List.of(notesV1), backups())) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO notes (text) VALUES ('x')"));
        }
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, 120)); // header survives, pages are gone
        String before = sha256(file());

        assertThatThrownBy(() -> Database.open(file(), List.of(notesV1), backups()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is damaged: SQLite's integrity check found")
                .hasMessageContaining("backups")
                .extracting(e -> ((StorageException) e).problem()).isEqualTo(StorageProblem.DAMAGED);
        assertThat(sha256(file())).isEqualTo(before);
    }

    @Test
    void aFailedWriteKeepsNothingOfTheTransaction() throws Exception {
        try (Database db = Database.open(file(), List.of(notesV1), backups())) {
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO notes (text) VALUES ('half')");
                return c.createStatement().executeUpdate("INSERT INTO notes (text) VALUES (NULL)");
            })).isInstanceOf(StorageException.class).hasMessageContaining("nothing of this change was saved");
            assertThat(query(db, "SELECT count(*) FROM notes")).isEqualTo("0");
        }
    }

    private static String query(Database db, String sql) throws StorageException {
        return db.read(c -> single(c, sql));
    }

    private static String single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String mode(Path path) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDatabaseAndItsWalAndBackupsAreForTheUserAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(OwnerOnly.supported(), "POSIX permissions");
        try (Database db = Database.open(file(), List.of(notesV1), backups())) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO notes (text) VALUES ('x')"));
            assertThat(mode(file())).isEqualTo("rw-------");
            assertThat(mode(temp.resolve("test.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(temp.resolve("test.db-shm"))).isEqualTo("rw-------");
        }
        Files.setPosixFilePermissions(file(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        try (Database db = Database.open(file(), List.of(notesV2), backups())) {
            assertThat(mode(file())).isEqualTo("rw-------");
        }
        try (var copies = Files.list(backups())) {
            for (Path copy : copies.toList()) {
                assertThat(mode(copy)).as(copy.toString()).isEqualTo("rw-------");
            }
        }
        assertThat(mode(backups())).isEqualTo("rwx------");
    }
}
