package com.yotosmartstream.app.task;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs jobs on the FX thread once per frame: everything queued since the last frame runs
 * together at the next pulse. With coalescing producers (each keeps at most one job queued), the
 * FX thread applies at most one batch per producer per frame, however fast updates arrive.
 */
public final class FrameExecutor implements Executor, AutoCloseable {

    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (int n = queue.size(); n > 0; n--) {
                Runnable job = queue.poll();
                if (job == null) {
                    break;
                }
                job.run();
            }
        }
    };

    /** Call on the FX thread. */
    public FrameExecutor() {
        timer.start();
    }

    @Override
    public void execute(Runnable job) {
        queue.add(job);
    }

    @Override
    public void close() {
        timer.stop();
        queue.clear();
    }
}
