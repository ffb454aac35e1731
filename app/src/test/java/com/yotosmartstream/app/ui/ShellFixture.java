package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.StartupException;
import com.yotosmartstream.app.compose.AppComposition;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Builds the real main window, through the real start-up, on a temporary data folder, with
 * background work on the calling thread.
 */
final class ShellFixture implements AutoCloseable {

    final AppServices services;
    /** The composition root the window was built on (its household, its features). */
    final AppComposition app;
    final MainWindow window;
    final Stage stage;
    /** What the app asked the desktop to open. */
    final List<Path> opened;
    /** The web pages the app asked the desktop to open in the browser. */
    final List<java.net.URI> browsed;

    private ShellFixture(AppServices services, AppComposition app, MainWindow window, Stage stage, List<Path> opened,
            List<java.net.URI> browsed) {
        this.browsed = browsed;
        this.services = services;
        this.app = app;
        this.window = window;
        this.stage = stage;
        this.opened = opened;
    }

    /** Call from a TestFX {@code @Start} method (on the FX thread). */
    static ShellFixture open(Stage stage, Path dataDir, String... options) throws StartupException {
        List<String> args = new ArrayList<>(List.of(options));
        args.add("--data-dir=" + dataDir);
        if (args.stream().noneMatch(a -> a.startsWith("--demo-players"))) {
            args.add("--demo-players=0"); // shell tests need no simulated household
        }
        LaunchOptions launch = LaunchOptions.parse(args.toArray(String[]::new));
        AppServices services = Startup.prepare(launch, CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        AppComposition app = new AppComposition(services, launch);
        List<Path> opened = new ArrayList<>();
        List<java.net.URI> browsed = new java.util.concurrent.CopyOnWriteArrayList<>();
        MainWindow window = MainWindow.open(stage, app, launch, new Desktop() {
            @Override
            public void open(Path folderOrFile) {
                opened.add(folderOrFile);
            }

            @Override
            public void browse(java.net.URI page) {
                browsed.add(page);
            }
        });
        return new ShellFixture(services, app, window, stage, opened, browsed);
    }

    /**
     * Hides the window as a user closing it would (saving its state), then closes the composition
     * (live updates, household, services) and so frees the data folder.
     */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            window.saveState();
            stage.hide();
            app.close();
        });
    }
}
