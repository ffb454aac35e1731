package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.model.Track;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Loads tracks the way a player does: a streamed track is fetched over HTTP, its status and
 * Content-Type checked, and the MP3 decoded (or the AAC stream's ADTS frames walked) to learn its
 * real length; a track uploaded to Yoto ({@code yoto:#...}) has the length Yoto's transcoder
 * recorded. A stream track's {@code format} is "mp3" or "aac" (Yoto's card schema; Yoto's streaming
 * example serves {@code audio/mpeg}): anything else, {@code audio/mp4} (an M4A file) included, is
 * refused. The reasons are sentences a parent can act on, and never hold the URL (it carries a
 * stream token).
 */
public final class HttpTrackLoader implements TrackLoader {

    private final HttpClient http;
    private final Executor executor;

    public HttpTrackLoader(Executor executor) {
        this.executor = executor;
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public CompletableFuture<Duration> load(Track track) {
        String url = track.trackUrl();
        if (url.startsWith("yoto:#")) {
            return track.durationSeconds().filter(d -> d > 0)
                    .map(d -> CompletableFuture.completedFuture(Duration.ofMillis(Math.round(d * 1000))))
                    .orElseGet(() -> CompletableFuture.failedFuture(new IOException("uploaded track without a duration")));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetch(url);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, executor);
    }

    private Duration fetch(String url) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("its address is not a web address", e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IOException("its address is not an http(s) address");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200 && response.statusCode() != 206) {
                throw new IOException("the server answered HTTP " + response.statusCode()
                        + (response.statusCode() == 404 ? " (not found)" : ""));
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("audio/aac")) {
                return AdtsFrames.duration(body);
            }
            if (!type.startsWith("audio/mpeg") && !type.startsWith("audio/mp3")) {
                throw new IOException("the server sent " + (type.isEmpty() ? "no type" : "'" + type + "'")
                        + (type.startsWith("audio/mp4") ? " (an M4A file)" : "") + ", which is not MP3 audio or an"
                        + " AAC stream; players stream only those");
            }
            return Mp3Probe.duration(body);
        }
    }
}
