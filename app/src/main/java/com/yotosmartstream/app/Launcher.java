package com.yotosmartstream.app;

import com.yotosmartstream.app.cli.CliOutput;
import com.yotosmartstream.app.cli.CliRequest;
import com.yotosmartstream.app.cli.CliRun;
import com.yotosmartstream.app.cli.ControlChannel;
import com.yotosmartstream.app.compose.AppComposition;
import com.yotosmartstream.app.ui.StartupErrorApp;
import com.yotosmartstream.app.ui.YotoSmartStreamApp;
import java.util.Optional;
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
        Optional<CliRequest> command;
        try {
            command = CliRequest.parse(args);
            options = LaunchOptions.parse(command.map(c -> c.rest().toArray(String[]::new)).orElse(args));
        } catch (IllegalArgumentException e) {
            LOG.error("{}{}{}{}{}", e.getMessage(), System.lineSeparator(), LaunchOptions.USAGE,
                    System.lineSeparator(), CliRequest.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            LOG.info("{}{}{}{}", System.lineSeparator(), LaunchOptions.USAGE, System.lineSeparator(), CliRequest.USAGE);
            return EXIT_OK;
        }
        if (command.isPresent()) {
            return CliRun.run(command.get(), options, CliOutput.standard());
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
        if (options.runRoutine().isPresent()) {
            return com.yotosmartstream.app.compose.CommandLineRoutine.run(services, options, options.runRoutine().get());
        }
        try (ControlChannel control = serveCommands(services, options)) {
            if (options.headless()) {
                return new HeadlessRun(services).run();
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

    /** Library commands from a second process reach this one (ADR 0081); none for runs that close by themselves. */
    private static ControlChannel serveCommands(AppServices services, LaunchOptions options) {
        if (options.unattended()) {
            return null;
        }
        try {
            return ControlChannel.serve(services.dataFolder().root(), CliRun.handler(services));
        } catch (java.io.IOException e) {
            LOG.warn("Library commands from the command line cannot reach this run ({}); they will say the data"
                    + " folder is in use", e.getMessage());
            return null;
        }
    }
}
