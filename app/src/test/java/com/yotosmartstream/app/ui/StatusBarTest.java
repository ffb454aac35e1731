package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppInfo;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ServiceStatus;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.task.FxTaskExecutor;
import com.yotosmartstream.core.task.BackgroundTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    private final ShellViewModel viewModel = new ShellViewModel(Page.DASHBOARD);
    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @Start
    void start(Stage stage) {
        StatusBar bar = new StatusBar(viewModel, executor.running(), new AppInfo("Yoto Smart Stream", "9.8.7"));
        stage.setScene(new Scene(bar.view(), 900, 40));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void showsTheCloudAndServerStateAndTheirReasons(FxRobot robot) {
        assertThat(label(robot, "#status-cloud").getText()).isEqualTo("Cloud: not signed in");
        assertThat(label(robot, "#status-server").getText()).isEqualTo("Streaming: stopped");

        robot.interact(() -> viewModel.cloudStatusProperty().set(new ServiceStatus(ServiceStatus.Level.ERROR,
                "Cloud: reconnecting in 8 s", "The broker closed the connection: token expired")));

        Label cloud = label(robot, "#status-cloud");
        assertThat(cloud.getText()).isEqualTo("Cloud: reconnecting in 8 s");
        assertThat(cloud.getTooltip().getText()).isEqualTo("The broker closed the connection: token expired");
        Node dot = cloud.getParent().getChildrenUnmodifiable().get(0);
        assertThat(dot.getStyleClass()).contains("level-error").doesNotContain("level-off");
    }

    @Test
    void workAskedForWhileTheAppClosesIsDroppedNotThrown(FxRobot robot) throws Exception {
        com.yotosmartstream.app.task.FxTaskExecutor closing = new com.yotosmartstream.app.task.FxTaskExecutor();
        closing.close();
        AtomicReference<String> outcome = new AtomicReference<>("none");
        com.yotosmartstream.core.task.TaskHandle[] handle = new com.yotosmartstream.core.task.TaskHandle[1];

        robot.interact(() -> handle[0] = closing.submit(BackgroundTask.of("Converting audio", ctx -> "done")
                .onSuccess(outcome::set).onCancelled(() -> outcome.set("cancelled"))));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(handle[0].isCancelled()).isTrue();
        assertThat(outcome.get()).isEqualTo("cancelled");
    }

    @Test
    void startUpWarningsShowOnlyWhenThereAreSome(FxRobot robot) {
        Label warnings = label(robot, "#status-warnings");
        assertThat(warnings.getParent().isVisible()).isFalse();

        robot.interact(() -> viewModel.setWarnings(java.util.List.of("No log file is kept: the logs folder /data/logs"
                + " it is read-only.")));

        assertThat(warnings.getParent().isVisible()).isTrue();
        assertThat(warnings.getText()).isEqualTo("1 warning");
        assertThat(warnings.getTooltip().getText()).contains("read-only");
    }

    @Test
    void showsTheVersion(FxRobot robot) {
        assertThat(label(robot, "#status-version").getText()).isEqualTo("v9.8.7");
    }

    @Test
    void runningWorkShowsItsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#status-tasks").query().isVisible()).isFalse();

        CountDownLatch halfway = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>("none");
        AtomicReference<Boolean> callbackOnFxThread = new AtomicReference<>();
        executor.submit(BackgroundTask.of("Importing 4 files", ctx -> {
            ctx.updateMessage("song.mp3");
            ctx.updateProgress(2, 4);
            halfway.countDown();
            while (!ctx.isCancelled()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            ctx.throwIfCancelled();
            return "finished";
        }).onSuccess(outcome::set).onCancelled(() -> {
            callbackOnFxThread.set(javafx.application.Platform.isFxApplicationThread());
            outcome.set("cancelled");
        }));

        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-tasks").query().isVisible()
                        && ((ProgressBar) robot.lookup("#status-tasks .progress-bar").query()).getProgress() == 0.5
                        && robot.lookup("Importing 4 files: song.mp3").tryQuery().isPresent());

        robot.clickOn("#status-tasks-cancel");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get().equals("cancelled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbackOnFxThread.get()).isTrue();
        assertThat(robot.lookup("#status-tasks").query().isVisible()).isFalse();
    }

    @Test
    void resultsAndFailuresArriveOnTheFxThread() throws Exception {
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        executor.submit(BackgroundTask.of("answer", ctx -> 42)
                .onSuccess(v -> seen.add(v + " on fx=" + javafx.application.Platform.isFxApplicationThread())));
        executor.submit(BackgroundTask.of("fail", ctx -> {
            throw new IllegalStateException("disk full");
        }).onFailure(e -> seen.add(e.getMessage() + " on fx=" + javafx.application.Platform.isFxApplicationThread())));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == 2);
        assertThat(seen).containsExactlyInAnyOrder("42 on fx=true", "disk full on fx=true");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.running()).isEmpty();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
