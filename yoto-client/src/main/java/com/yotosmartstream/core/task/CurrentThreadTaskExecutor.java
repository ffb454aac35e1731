package com.yotosmartstream.core.task;

import java.util.concurrent.Executor;

/**
 * Runs every task at once on the calling thread, callbacks included. For tests, and for
 * command-line use where there is no UI thread. A task cancelled before it is submitted ends as
 * cancelled without running.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        InlineTaskRun<T> run = new InlineTaskRun<>(task);
        run.run();
        return run;
    }

    @Override
    public Executor serial(String name) {
        return Runnable::run;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
