package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    enum Colour { RED, GREEN }

    private static final Setting<String> NAME = Setting.ofString("user.name", "nobody");
    private static final Setting<Integer> VOLUME = Setting.ofInt("player.volume", 8, 0, 16);
    private static final Setting<Boolean> NOTIFY = Setting.ofBoolean("notify.lowBattery", true);
    private static final Setting<Colour> COLOUR = Setting.ofEnum("light.colour", Colour.class, Colour.GREEN);

    @TempDir
    Path temp;

    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(temp.resolve("s.db"), List.of(CoreSchema.migrations()), temp.resolve("backups"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void unsetSettingsReadAsTheirDefaults() throws Exception {
        SettingsStore store = SettingsStore.load(db, Runnable::run);
        assertThat(store.get(NAME)).isEqualTo("nobody");
        assertThat(store.get(VOLUME)).isEqualTo(8);
        assertThat(store.get(NOTIFY)).isTrue();
        assertThat(store.get(COLOUR)).isEqualTo(Colour.GREEN);
    }

    @Test
    void valuesSurviveReloading() throws Exception {
        SettingsStore store = SettingsStore.load(db, Runnable::run);
        store.put(NAME, "Ada");
        store.put(VOLUME, 12);
        store.put(NOTIFY, false);
        store.put(COLOUR, Colour.RED);

        SettingsStore reloaded = SettingsStore.load(db, Runnable::run);
        assertThat(reloaded.get(NAME)).isEqualTo("Ada");
        assertThat(reloaded.get(VOLUME)).isEqualTo(12);
        assertThat(reloaded.get(NOTIFY)).isFalse();
        assertThat(reloaded.get(COLOUR)).isEqualTo(Colour.RED);
    }

    @Test
    void writesGoThroughTheWriterAndReadsSeeThemAtOnce() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        SettingsStore store = SettingsStore.load(db, later);

        store.put(VOLUME, 3);
        assertThat(store.get(VOLUME)).isEqualTo(3);
        assertThat(SettingsStore.load(db, Runnable::run).get(VOLUME)).as("not yet on disk").isEqualTo(8);

        queued.forEach(Runnable::run);
        assertThat(SettingsStore.load(db, Runnable::run).get(VOLUME)).isEqualTo(3);
    }

    @Test
    void puttingTheSameValueAgainWritesNothing() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        SettingsStore store = SettingsStore.load(db, queued::add);
        store.put(NAME, "Ada");
        store.put(NAME, "Ada");
        assertThat(queued).hasSize(1);
    }

    @Test
    void aStoredValueThatDoesNotParseReadsAsTheDefaultAndIsKept() throws Exception {
        db.write(c -> c.createStatement().executeUpdate(
                "INSERT INTO settings VALUES ('player.volume', 'loud'), ('light.colour', 'purple')"));
        SettingsStore store = SettingsStore.load(db, Runnable::run);

        assertThat(store.get(VOLUME)).isEqualTo(8);
        assertThat(store.get(COLOUR)).isEqualTo(Colour.GREEN);
        String stored = db.read(c -> {
            var r = c.createStatement().executeQuery("SELECT value FROM settings WHERE key = 'player.volume'");
            return r.next() ? r.getString(1) : null;
        });
        assertThat(stored).isEqualTo("loud");
    }

    @Test
    void aStoredValueOutOfRangeReadsAsTheDefault() throws Exception {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO settings VALUES ('player.volume', '99')"));
        assertThat(SettingsStore.load(db, Runnable::run).get(VOLUME)).isEqualTo(8);
    }

    @Test
    void anOutOfRangeValueCannotBeStored() throws Exception {
        SettingsStore store = SettingsStore.load(db, Runnable::run);
        assertThatThrownBy(() -> store.put(VOLUME, 17)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("player.volume");
        assertThat(store.get(VOLUME)).isEqualTo(8);
    }

    @Test
    void resetReturnsToTheDefault() throws Exception {
        SettingsStore store = SettingsStore.load(db, Runnable::run);
        store.put(NAME, "Ada");
        store.reset(NAME);
        assertThat(store.get(NAME)).isEqualTo("nobody");
        assertThat(SettingsStore.load(db, Runnable::run).get(NAME)).isEqualTo("nobody");
    }

    @Test
    void flushWaitsUntilBackgroundWritesAreOnDisk() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            SettingsStore store = SettingsStore.load(db, new com.yotosmartstream.core.task.SerialExecutor("settings", pool));
            for (int volume = 0; volume <= 16; volume++) {
                store.put(VOLUME, volume);
            }
            store.put(NAME, "last");

            assertThat(store.flush()).isTrue();
            SettingsStore reloaded = SettingsStore.load(db, Runnable::run);
            assertThat(reloaded.get(VOLUME)).as("the last of the ordered writes wins").isEqualTo(16);
            assertThat(reloaded.get(NAME)).isEqualTo("last");
        } finally {
            pool.shutdownNow();
        }
    }

    private static final Setting<String> PASSWORD = Setting.ofString("streamer.tlsPassword", "");

    private String inTable(String key) throws Exception {
        return db.read(c -> {
            try (var p = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                p.setString(1, key);
                try (var rows = p.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    @Test
    void aSecretInTheSettingsTableIsMovedToTheUsersOwnFileOnce() throws Exception {
        SettingsStore older = SettingsStore.load(db, Runnable::run); // as a version before ADR 0057 kept it
        older.put(PASSWORD, "p12-secret");
        older.put(NAME, "Ada");
        SecretFile secrets = new SecretFile(temp.resolve("secrets.properties"));

        SettingsStore store = SettingsStore.load(db, Runnable::run, secrets, java.util.Set.of(PASSWORD.key()));

        assertThat(store.get(PASSWORD)).isEqualTo("p12-secret");
        assertThat(inTable(PASSWORD.key())).as("left the plain table").isNull();
        assertThat(inTable(NAME.key())).isEqualTo("Ada");
        assertThat(secrets.read()).containsEntry(PASSWORD.key(), "p12-secret");
        if (OwnerOnly.supported()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(secrets.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void aSecretIsWrittenToItsFileNeverToTheTable() throws Exception {
        SecretFile secrets = new SecretFile(temp.resolve("secrets.properties"));
        SettingsStore store = SettingsStore.load(db, Runnable::run, secrets, java.util.Set.of(PASSWORD.key()));

        store.put(PASSWORD, "new = secret: with \\ odd chars");

        assertThat(inTable(PASSWORD.key())).isNull();
        assertThat(SettingsStore.load(db, Runnable::run, secrets, java.util.Set.of(PASSWORD.key())).get(PASSWORD))
                .isEqualTo("new = secret: with \\ odd chars");
        store.reset(PASSWORD);
        assertThat(secrets.file()).doesNotExist();
    }
}
