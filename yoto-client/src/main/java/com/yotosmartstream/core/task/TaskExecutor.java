package com.yotosmartstream.core.task;

import java.util.concurrent.Executor;

/**
 * Runs {@link BackgroundTask}s off the UI thread and delivers their outcome (success, failure,
 * cancellation, progress) back on the UI thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task and returns a handle that can cancel it. */
    <T> TaskHandle submit(BackgroundTask<T> task);

    /**
     * An executor that runs plain jobs one after another, in submission order, in the background
     * (for example writes to one file or table). Jobs of different serial executors run
     * independently.
     */
    Executor serial(String name);

    /** Stops accepting work, cancels what is running and waits briefly for it to end. */
    @Override
    void close();
}
