package com.yotosmartstream.core.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings, kept in the database's {@code settings} table, except the secret ones
 * (named at load), which are kept in a {@link SecretFile} only the user may read (ADR 0057). Reads come from memory;
 * writes update memory at once and reach the database through a serial background executor, so
 * the UI thread never waits on the disk. {@link #flush()} waits for pending writes (at exit).
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Database database;
    private final Executor writer;
    private final Map<String, String> values;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final SecretFile secrets;
    private final Set<String> secretKeys;

    private SettingsStore(Database database, Executor writer, Map<String, String> values, SecretFile secrets,
            Set<String> secretKeys) {
        this.database = database;
        this.writer = writer;
        this.values = values;
        this.secrets = secrets;
        this.secretKeys = Set.copyOf(secretKeys);
    }

    /** Loads all settings; call it in the background, as it reads the disk. */
    public static SettingsStore load(Database database, Executor writer) throws StorageException {
        return new SettingsStore(database, writer, loadTable(database), null, Set.of());
    }

    /**
     * Loads all settings, the ones named in {@code secretKeys} from {@code secrets}. A secret still
     * in the settings table (written by an older version) is moved to the file and removed from the
     * table here, once.
     */
    public static SettingsStore load(Database database, Executor writer, SecretFile secrets, Set<String> secretKeys)
            throws StorageException {
        Map<String, String> values = loadTable(database);
        Map<String, String> secret = new TreeMap<>(secrets.read());
        secret.keySet().retainAll(secretKeys);
        List<String> moved = new ArrayList<>();
        for (String key : secretKeys) {
            String inTable = values.remove(key);
            if (inTable != null) {
                secret.putIfAbsent(key, inTable);
                moved.add(key);
            }
        }
        if (!moved.isEmpty()) {
            secrets.write(secret);
            database.write(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                    for (String key : moved) {
                        p.setString(1, key);
                        p.executeUpdate();
                    }
                }
                return null;
            });
            LOG.info("Moved {} out of the settings table into {}", moved, secrets.file());
        }
        values.putAll(secret);
        return new SettingsStore(database, writer, values, secrets, secretKeys);
    }

    private static Map<String, String> loadTable(Database database) throws StorageException {
        Map<String, String> values = database.read(c -> {
            Map<String, String> loaded = new ConcurrentHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT key, value FROM settings")) {
                while (rows.next()) {
                    loaded.put(rows.getString(1), rows.getString(2));
                }
            }
            return loaded;
        });
        return values;
    }

    public <T> T get(Setting<T> setting) {
        String text = values.get(setting.key());
        if (text == null) {
            return setting.defaultValue();
        }
        Optional<T> value = setting.parse(text);
        if (value.isEmpty() && warned.add(setting.key())) {
            LOG.warn("The setting {} holds '{}', which is not a valid value; using the default '{}' instead",
                    setting.key(), text, setting.defaultValue());
        }
        return value.orElse(setting.defaultValue());
    }

    public <T> void put(Setting<T> setting, T value) {
        String text = setting.format(value);
        if (text.equals(values.put(setting.key(), text))) {
            return;
        }
        warned.remove(setting.key());
        if (secretKeys.contains(setting.key())) {
            writer.execute(this::saveSecrets);
        } else {
            writer.execute(() -> save(setting.key(), text));
        }
    }

    public void reset(Setting<?> setting) {
        if (values.remove(setting.key()) != null) {
            if (secretKeys.contains(setting.key())) {
                writer.execute(this::saveSecrets);
            } else {
                writer.execute(() -> delete(setting.key()));
            }
        }
    }

    private void saveSecrets() {
        Map<String, String> secret = new TreeMap<>();
        for (String key : secretKeys) {
            String value = values.get(key);
            if (value != null) {
                secret.put(key, value);
            }
        }
        try {
            secrets.write(secret);
        } catch (StorageException e) {
            LOG.error("Could not save the private settings: {}", e.getMessage());
        }
    }

    /** Waits (at most a few seconds) until every change made so far is on disk. */
    public boolean flush() {
        CountDownLatch done = new CountDownLatch(1);
        writer.execute(done::countDown);
        try {
            return done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void save(String key, String text) {
        try {
            database.write(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                    p.setString(1, key);
                    p.setString(2, text);
                    return p.executeUpdate();
                }
            });
        } catch (StorageException e) {
            LOG.error("Could not save the setting {}", key, e);
        }
    }

    private void delete(String key) {
        try {
            database.write(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                    p.setString(1, key);
                    return p.executeUpdate();
                }
            });
        } catch (StorageException e) {
            LOG.error("Could not reset the setting {}", key, e);
        }
    }
}
