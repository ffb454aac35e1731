package com.yotosmartstream.client.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.traffic.TrafficSwitch;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The calls to Yoto's REST API that every part of {@link YotoApi} shares: a fresh access token on
 * each call, one renewal after a 401, retries (by {@link HttpClient}) for everything but POST, and
 * the user-facing messages for failures.
 */
final class ApiCalls {

    static final String JSON = "application/json";

    private final YotoConfig config;
    private final HttpClient http;
    private final TokenManager tokens;
    /** Told of every request and answer, for the traffic recorder; a no-op unless one is attached. */
    final TrafficSwitch traffic = new TrafficSwitch();

    ApiCalls(YotoConfig config, HttpClient http, TokenManager tokens) {
        this.config = config;
        this.http = http;
        this.tokens = tokens;
    }

    HttpResult get(String path, String what) throws YotoException, InterruptedException {
        return call("GET", path, null, null, what);
    }

    HttpResult sendJson(String method, String path, JsonObject body, String what)
            throws YotoException, InterruptedException {
        return call(method, path, body.toString().getBytes(StandardCharsets.UTF_8), JSON, what);
    }

    /** A call that must succeed: any answer but 2xx becomes a {@link YotoApiException}. */
    HttpResult call(String method, String path, byte[] body, String contentType, String what)
            throws YotoException, InterruptedException {
        HttpResult result = exchange(method, path, body, contentType, what);
        if (!result.ok()) {
            throw failure(result, what);
        }
        return result;
    }

    /** A call whose answer, whatever its status, is the caller's to judge. POST is never retried. */
    HttpResult exchange(String method, String path, byte[] body, String contentType, String what)
            throws YotoException, InterruptedException {
        URI uri = config.api(path);
        boolean idempotent = !method.equals("POST");
        String token = tokens.accessToken();
        HttpResult result = send(method, path, uri, token, body, contentType, idempotent, what);
        if (result.status() == 401) {
            token = tokens.renewAfterRejection(token);
            result = send(method, path, uri, token, body, contentType, idempotent, what);
        }
        return result;
    }

    private HttpResult send(String method, String path, URI uri, String token, byte[] body, String contentType,
            boolean retryable, String what) throws YotoException, InterruptedException {
        try {
            traffic.restOut(method, path, body, body == null ? null : contentType);
            HttpResult result = http.send(method, uri, token, body, body == null ? null : contentType, retryable);
            traffic.restIn(method, path, result.status(), result.body());
            return result;
        } catch (IOException e) {
            throw unreachable(uri, what, e);
        }
    }

    /** A network failure or timeout, said so that the user knows what to do. */
    static YotoApiException unreachable(URI uri, String what, IOException e) {
        if (e instanceof SocketTimeoutException) {
            return new YotoApiException("Yoto (" + uri.getHost() + ") did not answer in time for " + what
                    + ". Check the internet connection and try again; if it keeps happening, Yoto may be having"
                    + " trouble.", e);
        }
        return new YotoApiException("Cannot reach Yoto (" + uri.getHost() + ") for " + what + ": "
                + e.getClass().getSimpleName() + ". Check the internet connection and try again.", e);
    }

    static YotoApiException failure(HttpResult result, String what) {
        int status = result.status();
        String message;
        if (status == 401) {
            message = "Yoto refused this app's sign-in while getting " + what + ". Sign in again.";
        } else if (status == 403) {
            message = "Yoto does not allow this account to use " + what + ". Sign in again and allow every"
                    + " permission the app asks for.";
        } else if (status == 404) {
            message = "Yoto does not know " + what + "; it may have been deleted. Refresh the list.";
        } else if (status == 429) {
            message = "Yoto is limiting requests from this app. Wait a minute, then try again.";
        } else if (status >= 500) {
            message = "Yoto's servers are having trouble (HTTP " + status + ") with " + what
                    + ". Try again in a few minutes.";
        } else {
            message = "Yoto refused the request for " + what + " (HTTP " + status + "). If it keeps happening,"
                    + " report it with the log file.";
        }
        return new YotoApiException(status, message);
    }

    static JsonObject object(HttpResult result, String field) throws YotoApiException {
        JsonElement value = parsed(result).get(field);
        if (value == null || !value.isJsonObject()) {
            throw unexpected(field);
        }
        return value.getAsJsonObject();
    }

    static <T> List<T> array(HttpResult result, String field, Function<JsonObject, T> wrap)
            throws YotoApiException {
        JsonElement value = parsed(result).get(field);
        if (value == null || !value.isJsonArray()) {
            throw unexpected(field);
        }
        JsonArray items = value.getAsJsonArray();
        List<T> list = new ArrayList<>(items.size());
        for (JsonElement item : items) {
            if (item.isJsonObject()) {
                list.add(wrap.apply(item.getAsJsonObject()));
            }
        }
        return List.copyOf(list);
    }

    /** A text field of a JSON object, or "" when missing, null or not text. */
    static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static JsonObject parsed(HttpResult result) throws YotoApiException {
        String body = result.body().strip();
        if (!body.startsWith("{")) {
            throw unexpected("a JSON object");
        }
        return result.json();
    }

    static YotoApiException unexpected(String expected) {
        return new YotoApiException(200, "Yoto answered in a form this app does not understand (no " + expected
                + "). Yoto may have changed its API: check for an app update.");
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
