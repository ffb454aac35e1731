package com.yotosmartstream.client.http;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP on google-http-client. Requests marked retryable are sent again on 429 and 5xx (and on a
 * broken connection), up to {@link #MAX_ATTEMPTS} times, waiting what {@code Retry-After} says or
 * else 1, 2, 4... seconds. Never logs headers or bodies (they carry tokens).
 */
public final class HttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClient.class);
    static final int MAX_ATTEMPTS = 4;
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final HttpRequestFactory factory;
    private final Sleeper sleeper;
    private final Clock clock;

    public HttpClient(HttpTransport transport, Sleeper sleeper, Clock clock) {
        this.factory = transport.createRequestFactory();
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public static HttpClient create() {
        return new HttpClient(new NetHttpTransport(), Sleeper.REAL, Clock.systemUTC());
    }

    /** A form-encoded POST (OAuth). */
    public HttpResult postForm(URI uri, Map<String, String> form, boolean retryable) throws IOException,
            InterruptedException {
        return send("POST", uri, null, new UrlEncodedContent(form), retryable);
    }

    /** A request with a bearer token and an optional body of the given type. */
    public HttpResult send(String method, URI uri, String bearer, byte[] body, String contentType, boolean retryable)
            throws IOException, InterruptedException {
        HttpContent content = body == null ? null : new ByteArrayContent(contentType, body);
        return send(method, uri, bearer, content, retryable);
    }

    /**
     * A request whose body is streamed from {@code file} (never read whole into memory);
     * {@code written} hears how many bytes of it have gone out (again from 0 on a retry).
     */
    public HttpResult sendFile(String method, URI uri, String bearer, Path file, String contentType,
            LongConsumer written, boolean retryable) throws IOException, InterruptedException {
        return send(method, uri, bearer, new FileBody(contentType, file, written), retryable);
    }

    private HttpResult send(String method, URI uri, String bearer, HttpContent content, boolean retryable)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResult result;
            try {
                result = once(method, uri, bearer, content);
            } catch (IOException e) {
                if (Thread.interrupted()) {
                    InterruptedException cancelled = new InterruptedException(method + " " + uri.getPath()
                            + " cancelled");
                    cancelled.initCause(e);
                    throw cancelled;
                }
                if (!retryable || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.info("{} {} failed ({}); trying again", method, uri.getPath(), e.getClass().getSimpleName());
                sleeper.sleep(backoff(attempt));
                continue;
            }
            boolean transientFailure = result.status() == 429 || result.status() >= 500;
            if (!retryable || !transientFailure || attempt >= MAX_ATTEMPTS) {
                return result;
            }
            Duration wait = result.retryAfter().flatMap(this::parseRetryAfter).orElse(backoff(attempt));
            LOG.info("{} {} answered {}; trying again in {} s", method, uri.getPath(), result.status(),
                    wait.toSeconds());
            sleeper.sleep(wait);
        }
    }

    private HttpResult once(String method, URI uri, String bearer, HttpContent content) throws IOException {
        HttpRequest request = factory.buildRequest(method, new GenericUrl(uri), content);
        request.setThrowExceptionOnExecuteError(false);
        request.setNumberOfRetries(0);
        request.setConnectTimeout(15_000);
        request.setReadTimeout(60_000);
        HttpHeaders headers = new HttpHeaders().setAccept("application/json");
        if (bearer != null) {
            headers.setAuthorization("Bearer " + bearer);
        }
        request.setHeaders(headers);
        HttpResponse response = request.execute();
        try (InputStream in = response.getContent()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Object retryAfter = response.getHeaders().get("retry-after");
            return new HttpResult(response.getStatusCode(), body, Optional.ofNullable(retryAfter)
                    .map(value -> value instanceof Iterable<?> list ? String.valueOf(list.iterator().next())
                            : String.valueOf(value)));
        } finally {
            response.disconnect();
        }
    }

    /** Retry-After as seconds or as an HTTP date; capped at a minute. */
    Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        Duration wait;
        if (text.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    private static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << Math.min(attempt - 1, 5));
    }
}
