package com.yotosmartstream.core.task;

/** Thrown by work that noticed its task was cancelled; the task then ends as cancelled. */
public final class TaskCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException() {
        super("Cancelled");
    }
}
