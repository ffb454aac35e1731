package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one import ({@link Importer#importAll}), handed out one at a time, in the order chosen,
 * to the workers (the task's own thread and pool threads made by {@code NamedThreadFactory}): the bytes
 * done so far and each file's line. Progress and messages reach the task's context one at a time.
 */
final class ImportBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    private final Importer importer;
    private final List<Path> files;
    private final long total;
    private final TaskContext context;
    private final ImportLine[] lines;
    private int next;
    private long done;
    private boolean cancelled;

    ImportBatch(Importer importer, List<Path> files, long total, TaskContext context) {
        this.importer = importer;
        this.files = files;
        this.total = total;
        this.context = context;
        this.lines = new ImportLine[files.size()];
    }

    /** Imports the files {@code threads} at a time: this thread and pool threads, each taking the next file. */
    void run(int threads) {
        int workers = Math.min(threads, files.size());
        if (workers <= 1) {
            work();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, new NamedThreadFactory("import"));
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                others.add(pool.submit(this::work));
            }
            work();
            for (Future<?> other : others) {
                other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("An import worker failed", e.getCause()); // work() catches per file
        } finally {
            pool.shutdown();
        }
    }

    /** Imports files until none is left (or the import is cancelled). */
    void work() {
        while (true) {
            int i;
            synchronized (this) {
                if (next >= files.size()) {
                    return;
                }
                i = next++;
                if (cancelled || context.isCancelled()) {
                    cancelled = true;
                    lines[i] = cancelledLine(files.get(i));
                    continue;
                }
                context.updateMessage("Importing " + (i + 1) + " of " + files.size() + ": "
                        + files.get(i).getFileName());
            }
            lines[i] = importFile(files.get(i));
        }
    }

    private ImportLine importFile(Path file) {
        long[] reported = {0};
        ImportLine line;
        try {
            line = importer.importOne(file, copied -> {
                progress(copied - reported[0]);
                reported[0] = copied;
            }, context);
        } catch (TaskCancelledException e) {
            cancel();
            line = cancelledLine(file);
        } catch (RuntimeException | OutOfMemoryError e) {
            // a fault of ours on one file (OutOfMemoryError: one allocation a damaged header asked for) fails
            // that file alone; the batch goes on (ADR 0052)
            LOG.error("Importing {} failed unexpectedly", CleanText.of(file.toString()), e);
            line = Importer.failed(file.toString(), "It could not be read: the app failed on it (" + e.getClass()
                    .getSimpleName() + "). The other files were imported; please report this file.");
        }
        progress(Math.max(0, Importer.sizeOrZero(file) - reported[0]));
        return line;
    }

    private synchronized void progress(long bytes) {
        done += bytes;
        context.updateProgress(done, total);
    }

    synchronized void cancel() {
        cancelled = true;
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    synchronized List<ImportLine> lines() {
        return List.of(lines);
    }

    private static ImportLine cancelledLine(Path file) {
        return new ImportLine(file.toString(), ImportLine.Outcome.CANCELLED, "", Optional.empty());
    }
}
