package com.yotosmartstream.app;

import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.DataFolder;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the pages share, made once at start-up and closed once at exit: the data folder,
 * the database, the settings, the task executor, and the audio library with its streaming server.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    private final AppInfo info;
    private final DataFolder dataFolder;
    private final Database database;
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final Streamer streamer;
    private final ThemePreference osTheme;
    private final Supplier<ThemePreference> osThemeReader;
    private final AutoCloseable lock;
    private final List<String> warnings;

    /**
     * @param osTheme the OS's light or dark preference as found at start-up
     * @param osThemeReader reads it again (blocking: call it in the background)
     * @param lock released last, after everything else is closed
     */
    public AppServices(AppInfo info, DataFolder dataFolder, Database database, SettingsStore settings,
            TaskExecutor executor, Streamer streamer, ThemePreference osTheme, Supplier<ThemePreference> osThemeReader,
            AutoCloseable lock) {
        this(info, dataFolder, database, settings, executor, streamer, osTheme, osThemeReader, lock, List.of());
    }

    /** @param warnings what was wrong at start-up but did not stop it, in words for the user */
    public AppServices(AppInfo info, DataFolder dataFolder, Database database, SettingsStore settings,
            TaskExecutor executor, Streamer streamer, ThemePreference osTheme, Supplier<ThemePreference> osThemeReader,
            AutoCloseable lock, List<String> warnings) {
        this.warnings = List.copyOf(warnings);
        this.info = Objects.requireNonNull(info);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.database = Objects.requireNonNull(database);
        this.settings = Objects.requireNonNull(settings);
        this.executor = Objects.requireNonNull(executor);
        this.streamer = Objects.requireNonNull(streamer);
        this.osTheme = Objects.requireNonNull(osTheme);
        this.osThemeReader = Objects.requireNonNull(osThemeReader);
        this.lock = Objects.requireNonNull(lock);
    }

    public AppInfo info() {
        return info;
    }

    public DataFolder dataFolder() {
        return dataFolder;
    }

    public Database database() {
        return database;
    }

    public SettingsStore settings() {
        return settings;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** The audio library and the server that streams it (started in the background after start-up). */
    public Streamer streamer() {
        return streamer;
    }

    /** What was wrong at start-up but did not stop it (no log file, a folder not private): the status bar shows them. */
    public List<String> warnings() {
        return warnings;
    }

    public ThemePreference osTheme() {
        return osTheme;
    }

    /** Reads the OS's light/dark preference again; blocking, so call it from a background task. */
    public Supplier<ThemePreference> osThemeReader() {
        return osThemeReader;
    }

    /** Stops the streaming server, saves pending settings, stops background work, closes the database, frees the data folder. */
    @Override
    public void close() {
        streamer.close();
        if (!settings.flush()) {
            LOG.warn("Some settings may not have been saved before exit");
        }
        executor.close();
        database.close();
        try {
            lock.close();
        } catch (Exception e) {
            LOG.warn("Releasing the data folder lock failed", e);
        }
        LOG.info("{} closed", info.name());
    }

    /** For callers that must close a lock or channel and have no better place for the error. */
    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing after a failed start", e);
        }
    }
}
