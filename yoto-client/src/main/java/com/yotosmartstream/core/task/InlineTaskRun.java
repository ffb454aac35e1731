package com.yotosmartstream.core.task;

/**
 * One run of a {@link BackgroundTask} on whatever thread calls {@link #run()}, callbacks included,
 * and the handle to it. Executors without a UI thread build on it: {@link CurrentThreadTaskExecutor}
 * runs it at once, a pool runs it on a worker.
 */
public final class InlineTaskRun<T> implements TaskHandle, Runnable {

    private final BackgroundTask<T> task;
    private volatile boolean cancelled;
    private volatile boolean done;

    public InlineTaskRun(BackgroundTask<T> task) {
        this.task = task;
    }

    @Override
    public void run() {
        TaskContext context = new TaskContext() {
            private double fraction = -1;
            private String message = "";

            @Override
            public void updateProgress(long doneCount, long total) {
                fraction = total <= 0 ? -1 : (double) doneCount / total;
                task.progressed(fraction, message);
            }

            @Override
            public void updateMessage(String text) {
                message = text;
                task.progressed(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        try {
            T result = task.call(context);
            done = true;
            if (cancelled) {
                task.cancelled();
            } else {
                task.succeeded(result);
            }
        } catch (TaskCancelledException e) {
            done = true;
            cancelled = true;
            task.cancelled();
        } catch (Exception e) {
            done = true;
            task.failed(e);
        }
    }

    @Override
    public String title() {
        return task.title();
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
