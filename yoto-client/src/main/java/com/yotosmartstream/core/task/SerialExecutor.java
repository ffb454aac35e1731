package com.yotosmartstream.core.task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs one at a time, in order, on a shared pool (the pattern from {@link Executor}'s
 * documentation). A job that throws is logged and does not stop the jobs after it. Jobs handed in
 * after the pool was shut down are dropped (the app is closing), never thrown back at the caller.
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
            try {
                pool.execute(active);
            } catch (RejectedExecutionException e) {
                // the pool is shut down (the app is closing): nothing waiting here can run any more,
                // and whoever handed in the job (often a UI callback finishing late) must not fail for it
                LOG.debug("'{}' dropped {} job(s): its pool no longer takes work", name, queue.size() + 1);
                queue.clear();
                active = null;
            }
        }
    }
}
