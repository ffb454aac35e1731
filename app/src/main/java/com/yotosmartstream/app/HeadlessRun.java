package com.yotosmartstream.app;

import com.yotosmartstream.app.library.LibraryStartup;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.streamer.Streamer;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --headless}: the library and the streaming server without a window, for a home server.
 * Logs the address it serves on (never a token) and runs until the process is stopped (Ctrl+C or
 * SIGTERM), then stops the server and closes the data folder cleanly.
 */
final class HeadlessRun {

    private static final Logger LOG = LoggerFactory.getLogger(HeadlessRun.class);

    private final AppServices services;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    HeadlessRun(AppServices services) {
        this.services = services;
    }

    /** Runs until {@link #stop()} or a shutdown signal; returns the exit code. */
    int run() {
        Streamer streamer = services.streamer();
        streamer.addStatusListener(status -> {
            if (status.running() && !status.problem().isEmpty()) {
                // e.g. a certificate that cannot be used: the server runs on plain HTTP, and says so loudly
                LOG.warn("Streaming {} tracks at {}, but: {}", streamer.library().catalogue().size(),
                        status.base().orElseThrow(), status.problem());
            } else if (status.running()) {
                LOG.info("Streaming {} tracks at {}", streamer.library().catalogue().size(), status.base().orElseThrow());
            } else if (!status.problem().isEmpty()) {
                LOG.error("The streaming server is not running: {}", status.problem());
            }
        });
        streamer.addConversionListener(lines -> lines.forEach(line -> LOG.info("Conversion: {}", line)));
        Runtime.getRuntime().addShutdownHook(new NamedThreadFactory("shutdown").newThread(this::onSignal));
        LibraryStartup.start(services);
        LOG.info("Running without a window; stop with Ctrl+C or SIGTERM");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return Launcher.EXIT_OK;
    }

    /** Ends {@link #run()} (as a signal does). */
    void stop() {
        stopped.countDown();
    }

    private void onSignal() {
        LOG.info("Stopping on request");
        stopped.countDown();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close() {
        try {
            services.close();
        } finally {
            closed.countDown();
        }
    }
}
