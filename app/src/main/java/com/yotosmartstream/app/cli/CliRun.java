package com.yotosmartstream.app.cli;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.StartupException;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.app.task.PoolTaskExecutor;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.DataFolder;
import com.yotosmartstream.core.storage.StorageException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs a library command from the command line: through the app already running on the data
 * folder when there is one ({@link ControlChannel}), else by opening the data folder itself (the
 * same rules as the window: {@code --data-dir}, {@code YOTO_SMART_STREAM_DATA}, the per-user folder).
 */
public final class CliRun {

    /** Exit code when the data folder cannot be opened (as the launcher's start-up failure). */
    public static final int STARTUP_FAILED = 1;

    private CliRun() {
    }

    public static int run(CliRequest request, LaunchOptions options, CliOutput output) {
        try {
            OptionalInt remote = ControlChannel.ask(DataFolder.locate(options.dataDir()), request.toArguments(),
                    output);
            if (remote.isPresent()) {
                return remote.getAsInt();
            }
        } catch (IOException | StorageException e) {
            output.err("The running app could not be asked (" + e.getMessage() + "); opening the data folder.");
        }
        AppServices services;
        try {
            services = Startup.prepare(options, PoolTaskExecutor::new, () -> ThemePreference.LIGHT, true);
        } catch (StartupException e) {
            output.err(e.getMessage());
            return STARTUP_FAILED;
        }
        try (services) {
            LibraryCommands commands = new LibraryCommands(services.streamer(),
                    new CardStore(services.database(), Clock.systemUTC()), () -> output.err("New tracks that need"
                    + " converting are converted by --convert, or when the app or --headless next starts."));
            return commands.run(request, output);
        } catch (StorageException e) {
            output.err(e.getMessage());
            return STARTUP_FAILED;
        }
    }

    /** The handler a running app serves commands with: its own library, converting imports at once. */
    public static ControlChannel.Handler handler(AppServices services) {
        LibraryCommands commands = new LibraryCommands(services.streamer(),
                new CardStore(services.database(), Clock.systemUTC()),
                () -> services.streamer().requestConversion(services.executor()));
        return (List<String> arguments, CliOutput output) -> {
            var request = CliRequest.parse(arguments.toArray(String[]::new));
            if (request.isEmpty()) {
                output.err("No library command given.");
                return 2;
            }
            return commands.run(request.get(), output);
        };
    }
}
