package com.yotosmartstream.streamer.remote;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.library.LibrarySchema;
import com.yotosmartstream.streamer.server.AccessLog;
import com.yotosmartstream.streamer.server.StreamServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A real streaming server on 127.0.0.1 port 0 with the remote page's routes, over a temporary
 * database, a clock the test moves, and a small household of fakes whose commands the test ends.
 */
final class RemoteFixture implements AutoCloseable {

    /** A clock that stands still until moved. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T19:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The household the page sees: two players; every command sent is kept with a future the test completes. */
    static final class FakeHousehold implements RemoteHousehold {
        record Sent(String player, RemoteCommand command, CompletableFuture<CommandOutcome> result) {
        }

        final List<Sent> sent = new CopyOnWriteArrayList<>();
        final List<String> routinesRun = new CopyOnWriteArrayList<>();
        final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        volatile int volume = 6;

        @Override
        public List<RemotePlayer> players() {
            return List.of(
                    new RemotePlayer("p1", "Emma's room", "Yoto Mini", true, "heard just now", 80, false, "playing",
                            "The Gruffalo", "Chapter 1", "", 12, 300, volume, 16, "", "", false, "", ""),
                    new RemotePlayer("p2", "Kitchen", "Yoto Player (3rd gen)", false, "heard 3 h ago", -1, false,
                            "stopped", "Nothing playing", "", "", 0, 0, -1, 16, "", "", true, "", ""));
        }

        @Override
        public List<Choice> cards() {
            return List.of(new Choice("c1", "The Gruffalo"));
        }

        @Override
        public CompletableFuture<List<Choice>> chapters(String cardId) {
            return cardId.equals("c1") ? CompletableFuture.completedFuture(List.of(new Choice("01", "Chapter 1")))
                    : CompletableFuture.failedFuture(new IllegalArgumentException("no such card"));
        }

        @Override
        public CompletableFuture<CommandOutcome> send(String deviceId, RemoteCommand command) {
            CompletableFuture<CommandOutcome> result = new CompletableFuture<>();
            sent.add(new Sent(deviceId, command, result));
            return result;
        }

        @Override
        public List<Choice> routines() {
            return List.of(new Choice("Bedtime", "Bedtime"));
        }

        @Override
        public CompletableFuture<CommandOutcome> runRoutine(String id) {
            routinesRun.add(id);
            return CompletableFuture.completedFuture(id.equals("Bedtime")
                    ? CommandOutcome.done("Bedtime: 6 steps done.") : CommandOutcome.failed("There is no routine called "
                    + id + "."));
        }

        @Override
        public AutoCloseable onChange(Runnable listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void changed() {
            listeners.forEach(Runnable::run);
        }
    }

    final TestClock clock = new TestClock();
    final Database database;
    final RemoteAccess access;
    final FakeHousehold household = new FakeHousehold();
    final StreamServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    volatile boolean allowAny;

    RemoteFixture(Path dir) throws Exception {
        this(dir, SourcePolicy::isLocal);
    }

    /** @param local which source addresses count as the home network */
    RemoteFixture(Path dir, Predicate<String> local) throws Exception {
        database = Database.open(dir.resolve("test.db"), List.of(CoreSchema.migrations(), LibrarySchema.migrations()),
                dir.resolve("backups"));
        access = new RemoteAccess(PairedPhones.load(database, clock), clock, local, () -> allowAny);
        access.attach(household);
        server = StreamServer.start(new StreamServer.Options("127.0.0.1", 0, Optional.empty()),
                StreamTokens.load(database), id -> Optional.empty(), new AccessLog(100), Optional.of(access));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The code in a pairing link (after the '#'). */
    String newCode() {
        return access.startPairing(URI.create("http://127.0.0.1:" + server.port())).url().getFragment();
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            request.header("Cookie", RemoteRoutes.COOKIE + "=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String csrf, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (cookie != null) {
            request.header("Cookie", RemoteRoutes.COOKIE + "=" + cookie);
        }
        if (csrf != null) {
            request.header(RemoteRoutes.CSRF_HEADER, csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> pair(String code) throws Exception {
        return post("/remote/api/pair", null, null, "application/json", "{\"code\":\"" + code + "\",\"name\":\"Mum\"}");
    }

    /** Pairs a phone with a fresh code; its secret, as the cookie holds it. */
    String pairPhone() throws Exception {
        HttpResponse<String> response = pair(newCode());
        if (response.statusCode() != 200) {
            throw new AssertionError("pairing failed: " + response.statusCode() + " " + response.body());
        }
        return secretOf(response);
    }

    static String secretOf(HttpResponse<String> response) {
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    String csrf(String secret) throws Exception {
        String body = get("/remote/api/session", secret).body();
        return RemoteJson.parseObject(body).map(o -> RemoteJson.string(o, "csrf")).orElseThrow();
    }

    @Override
    public void close() {
        server.close();
        access.close();
        database.close();
    }
}
