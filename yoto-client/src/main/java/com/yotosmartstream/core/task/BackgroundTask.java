package com.yotosmartstream.core.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A piece of background work and what to do with its outcome. The callbacks run on the UI thread
 * (or, with {@link CurrentThreadTaskExecutor}, on the caller's thread).
 *
 * <pre>{@code
 * executor.submit(BackgroundTask.of("Importing 12 files", ctx -> importer.run(files, ctx))
 *         .onSuccess(report -> viewModel.show(report))
 *         .onFailure(error -> viewModel.showError(error)));
 * }</pre>
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself; runs in the background. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface VoidWork {
        void run(TaskContext context) throws Exception;
    }

    /** Progress as seen on the UI thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private ProgressListener onProgress = (fraction, message) -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.onFailure = error -> LOG.error("Background task '{}' failed", title, error);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public static BackgroundTask<Void> running(String title, VoidWork work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(title, context -> {
            work.run(context);
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    public String title() {
        return title;
    }

    /** Runs the work; for executors only. */
    public T call(TaskContext context) throws Exception {
        return work.run(context);
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable error) {
        onFailure.accept(error);
    }

    public void cancelled() {
        onCancelled.run();
    }

    public void progressed(double fraction, String message) {
        onProgress.progress(fraction, message);
    }
}
