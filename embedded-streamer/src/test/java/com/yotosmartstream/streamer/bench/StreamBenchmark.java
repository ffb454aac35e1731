package com.yotosmartstream.streamer.bench;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.library.LibrarySchema;
import com.yotosmartstream.streamer.probe.AudioProbe;
import com.yotosmartstream.streamer.server.AccessLog;
import com.yotosmartstream.streamer.server.ServedFile;
import com.yotosmartstream.streamer.server.StreamServer;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;

/**
 * Streaming benchmarks (run by {@code scripts/bench.sh streaming}, never by {@code mvn test}):
 * <ul>
 * <li>{@code serve DIR URLFILE}: the app's streamer (library, tokens, access log saved in SQLite) on
 *     127.0.0.1, serving an MP3 of about 1 MB that it writes to DIR/whole.mp3 and imports, for wrk to
 *     measure beside nginx serving DIR/whole.mp3 (the script does that); {@code serve DIR URLFILE
 *     memory-log} serves the same way with the access log in memory only, to measure what saving it
 *     costs;</li>
 * <li>{@code memory}: heap and direct memory per concurrent stream held open by slow players,
 *     against the heap of the same number of idle connections;</li>
 * <li>{@code probe}: the MP3 duration probe of a one-hour file against a full JLayer decode.</li>
 * </ul>
 */
public final class StreamBenchmark {

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "serve" -> serve(Path.of(args[1]), Path.of(args[2]), args.length > 3 && args[3].equals("memory-log"));
            case "memory" -> memory();
            case "probe" -> probe();
            default -> throw new IllegalArgumentException("Use: serve DIR URLFILE [memory-log] | memory | probe");
        }
    }

    /** A track id the benchmark serves under. */
    private static final String TRACK = "0000000000000001";

    private static StreamServer start(Path dir, Path file) throws Exception {
        Database database = Database.open(dir.resolve("bench.db"), List.of(CoreSchema.migrations(),
                LibrarySchema.migrations()), dir.resolve("backups"));
        StreamTokens tokens = StreamTokens.load(database);
        String token = tokens.library().token();
        StreamServer server = StreamServer.start(new StreamServer.Options("127.0.0.1", 0, Optional.empty()), tokens,
                id -> id.equals(TRACK) ? Optional.of(new ServedFile(file, "audio/mpeg")) : Optional.empty(),
                new AccessLog(1000));
        Files.writeString(dir.resolve("path.txt"), "/stream/" + token + "/" + TRACK + ".mp3");
        return server;
    }

    private static void serve(Path dir, Path urlFile, boolean memoryLog) throws Exception {
        byte[] tenSeconds = AudioFixtures.mp3(10, 44_100, 2, 128, false);
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        while (mp3.size() < 1 << 20) {
            mp3.writeBytes(tenSeconds);
        }
        Path file = Files.write(dir.resolve("whole.mp3"), mp3.toByteArray());
        Database database = Database.open(dir.resolve("bench.db"), List.of(CoreSchema.migrations(),
                LibrarySchema.migrations()), dir.resolve("backups"));
        SettingsStore settings = SettingsStore.load(database, Runnable::run);
        settings.put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        Streamer streamer = Streamer.open(dir.resolve("library"), database, settings);
        String id = streamer.library().importAll(List.of(file), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();
        streamer.library().convertPending(RecordingContext.running());
        if (memoryLog) {
            StreamServer server = StreamServer.start(new StreamServer.Options("127.0.0.1", 0, Optional.empty()),
                    streamer.tokens(), streamer.tracks(), new AccessLog(2000));
            Files.writeString(urlFile, server.localBase() + "/stream/" + streamer.tokens().library().token() + "/" + id
                    + ".mp3");
        } else {
            if (!streamer.start().running()) {
                throw new IllegalStateException("The server did not start: " + streamer.status().problem());
            }
            Files.writeString(urlFile, streamer.trackUrl(id).orElseThrow().toString());
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    // ---- memory per stream ----

    private static void memory() throws Exception {
        Path dir = Files.createTempDirectory("stream-bench");
        Path file = dir.resolve("long.mp3");
        byte[] chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }
        StreamServer server = start(dir, file);
        String path = Files.readString(dir.resolve("path.txt"));
        StringBuilder report = new StringBuilder("| open connections | heap per slow stream | heap per idle connection"
                + " | ratio | direct memory per stream |\n|---|---|---|---|---|\n");
        for (int n : new int[] {10, 100, 400}) {
            long base = heapAfterGc();
            long directBase = direct();
            List<Socket> idle = open(server.port(), n, null);
            long idleHeap = heapAfterGc() - base;
            close(idle);
            base = heapAfterGc();
            List<Socket> streams = open(server.port(), n, path);
            Thread.sleep(1500);
            long streamHeap = heapAfterGc() - base;
            long streamDirect = direct() - directBase;
            close(streams);
            report.append(String.format(Locale.ROOT, "| %d | %,d B | %,d B | %.2f | %,d B |%n", n, streamHeap / n,
                    idleHeap / n, (double) streamHeap / Math.max(1, idleHeap), streamDirect / n));
        }
        server.close();
        System.out.print(report);
    }

    /** {@code n} connections; with a path, each asks for the file and reads only its first 4 KiB, then stalls. */
    private static List<Socket> open(int port, int n, String path) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setReceiveBufferSize(8192);
            sockets.add(socket);
            if (path != null) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                in.readNBytes(4096);
            }
        }
        return sockets;
    }

    private static void close(List<Socket> sockets) throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        Thread.sleep(500);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long direct() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    // ---- probe against decode ----

    private static void probe() throws Exception {
        Path dir = Files.createTempDirectory("probe-bench");
        byte[] tenSeconds = AudioFixtures.mp3(10, 44_100, 2, 128, false);
        ByteArrayOutputStream hour = new ByteArrayOutputStream();
        for (int i = 0; i < 360; i++) {
            hour.writeBytes(tenSeconds);
        }
        Path file = Files.write(dir.resolve("hour.mp3"), hour.toByteArray());
        double probeSeconds = 0;
        int probeRuns = 0;
        long probed = 0;
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            probed = AudioProbe.probe(file).duration().toMillis();
            if (i >= 5) {
                probeSeconds += (System.nanoTime() - start) / 1e9;
                probeRuns++;
            }
        }
        double probeEach = probeSeconds / probeRuns;
        byte[] bytes = Files.readAllBytes(file);
        double decodeEach = 0;
        double decodedMillis = 0;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            decodedMillis = decode(bytes);
            decodeEach = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf(Locale.ROOT, "| one-hour MP3 (%.1f MB) | probe %.1f ms (%.3f s found) | JLayer decode %.1f s"
                + " (%.3f s found) | %.0fx faster |%n", bytes.length / 1e6, probeEach * 1000, probed / 1000.0, decodeEach,
                decodedMillis / 1000, decodeEach / probeEach);
    }

    private static double decode(byte[] mp3) throws Exception {
        Bitstream bitstream = new Bitstream(new ByteArrayInputStream(mp3));
        Decoder decoder = new Decoder();
        double millis = 0;
        Header header;
        while ((header = bitstream.readFrame()) != null) {
            decoder.decodeFrame(header, bitstream);
            millis += header.ms_per_frame();
            bitstream.closeFrame();
        }
        return millis;
    }
}
