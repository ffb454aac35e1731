package com.yotosmartstream.streamer.testing;

import com.yotosmartstream.core.task.TaskContext;
import java.util.ArrayList;
import java.util.List;

/** A task context that keeps what it was told and can play a user pressing Cancel after some progress. */
public final class RecordingContext implements TaskContext {

    public final List<String> messages = new ArrayList<>();
    public final List<Double> fractions = new ArrayList<>();
    private final int cancelAfterProgress;
    private boolean cancelled;

    private RecordingContext(int cancelAfterProgress) {
        this.cancelAfterProgress = cancelAfterProgress;
    }

    public static RecordingContext running() {
        return new RecordingContext(Integer.MAX_VALUE);
    }

    /** Cancelled once {@code count} progress reports have come. */
    public static RecordingContext cancelAfter(int count) {
        return new RecordingContext(count);
    }

    @Override
    public void updateProgress(long done, long total) {
        fractions.add(total <= 0 ? -1 : (double) done / total);
        if (fractions.size() >= cancelAfterProgress) {
            cancelled = true;
        }
    }

    @Override
    public void updateMessage(String message) {
        messages.add(message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
