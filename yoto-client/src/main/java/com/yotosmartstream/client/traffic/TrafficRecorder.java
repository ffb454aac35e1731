package com.yotosmartstream.client.traffic;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the traffic it is told of to a JSON-lines file in the corpus format
 * ({@link TrafficFormat}), each line redacted by one {@link Redactor} before it is written. The
 * tap methods only copy and queue (they run on the client's threads, Paho's callback thread
 * included); one job at a time on the given serial executor redacts, writes and flushes. When the
 * writer falls more than {@value #MAX_QUEUED} messages behind, messages are dropped and counted
 * rather than held. The file is readable by its owner alone where the file system has POSIX
 * permissions.
 */
public final class TrafficRecorder implements TrafficTap, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficRecorder.class);
    static final int MAX_QUEUED = 10_000;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    /**
     * Where a recording is.
     *
     * @param dropped messages not recorded: the writer fell too far behind, or no line could hold them
     */
    public record Stats(Path file, long lines, long bytes, long dropped, boolean open, Optional<String> problem) {
    }

    /** A message as it came: its bytes are parsed and redacted on the writer, never on the caller's thread. */
    private record Pending(Instant at, TrafficLine.Direction dir, TrafficLine.Kind kind, String topic, String method,
            String path, Integer status, byte[] body, String contentType) {

        JsonElement payload() {
            if (body == null) {
                return kind == TrafficLine.Kind.MQTT ? TrafficLine.payloadOf(new byte[0]) : JsonNull.INSTANCE;
            }
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("json") || type.startsWith("text/")) {
                return TrafficLine.payloadOf(body);
            }
            // pictures and other uploads: only their size and type
            return new JsonPrimitive("(" + body.length + " bytes of " + type + ", not recorded)");
        }
    }

    private final Path file;
    private final BufferedWriter out;
    private final String source;
    private final Clock clock;
    private final Executor writer;
    private final Redactor redactor = new Redactor();
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CompletableFuture<Stats> stopped = new CompletableFuture<>();
    private volatile boolean closing;
    private volatile Consumer<Stats> listener = stats -> { };
    // written on the writer only
    private long seq;
    private volatile long lines;
    private volatile long bytes;
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    private volatile String problem;

    private TrafficRecorder(Path file, BufferedWriter out, String source, Clock clock, Executor writer) {
        this.file = file;
        this.out = out;
        this.source = source;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * Creates a new file in {@code folder} ({@code traffic-<date>-<time>.jsonl}, the folder made if
     * needed) and starts recording to it. Blocking (file I/O): call it in the background.
     *
     * @param appVersion named in each line's source: {@code recorded: Yoto Smart Stream <version> <date>}
     * @param writer     a serial executor: the jobs that write run one at a time, in order
     */
    public static TrafficRecorder start(Path folder, String appVersion, Clock clock, Executor writer)
            throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        String stem = "traffic-" + LocalDateTime.now(clock).format(NAME);
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
        Path file = null;
        for (int n = 1; file == null; n++) {
            Path candidate = folder.resolve(stem + (n == 1 ? "" : "-" + n) + ".jsonl");
            try {
                file = Files.createFile(candidate, ownerOnly);
            } catch (FileAlreadyExistsException e) {
                if (n > 100) {
                    throw e;
                }
            }
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        String source = "recorded: Yoto Smart Stream " + appVersion + " " + LocalDate.now(clock);
        LOG.info("Recording player traffic to {}", file);
        return new TrafficRecorder(file, out, source, clock, writer);
    }

    public Path file() {
        return file;
    }

    /** Told of the stats after each batch of lines is written, and when the recording ends (on the writer). */
    public void onChange(Consumer<Stats> newListener) {
        this.listener = newListener;
    }

    public Stats stats() {
        return stats(!stopped.isDone());
    }

    private Stats stats(boolean open) {
        return new Stats(file, lines, bytes, dropped.get(), open, Optional.ofNullable(problem));
    }

    @Override
    public void mqttOut(String topic, byte[] payload) {
        queue(new Pending(clock.instant(), TrafficLine.Direction.OUT, TrafficLine.Kind.MQTT, topic, null, null, null,
                copy(payload), null));
    }

    @Override
    public void mqttIn(String topic, byte[] payload) {
        queue(new Pending(clock.instant(), TrafficLine.Direction.IN, TrafficLine.Kind.MQTT, topic, null, null, null,
                copy(payload), null));
    }

    @Override
    public void restOut(String method, String path, byte[] body, String contentType) {
        queue(new Pending(clock.instant(), TrafficLine.Direction.OUT, TrafficLine.Kind.REST, null, method, path, null,
                body == null ? null : copy(body), contentType));
    }

    @Override
    public void restIn(String method, String path, int status, String body) {
        queue(new Pending(clock.instant(), TrafficLine.Direction.IN, TrafficLine.Kind.REST, null, method, path, status,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), null));
    }

    /**
     * Stops taking lines, writes those queued and closes the file; the future ends with the last
     * stats (on the writer). Does not block.
     */
    public CompletableFuture<Stats> stop() {
        if (!closing) {
            closing = true;
            Runnable last = () -> {
                drainQueue();
                closeFile();
            };
            try {
                writer.execute(last);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                last.run(); // the writer is gone (the app is closing): finish here
            }
        }
        return stopped;
    }

    /** {@link #stop()}, waiting a few seconds for the file to be closed (at exit). */
    @Override
    public void close() {
        try {
            stop().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The traffic recording {} may not be complete", file.getFileName());
        }
    }

    // ---- on the caller's thread: copy and queue only ----

    private void queue(Pending pending) {
        if (closing) {
            return;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            if (dropped.getAndIncrement() == 0) {
                LOG.warn("The traffic recorder fell behind; dropping messages");
            }
            return;
        }
        queue.add(pending);
        if (draining.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes.clone();
    }

    // ---- on the writer ----

    private void drain() {
        drainQueue();
        draining.set(false);
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private synchronized void drainQueue() { // synchronized only for writers that are not serial (tests)
        if (stopped.isDone()) {
            return;
        }
        boolean wrote = false;
        Pending pending;
        try {
            while ((pending = queue.poll()) != null) {
                queued.decrementAndGet();
                try {
                    write(pending);
                    wrote = true;
                } catch (IllegalArgumentException e) {
                    // a message no line can hold (an empty topic): skipped, the recording goes on
                    dropped.incrementAndGet();
                }
            }
            if (wrote) {
                out.flush();
            }
        } catch (IOException e) {
            problem = "Could not write " + file.getFileName() + ": " + e.getMessage();
            LOG.warn("Stopped recording player traffic: {}", problem);
            closing = true;
            closeFile();
            return;
        }
        if (wrote) {
            tell();
        }
    }

    private void write(Pending pending) throws IOException {
        long next = seq + 1;
        TrafficLine raw = pending.kind() == TrafficLine.Kind.MQTT
                ? new TrafficLine(next, pending.at(), pending.dir(), pending.kind(), pending.topic(), null, null, null,
                        pending.payload(), source)
                : new TrafficLine(next, pending.at(), pending.dir(), pending.kind(), null, pending.method(),
                        pending.path(), pending.status(), pending.payload(), source);
        String text = TrafficFormat.write(redactor.redact(raw)) + "\n";
        out.write(text);
        seq = next;
        lines = next;
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }

    private synchronized void closeFile() {
        if (stopped.isDone()) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            if (problem == null) {
                problem = "Could not finish " + file.getFileName() + ": " + e.getMessage();
            }
        }
        queue.clear();
        LOG.info("Stopped recording player traffic: {} lines in {}", lines, file.getFileName());
        stopped.complete(stats(false));
        tell();
    }

    private void tell() {
        try {
            listener.accept(stats());
        } catch (RuntimeException e) {
            LOG.error("A traffic recorder listener failed", e);
        }
    }
}
