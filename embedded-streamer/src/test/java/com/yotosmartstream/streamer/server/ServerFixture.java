package com.yotosmartstream.streamer.server;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real stream server on 127.0.0.1 and a free port, over a temporary database, with tracks that
 * are plain files of random bytes.
 */
final class ServerFixture implements AutoCloseable {

    final Path dir;
    final Database database;
    final StreamTokens tokens;
    final AccessLog accessLog;
    final Map<String, ServedFile> tracks = new ConcurrentHashMap<>();
    /** When set, every catalogue lookup throws it (a closed database, a bug): the server's error path. */
    volatile RuntimeException lookupFailure;
    final StreamServer server;
    final HttpClient http;

    ServerFixture(Path dir) throws Exception {
        this(dir, Optional.empty());
    }

    ServerFixture(Path dir, Optional<TlsCertificate> tls) throws Exception {
        this(dir, tls, Optional.empty(), StreamServer.Options.HEADER_DEADLINE);
    }

    /** A server that closes connections which sent no whole request head within {@code deadline}. */
    static ServerFixture withHeaderDeadline(Path dir, Duration deadline) throws Exception {
        return new ServerFixture(dir, Optional.empty(), Optional.empty(), deadline);
    }

    /** A server whose access log is saved in its database, kept as {@code retention} says. */
    static ServerFixture savingTheAccessLog(Path dir, AccessLogStore.Retention retention) throws Exception {
        return new ServerFixture(dir, Optional.empty(), Optional.of(retention), StreamServer.Options.HEADER_DEADLINE);
    }

    private ServerFixture(Path dir, Optional<TlsCertificate> tls, Optional<AccessLogStore.Retention> saved,
            Duration headerDeadline) throws Exception {
        this.dir = dir;
        this.database = Database.open(dir.resolve("test.db"), List.of(CoreSchema.migrations(),
                LibrarySchema.migrations()), dir.resolve("backups"));
        this.accessLog = saved.map(retention -> new AccessLog(1000, new AccessLogStore(database, retention)))
                .orElseGet(() -> new AccessLog(1000));
        this.tokens = StreamTokens.load(database);
        this.server = StreamServer.start(new StreamServer.Options("127.0.0.1", 0, tls, headerDeadline), tokens,
                id -> {
                    RuntimeException failure = lookupFailure;
                    if (failure != null) {
                        throw failure;
                    }
                    return Optional.ofNullable(tracks.get(id));
                }, accessLog);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A track of {@code size} random bytes, under a 16-hex-digit id. */
    byte[] addTrack(String id, int size) throws IOException {
        byte[] bytes = randomBytes(size, id.hashCode());
        Path file = dir.resolve(id + ".mp3");
        Files.write(file, bytes);
        tracks.put(id, new ServedFile(file, "audio/mpeg"));
        return bytes;
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    URI url(Grant grant, String trackId) {
        return server.localBase().resolve("/stream/" + grant.token() + "/" + trackId + ".mp3");
    }

    HttpResponse<byte[]> get(URI uri, String... headers) throws IOException, InterruptedException {
        return send("GET", uri, headers);
    }

    HttpResponse<byte[]> send(String method, URI uri, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request line exactly as written (no client-side normalisation) and returns the raw answer. */
    String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() {
        server.close();
        accessLog.close();
        database.close();
    }
}
