package com.yotosmartstream.app.library;

import com.yotosmartstream.core.task.TaskContext;

/** A task context for work a test runs directly: no progress shown, never cancelled. */
public final class QuietTask implements TaskContext {

    @Override
    public void updateProgress(long done, long total) {
    }

    @Override
    public void updateMessage(String message) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
