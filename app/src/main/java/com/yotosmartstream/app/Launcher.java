package com.yotosmartstream.app;

import com.yotosmartstream.app.compose.AppComposition;
import com.yotosmartstream.app.ui.StartupErrorApp;
import com.yotosmartstream.app.ui.YotoSmartStreamApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point. Kept apart from the {@code Application} class so the app also starts from a
 * plain class path (jpackage, {@code java -jar}). Exit codes: 0 fine, 1 could not start,
 * 2 bad command line, 3 a step of {@code --run-routine} failed.
 */
public final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_STARTUP_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}{}{}", e.getMessage(), System.lineSeparator(), LaunchOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            LOG.info("{}{}", System.lineSeparator(), LaunchOptions.USAGE);
            return EXIT_OK;
        }
        AppServices services;
        try {
            services = options.headless() || options.runRoutine().isPresent()
                    ? Startup.prepare(options, com.yotosmartstream.app.task.PoolTaskExecutor::new,
                            () -> com.yotosmartstream.app.theme.ThemePreference.LIGHT, true)
                    : Startup.prepare(options);
        } catch (StartupException e) {
            LOG.error("Yoto Smart Stream could not start. {}", e.getMessage());
            LOG.debug("Start-up failure", e);
            if (!options.unattended() && !options.headless()) {
                StartupErrorApp.show(e.getMessage());
            }
            return EXIT_STARTUP_FAILED;
        }
        if (options.headless()) {
            return new HeadlessRun(services).run();
        }
        if (options.runRoutine().isPresent()) {
            return com.yotosmartstream.app.compose.CommandLineRoutine.run(services, options, options.runRoutine().get());
        }
        try {
            return YotoSmartStreamApp.launch(new AppComposition(services, options), options);
        } catch (RuntimeException e) {
            LOG.error("Yoto Smart Stream could not start its window: {}", e.getMessage(), e);
            services.close();
            return EXIT_STARTUP_FAILED;
        }
    }
}
