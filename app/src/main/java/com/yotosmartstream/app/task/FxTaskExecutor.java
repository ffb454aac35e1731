package com.yotosmartstream.app.task;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.SerialExecutor;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link BackgroundTask} as a JavaFX {@link Task} on a small pool; outcomes and progress
 * arrive on the FX thread. {@link #running()} lists the tasks in progress (for the status bar's
 * progress and cancel).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public FxTaskExecutor() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public FxTaskExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, new NamedThreadFactory("task"));
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> background) {
        BridgeTask<T> task = new BridgeTask<>(background);
        task.setOnSucceeded(e -> {
            running.remove(task);
            background.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            if (task.getException() instanceof TaskCancelledException) {
                background.cancelled();
            } else {
                background.failed(task.getException());
            }
        });
        task.setOnCancelled(e -> {
            running.remove(task);
            background.cancelled();
        });
        task.progressProperty().addListener((obs, old, now) ->
                background.progressed(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, now) ->
                background.progressed(task.getProgress(), now));
        task.setOnScheduled(e -> LOG.debug("Task started: {}", background.title()));
        if (pool.isShutdown()) {
            // the app is closing: work asked for now (often by another task finishing) is dropped
            LOG.debug("Not started, the app is closing: {}", background.title());
            task.cancel();
            return new Handle(background.title(), task);
        }
        runOnFxThread(() -> running.add(task)); // queued before any outcome, so removal always finds it
        try {
            pool.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Not started, the app is closing: {}", background.title());
            runOnFxThread(() -> running.remove(task));
            task.cancel();
        }
        return new Handle(background.title(), task);
    }

    @Override
    public Executor serial(String name) {
        return new SerialExecutor(name, pool);
    }

    /** Tasks in progress, oldest first; changes on the FX thread. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(3, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit is being stopped");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** A JavaFX task that is also the context its background work reports to. */
    private static final class BridgeTask<T> extends Task<T> implements TaskContext {
        private final BackgroundTask<T> background;

        BridgeTask(BackgroundTask<T> background) {
            this.background = background;
            updateTitle(background.title());
        }

        @Override
        protected T call() throws Exception {
            return background.call(this);
        }

        @Override
        public void updateProgress(long done, long total) {
            super.updateProgress(done, total);
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }
    }

    private record Handle(String title, Task<?> task) implements TaskHandle {
        @Override
        public void cancel() {
            // no interrupt: work stops at its next isCancelled() check, never mid-write
            task.cancel(false);
        }

        @Override
        public boolean isDone() {
            return task.isDone();
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }
    }
}
