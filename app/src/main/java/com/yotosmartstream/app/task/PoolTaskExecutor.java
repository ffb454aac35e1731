package com.yotosmartstream.app.task;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.SerialExecutor;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
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
        Handle handle = new Handle(task.title());
        pool.execute(() -> {
            TaskContext context = new TaskContext() {
                private double fraction = -1;
                private String message = "";

                @Override
                public void updateProgress(long done, long total) {
                    fraction = total <= 0 ? -1 : (double) done / total;
                    task.progressed(fraction, message);
                }

                @Override
                public void updateMessage(String text) {
                    message = text;
                    task.progressed(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return handle.cancelled;
                }
            };
            try {
                T result = task.call(context);
                handle.done = true;
                if (handle.cancelled) {
                    task.cancelled();
                } else {
                    task.succeeded(result);
                }
            } catch (TaskCancelledException e) {
                handle.done = true;
                task.cancelled();
            } catch (Exception e) {
                handle.done = true;
                task.failed(e);
            }
        });
        return handle;
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

    private static final class Handle implements TaskHandle {
        private final String title;
        private volatile boolean cancelled;
        private volatile boolean done;

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            if (!done) {
                cancelled = true;
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
