package com.yotosmartstream.app.task;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.InlineTaskRun;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.SerialExecutor;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small pool with no UI thread at all: outcomes and progress are delivered on the
 * worker thread. For {@code --headless}, where JavaFX is never started.
 */
public final class PoolTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(PoolTaskExecutor.class);

    private final ExecutorService pool;

    public PoolTaskExecutor() {
        this.pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                new NamedThreadFactory("task"));
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        InlineTaskRun<T> run = new InlineTaskRun<>(task);
        pool.execute(run);
        return run;
    }

    @Override
    public Executor serial(String name) {
        return new SerialExecutor(name, pool);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit is being stopped");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
