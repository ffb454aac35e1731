package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Launcher;
import com.yotosmartstream.app.compose.AppComposition;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the main window on the composition the launcher prepared. */
public final class YotoSmartStreamApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(YotoSmartStreamApp.class);

    private static volatile AppComposition preparedApp;
    private static volatile LaunchOptions preparedOptions;
    private static final AtomicInteger EXIT_CODE = new AtomicInteger(Launcher.EXIT_OK);

    private MainWindow window;

    /** Runs the app until its window closes; returns the process exit code. */
    public static int launch(AppComposition app, LaunchOptions options) {
        preparedApp = app;
        preparedOptions = options;
        Application.launch(YotoSmartStreamApp.class);
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        AppComposition app = preparedApp;
        LaunchOptions options = preparedOptions;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> onUncaught(error, options));
        LOG.info(app.info().runtimeDescription());
        try {
            window = MainWindow.open(stage, app, options, new HostDesktop(getHostServices()));
            app.startLibrary();
            if (options.unattended()) {
                UnattendedRun.start(stage, options, app.shell().executor(), this::finish);
            }
        } catch (RuntimeException e) {
            LOG.error("Yoto Smart Stream could not open its window: {}", e.getMessage(), e);
            finish(Launcher.EXIT_STARTUP_FAILED);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveState();
        }
        preparedApp.close();
    }

    private void finish(int code) {
        EXIT_CODE.set(code);
        Platform.exit();
    }

    private void onUncaught(Throwable error, LaunchOptions options) {
        LOG.error("Unexpected error: {}", error.getMessage(), error);
        if (options.unattended()) {
            finish(Launcher.EXIT_STARTUP_FAILED);
        } else if (window != null) {
            window.showError("Something went wrong", error);
        }
    }
}
