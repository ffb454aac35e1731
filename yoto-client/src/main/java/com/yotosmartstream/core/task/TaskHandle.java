package com.yotosmartstream.core.task;

/** What the submitter of a {@link BackgroundTask} holds on to. */
public interface TaskHandle {

    String title();

    /** Asks the task to stop; its work sees {@link TaskContext#isCancelled()} become true. */
    void cancel();

    boolean isDone();

    boolean isCancelled();
}
