package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Launcher;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test} and {@code --screenshot}: wait until the main window has been drawn, write
 * the screenshot if asked (in the background), then end with an exit code. A window that never
 * draws within a minute fails the run.
 */
final class UnattendedRun {

    private static final Logger LOG = LoggerFactory.getLogger(UnattendedRun.class);
    /** Pulses to wait: the first lays out and draws; by the third, the first frame is on screen. */
    private static final int PULSES = 3;

    private UnattendedRun() {
    }

    static void start(Stage stage, LaunchOptions options, TaskExecutor executor, IntConsumer finish) {
        PauseTransition deadline = new PauseTransition(javafx.util.Duration.seconds(60 + options.screenshotDelaySeconds()));
        deadline.setOnFinished(e -> {
            LOG.error("The main window was not drawn within a minute");
            finish.accept(Launcher.EXIT_STARTUP_FAILED);
        });
        deadline.play();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < PULSES) {
                    return;
                }
                stop();
                deadline.stop();
                LOG.info("First frame drawn: {}x{}", stage.getScene().getWidth(), stage.getScene().getHeight());
                if (options.screenshot().isPresent()) {
                    PauseTransition settle = new PauseTransition(javafx.util.Duration.seconds(
                            options.screenshotDelaySeconds()));
                    settle.setOnFinished(done -> writeScreenshot(stage, options.screenshot().get(), executor, finish));
                    settle.play();
                } else {
                    finish.accept(Launcher.EXIT_OK);
                }
            }
        }.start();
    }

    private static void writeScreenshot(Stage stage, Path file, TaskExecutor executor, IntConsumer finish) {
        Screenshots.Pixels pixels = Screenshots.capture(stage.getScene());
        executor.submit(BackgroundTask.running("Writing the screenshot", ctx -> Screenshots.writePng(pixels, file))
                .onSuccess(done -> {
                    LOG.info("Screenshot written to {}", file.toAbsolutePath());
                    finish.accept(Launcher.EXIT_OK);
                })
                .onFailure(error -> {
                    LOG.error("Could not write the screenshot to {}: {}", file, error.getMessage(), error);
                    finish.accept(Launcher.EXIT_STARTUP_FAILED);
                }));
    }
}
