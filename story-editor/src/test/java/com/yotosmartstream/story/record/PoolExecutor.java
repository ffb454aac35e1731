package com.yotosmartstream.story.record;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.InlineTaskRun;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs each task on a worker, callbacks included (for a capture's read loop, which runs until stopped). */
final class PoolExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newCachedThreadPool(new NamedThreadFactory("test-task"));

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        InlineTaskRun<T> run = new InlineTaskRun<>(task);
        pool.execute(run);
        return run;
    }

    @Override
    public java.util.concurrent.Executor serial(String name) {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
