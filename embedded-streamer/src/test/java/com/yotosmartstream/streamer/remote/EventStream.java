package com.yotosmartstream.streamer.remote;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A phone's live stream read over real HTTP: every {@code event:}/{@code data:} pair it has received. */
final class EventStream {

    record Event(String name, String data) {
    }

    final int status;
    final List<Event> events = new CopyOnWriteArrayList<>();
    /** Completes when the server ends the stream. */
    final CompletableFuture<Void> ended;

    private EventStream(int status, CompletableFuture<Void> ended) {
        this.status = status;
        this.ended = ended;
    }

    static EventStream open(RemoteFixture fixture, String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(fixture.uri("/remote/api/events"))
                .header("Cookie", RemoteRoutes.COOKIE + "=" + secret).header("Accept", "text/event-stream").GET()
                .build();
        HttpResponse<Stream<String>> response = fixture.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        EventStream stream = new EventStream(response.statusCode(), ended);
        CompletableFuture.runAsync(() -> {
            String[] name = {"message"};
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        stream.events.add(new Event(name[0], line.substring(5).strip()));
                    }
                });
            } catch (RuntimeException e) {
                // the connection was cut: ended all the same
            }
            ended.complete(null);
        });
        return stream;
    }

    /** Waits for an event matching {@code test}. */
    Event await(Predicate<Event> test, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            for (Event event : events) {
                if (test.test(event)) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No such event within " + within + "; got " + events);
    }
}
