package com.yotosmartstream.streamer.server;

import com.yotosmartstream.core.task.NamedThreadFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stream requests (when, which track and range, how many bytes, which client), for the app to show
 * per track. A request only queues its entry (no lock, no I/O, never an exception); the log's own
 * thread takes the queue in batches about once a second, saves each batch to the database in one
 * transaction (when there is a {@link AccessLogStore}), keeps the most recent entries in memory and
 * tells listeners. A failing save is logged and changes nothing for players (ADR 0017).
 */
public final class AccessLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    /** How long entries wait to be batched. */
    static final Duration FLUSH_DELAY = Duration.ofSeconds(1);
    /** Entries waiting beyond this many are dropped (and counted) rather than held in memory. */
    static final int MAX_PENDING = 50_000;
    /** Old rows are removed at the first batch and then at most this often. */
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    /** The most entries one track's history returns. */
    public static final int HISTORY_LIMIT = 500;

    private final int capacity;
    private final Optional<AccessLogStore> store;
    private final ConcurrentLinkedQueue<AccessEntry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** Only touched on the log's thread: the newest entries, and those of them the database refused. */
    private final Deque<AccessEntry> recent = new ArrayDeque<>();
    private final Deque<AccessEntry> unsaved = new ArrayDeque<>();
    private final List<Consumer<List<AccessEntry>>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            new NamedThreadFactory("access-log"));
    /** Only touched on the log's thread. */
    private Instant lastPrune = Instant.MIN;
    private boolean saveFailing;

    /** A log kept in memory only: the newest {@code capacity} entries. */
    public AccessLog(int capacity) {
        this(capacity, Optional.empty());
    }

    /** A log saved to {@code store}, with the newest {@code capacity} entries also in memory. */
    public AccessLog(int capacity, AccessLogStore store) {
        this(capacity, Optional.of(store));
    }

    private AccessLog(int capacity, Optional<AccessLogStore> store) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.store = store;
    }

    /** Queues an entry; called on the server's threads after each request, so it never blocks or throws. */
    public void add(AccessEntry entry) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            dropped.increment();
            return;
        }
        pending.offer(entry);
        if (!flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
            try {
                thread.schedule(this::flushNow, FLUSH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("The access log is closed; entry not kept");
            }
        }
    }

    /** Saves what is queued now and waits for it. */
    public void flush() {
        await(thread.submit(this::flushNow));
    }

    /**
     * The history of one track, oldest first (at most {@link #HISTORY_LIMIT} entries): from the
     * database when there is one (falling back to memory if it cannot be read), else from memory.
     * Saves what is queued first. Blocking.
     */
    public List<AccessEntry> forTrack(String trackId) {
        return await(thread.submit(() -> {
            flushNow();
            return read(trackId);
        }));
    }

    /**
     * Reads a track's history in the background and hands it to {@code then} on the log's thread,
     * in order with the batches listeners are told of: every entry is either in the history or in a
     * batch told after it.
     */
    public void history(String trackId, Consumer<List<AccessEntry>> then) {
        try {
            thread.execute(() -> {
                flushNow();
                then.accept(read(trackId));
            });
        } catch (RejectedExecutionException e) {
            then.accept(List.of());
        }
    }

    /** The entries kept in memory, oldest first, after saving what is queued. Blocking. */
    public List<AccessEntry> all() {
        return await(thread.submit(() -> {
            flushNow();
            return new ArrayList<>(recent);
        }));
    }

    /** Told of each batch of new entries, oldest first, on the log's thread; hand off quickly. */
    public void addListener(Consumer<List<AccessEntry>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<AccessEntry>> listener) {
        listeners.remove(listener);
    }

    /** Saves what is queued and stops the log's thread; later entries are not kept. */
    @Override
    public void close() {
        try {
            flush();
        } catch (RejectedExecutionException e) {
            return; // already closed
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The access log did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the log's thread: takes the queue, saves it, keeps it in memory and tells listeners. */
    private void flushNow() {
        flushScheduled.set(false);
        int waiting = pendingCount.get();
        List<AccessEntry> batch = new ArrayList<>(waiting);
        AccessEntry entry;
        while (batch.size() < waiting && (entry = pending.poll()) != null) {
            batch.add(entry);
        }
        pendingCount.addAndGet(-batch.size());
        long lost = dropped.sumThenReset();
        if (lost > 0) {
            LOG.warn("{} stream requests were not logged: the access log fell behind", lost);
        }
        if (batch.isEmpty()) {
            return;
        }
        store.ifPresent(s -> save(s, batch));
        for (AccessEntry e : batch) {
            keep(recent, e);
            LOG.debug("{} {} track {} ({}) range '{}' -> {} {} bytes", e.client(), e.method(), e.trackId(),
                    e.grantLabel(), e.range(), e.status(), e.bytes());
        }
        List<AccessEntry> told = List.copyOf(batch);
        for (Consumer<List<AccessEntry>> listener : listeners) {
            try {
                listener.accept(told);
            } catch (RuntimeException e) {
                LOG.warn("An access log listener failed", e);
            }
        }
    }

    /** Saves a batch, with any entries an earlier save could not keep (a transaction: all or none). */
    private void save(AccessLogStore target, List<AccessEntry> batch) {
        List<AccessEntry> toSave = batch;
        if (!unsaved.isEmpty()) {
            toSave = new ArrayList<>(unsaved);
            toSave.addAll(batch);
        }
        try {
            target.append(toSave);
            unsaved.clear();
            if (saveFailing) {
                LOG.info("The access log is being saved again");
                saveFailing = false;
            }
        } catch (Exception e) {
            // never the request's problem: the entries stay in memory, are shown, and go with the next save
            batch.forEach(refused -> keep(unsaved, refused));
            if (!saveFailing) {
                LOG.warn("The access log could not be saved ({} requests so far): {}", unsaved.size(),
                        e.getMessage());
                saveFailing = true;
            } else {
                LOG.debug("The access log still cannot be saved", e);
            }
            return;
        }
        Instant now = Instant.now();
        if (lastPrune.isBefore(now.minus(PRUNE_EVERY))) {
            lastPrune = now;
            try {
                int removed = target.pruneOld(now);
                LOG.debug("Access log: {} rows older than {} removed", removed, target.retention().maxAge());
            } catch (Exception e) {
                LOG.warn("Old access log rows could not be removed: {}", e.getMessage());
            }
        }
    }

    private void keep(Deque<AccessEntry> entries, AccessEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** A track's history: saved rows and entries the database refused, or this session's from memory. */
    private List<AccessEntry> read(String trackId) {
        List<AccessEntry> found = new ArrayList<>();
        Deque<AccessEntry> fromMemory = recent;
        if (store.isPresent()) {
            try {
                found.addAll(store.get().forTrack(trackId, HISTORY_LIMIT));
                fromMemory = unsaved;
            } catch (Exception e) {
                LOG.warn("The access log could not be read; showing this session's requests: {}", e.getMessage());
            }
        }
        for (AccessEntry e : fromMemory) {
            if (e.trackId().equals(trackId)) {
                found.add(e);
            }
        }
        if (fromMemory == unsaved && !unsaved.isEmpty()) {
            found.sort(Comparator.comparing(AccessEntry::at));
        }
        // this session's entries are bounded per client as the saved ones are, so one client cannot crowd out the rest
        found = AccessLogStore.newestPer(found, store.map(s -> s.retention().perClient())
                .orElse(AccessLogStore.Retention.DEFAULT.perClient()), AccessLogStore::trackAndClient);
        return found.size() > HISTORY_LIMIT ? List.copyOf(found.subList(found.size() - HISTORY_LIMIT, found.size()))
                : found;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the access log");
        } catch (ExecutionException e) {
            throw new IllegalStateException("The access log failed", e.getCause());
        }
    }
}
