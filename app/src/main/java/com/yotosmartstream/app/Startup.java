package com.yotosmartstream.app;

import com.yotosmartstream.app.task.FxTaskExecutor;
import com.yotosmartstream.app.theme.OsThemeDetector;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.DataFolder;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.InstanceLock;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens before the first window: find and lock the data folder, start the log file, open
 * and migrate the database, load the settings, read the OS theme. Runs on the launcher's thread,
 * never on the FX thread.
 */
public final class Startup {

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private Startup() {
    }

    /** Settings kept in the data folder's private file, never in the settings table (ADR 0057). */
    static final Set<String> SECRET_SETTINGS = Set.of(StreamerSettings.TLS_PASSWORD.key());

    /** The schemas of every component; each module adds its set here as it gains tables. */
    static List<MigrationSet> schemas() {
        return List.of(CoreSchema.migrations(), LibrarySchema.migrations(),
                com.yotosmartstream.app.dashboard.HistoryStore.migrations(),
                com.yotosmartstream.icons.library.IconLibrary.migrations(),
                com.yotosmartstream.app.cards.CardStore.migrations(),
                com.yotosmartstream.app.stories.SqliteJourneyStore.migrations(),
                com.yotosmartstream.app.routines.RoutineStore.migrations());
    }

    public static AppServices prepare(LaunchOptions options) throws StartupException {
        return prepare(options, FxTaskExecutor::new, OsThemeDetector.forThisOs()::detect, true);
    }

    /**
     * @param executors makes the task executor (tests pass a same-thread one)
     * @param osTheme reads the OS's light/dark preference
     * @param logToFile whether to add the rolling log file in the data folder
     */
    public static AppServices prepare(LaunchOptions options, Supplier<TaskExecutor> executors,
            Supplier<ThemePreference> osTheme, boolean logToFile) throws StartupException {
        AppInfo info = AppInfo.current();
        DataFolder folder;
        InstanceLock lock;
        try {
            Path location = DataFolder.locate(options.dataDir());
            folder = DataFolder.open(location);
            lock = InstanceLock.acquire(folder);
        } catch (StorageException e) {
            throw new StartupException(e.getMessage(), e);
        }
        TaskExecutor executor = null;
        Database database = null;
        List<String> warnings = new ArrayList<>(folder.warnings());
        try {
            if (logToFile) {
                LogSetup.LogFile log = LogSetup.addFileAppender(folder.logs());
                log.warning().ifPresent(warnings::add);
                LOG.info("{} {} starting; data folder {}, log {}", info.name(), info.version(), folder,
                        log.file().map(Path::toString).orElse("none"));
            }
            database = Database.open(folder.database(), schemas(), folder.backups());
            executor = executors.get();
            SettingsStore settings = SettingsStore.load(database, executor.serial("settings"), folder.secrets(),
                    SECRET_SETTINGS);
            Streamer streamer = Streamer.open(folder.root().resolve("library"), database, settings);
            database.badRows().forEach(row -> warnings.add(row.message() + ". The rest opened; please report this"
                    + " with the log file."));
            warnings.forEach(warning -> LOG.warn("{}", warning));
            return new AppServices(info, folder, database, settings, executor, streamer, osTheme.get(), osTheme, lock,
                    warnings);
        } catch (IOException e) {
            closeAll(executor, database, lock);
            throw new StartupException("The audio library in " + folder.root().resolve("library") + " cannot be opened ("
                    + e.getMessage() + "). Check that you may write to the data folder, or choose another one with"
                    + " --data-dir.", e);
        } catch (StorageException e) {
            closeAll(executor, database, lock);
            throw new StartupException(e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(executor, database, lock);
            throw new StartupException("Yoto Smart Stream could not start: " + e
                    + ". Please report this with the log file from " + folder.logs() + ".", e);
        }
    }

    private static void closeAll(TaskExecutor executor, Database database, InstanceLock lock) {
        if (executor != null) {
            executor.close();
        }
        if (database != null) {
            database.close();
        }
        AppServices.closeQuietly(lock);
    }
}
