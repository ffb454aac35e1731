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
        Handle handle = new Handle(task.title());
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
            handle.cancelled = true;
            task.cancelled();
        } catch (Exception e) {
            handle.done = true;
            task.failed(e);
        }
        return handle;
    }

    @Override
    public Executor serial(String name) {
        return Runnable::run;
    }

    @Override
    public void close() {
        // nothing runs in the background
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
