package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.AppInfo;
import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.household.HouseholdStatus;
import com.yotosmartstream.app.library.ServerStatusBridge;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.task.FxTaskExecutor;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.DataFolder;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * What the main window is given: the shell's view model (its page and the status bar's server and
 * cloud status kept up to date), the theme, the settings its size and place are kept in, the app's
 * name and folders, and the running background tasks. The page and theme the user picks are saved.
 */
public final class ShellFeature implements AutoCloseable {

    private static final Duration OS_THEME_RECHECK = Duration.ofSeconds(10);

    private final ShellViewModel viewModel;
    private final ThemeManager theme;
    private final SettingsStore settings;
    private final AppInfo info;
    private final DataFolder dataFolder;
    private final TaskExecutor executor;
    private final Supplier<ThemePreference> osThemeReader;
    private final Clock clock;
    private Instant lastOsThemeCheck;
    private Timeline cloudStatus;

    ShellFeature(ShellViewModel viewModel, ThemeManager theme, SettingsStore settings, AppInfo info,
            DataFolder dataFolder, TaskExecutor executor, Supplier<ThemePreference> osThemeReader, Clock clock) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.settings = settings;
        this.info = info;
        this.dataFolder = dataFolder;
        this.executor = executor;
        this.osThemeReader = osThemeReader;
        this.clock = clock;
        this.lastOsThemeCheck = clock.instant();
        viewModel.currentPageProperty().addListener((obs, old, page) -> settings.put(AppSettings.LAST_PAGE, page));
        theme.preferenceProperty().addListener((obs, old, preference) -> settings.put(AppSettings.THEME, preference));
    }

    /** Keeps the status bar's server and cloud status up to date (on the FX thread). */
    void start(Streamer streamer, HouseholdService household, Executor fx) {
        ServerStatusBridge.bind(streamer, viewModel.serverStatusProperty(), fx);
        cloudStatus = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> viewModel.cloudStatusProperty()
                .set(HouseholdStatus.describe(household, clock.instant()))));
        cloudStatus.setCycleCount(Animation.INDEFINITE);
        cloudStatus.play();
        household.stateProperty().addListener((obs, old, state) -> viewModel.cloudStatusProperty().set(
                HouseholdStatus.describe(household, clock.instant())));
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public ThemeManager theme() {
        return theme;
    }

    /** Where the window keeps its size, place and maximised state. */
    public SettingsStore windowSettings() {
        return settings;
    }

    public AppInfo info() {
        return info;
    }

    /** The data folder and its log folder (to show and open). */
    public DataFolder dataFolder() {
        return dataFolder;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** The background tasks running now (for the status bar). */
    public ObservableList<Task<?>> runningTasks() {
        return executor instanceof FxTaskExecutor fx ? fx.running() : FXCollections.observableArrayList();
    }

    /**
     * The window came to the front, so the OS theme may have changed: reads it again in the
     * background (at most every ten seconds).
     */
    public void recheckOsTheme() {
        Instant now = clock.instant();
        if (Duration.between(lastOsThemeCheck, now).compareTo(OS_THEME_RECHECK) < 0) {
            return;
        }
        lastOsThemeCheck = now;
        executor.submit(BackgroundTask.of("Reading the system theme", ctx -> osThemeReader.get())
                .onSuccess(os -> theme.osProperty().set(os)));
    }

    @Override
    public void close() {
        if (cloudStatus != null) {
            cloudStatus.stop();
        }
    }
}
