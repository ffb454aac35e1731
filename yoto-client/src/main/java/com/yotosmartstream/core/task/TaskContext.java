package com.yotosmartstream.core.task;

/** Handed to the work of a {@link BackgroundTask}: report progress, notice cancellation. */
public interface TaskContext {

    /** For work run directly, outside a task: no progress shown, never cancelled. */
    TaskContext QUIET = new TaskContext() {
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
    };

    /** Progress as {@code done} out of {@code total}; a negative total means "unknown". */
    void updateProgress(long done, long total);

    /** A short line telling the user what is happening now, e.g. "Copying story.mp3". */
    void updateMessage(String message);

    boolean isCancelled();

    /** Ends the work early when the user cancelled it. */
    default void throwIfCancelled() throws TaskCancelledException {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }
}
