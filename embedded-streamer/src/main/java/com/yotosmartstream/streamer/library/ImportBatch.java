package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one import ({@link Importer#importAll}), handed out one at a time, in the order chosen,
 * to workers: the bytes done so far and each file's line. With more than one worker they are pool
 * threads (made by {@code NamedThreadFactory}) and only the task's own thread talks to the task's
 * context (an executor may require it: the app's inline runs update FX properties from it), relaying
 * messages and progress the workers leave here and passing a cancel on to them (ADR 0089).
 */
final class ImportBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);
    /** How often the task's thread relays progress and looks for a cancel while workers import. */
    private static final long RELAY_MILLIS = 50;

    private final Importer importer;
    private final List<Path> files;
    private final long total;
    private final TaskContext context;
    private final ImportLine[] lines;
    /** What workers report to: the task's context itself with one worker, else {@link #relay}. */
    private TaskContext out;
    private final List<String> messages = new ArrayList<>();
    private int next;
    private long done;
    private long relayedDone = -1;
    private int finishedWorkers;
    private boolean cancelled;

    /** A worker's view of the task: messages and progress kept for the task's thread, cancel as it was passed on. */
    private final TaskContext relay = new TaskContext() {
        @Override
        public void updateProgress(long doneBytes, long totalBytes) {
            synchronized (ImportBatch.this) {
                ImportBatch.this.notifyAll();
            }
        }

        @Override
        public void updateMessage(String message) {
            synchronized (ImportBatch.this) {
                messages.add(message);
                ImportBatch.this.notifyAll();
            }
        }

        @Override
        public boolean isCancelled() {
            synchronized (ImportBatch.this) {
                return cancelled;
            }
        }
    };

    ImportBatch(Importer importer, List<Path> files, long total, TaskContext context) {
        this.importer = importer;
        this.files = files;
        this.total = total;
        this.context = context;
        this.out = context;
        this.lines = new ImportLine[files.size()];
    }

    /** Imports the files {@code threads} at a time; returns when every file has its line. */
    void run(int threads) {
        int workers = Math.min(threads, files.size());
        if (workers <= 1) {
            work();
            return;
        }
        out = relay;
        ExecutorService pool = Executors.newFixedThreadPool(workers, new NamedThreadFactory("import"));
        try {
            for (int w = 0; w < workers; w++) {
                pool.submit(() -> {
                    try {
                        work();
                    } finally {
                        synchronized (this) {
                            finishedWorkers++;
                            notifyAll();
                        }
                    }
                });
            }
            relayUntil(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                cancelled = true; // the workers stop between two chunks; their files are dropped whole
            }
        } finally {
            pool.shutdown();
        }
    }

    /** On the task's thread: passes the workers' messages and progress on, and a cancel back, until all finish. */
    private synchronized void relayUntil(int workers) throws InterruptedException {
        while (finishedWorkers < workers) {
            relayNow();
            if (!cancelled && context.isCancelled()) {
                cancelled = true;
            }
            wait(RELAY_MILLIS);
        }
        relayNow();
    }

    private void relayNow() {
        for (String message : messages) {
            context.updateMessage(message);
        }
        messages.clear();
        if (done != relayedDone) {
            relayedDone = done;
            context.updateProgress(done, total);
        }
    }

    /** Imports files until none is left (or the import is cancelled). */
    private void work() {
        while (true) {
            int i;
            synchronized (this) {
                if (next >= files.size()) {
                    return;
                }
                i = next++;
                if (cancelled || out.isCancelled()) {
                    cancelled = true;
                    lines[i] = cancelledLine(files.get(i));
                    continue;
                }
                out.updateMessage("Importing " + (i + 1) + " of " + files.size() + ": " + files.get(i).getFileName());
            }
            ImportLine line = importFile(files.get(i));
            synchronized (this) {
                lines[i] = line;
            }
        }
    }

    private ImportLine importFile(Path file) {
        long[] reported = {0};
        ImportLine line;
        try {
            line = importer.importOne(file, copied -> {
                progress(copied - reported[0]);
                reported[0] = copied;
            }, out);
        } catch (TaskCancelledException e) {
            synchronized (this) {
                cancelled = true;
            }
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
        out.updateProgress(done, total);
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
