package com.yotosmartstream.core.task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs one at a time, in order, on a shared pool (the pattern from {@link Executor}'s
 * documentation). A job that throws is logged and does not stop the jobs after it.
 */
public final class SerialExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final String name;
    private final Executor pool;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private Runnable active;

    public SerialExecutor(String name, Executor pool) {
        this.name = name;
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable job) {
        queue.add(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("A job of '{}' failed", name, e);
            } finally {
                scheduleNext();
            }
        });
        if (active == null) {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        active = queue.poll();
        if (active != null) {
            pool.execute(active);
        }
    }
}
