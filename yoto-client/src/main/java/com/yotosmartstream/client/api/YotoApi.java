package com.yotosmartstream.client.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.PlayerInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Yoto's REST API ({@code api.yotoplay.com}): the household's players and the account's cards.
 * Each call carries a fresh access token; a 401 renews it once and tries again; 429 and 5xx are
 * retried with backoff by {@link HttpClient}.
 */
public final class YotoApi {

    private final YotoConfig config;
    private final HttpClient http;
    private final TokenManager tokens;

    public YotoApi(YotoConfig config, HttpClient http, TokenManager tokens) {
        this.config = config;
        this.http = http;
        this.tokens = tokens;
    }

    public List<PlayerInfo> players() throws YotoException, InterruptedException {
        return array(get("/device-v2/devices/mine", "the players"), "devices", PlayerInfo::new);
    }

    /** The account's own (make-your-own) cards. */
    public List<Card> myCards() throws YotoException, InterruptedException {
        return array(get("/content/mine", "your cards"), "cards", Card::new);
    }

    public Card card(String cardId) throws YotoException, InterruptedException {
        return new Card(object(get("/content/" + encode(cardId), "the card " + cardId), "card"));
    }

    /** Creates the card (no id yet) or updates it (with its id); returns it as Yoto stored it. */
    public Card save(Card card) throws YotoException, InterruptedException {
        String what = card.cardId().map(id -> "the card " + id).orElse("the new card");
        HttpResult result = call("POST", "/content", card.toJson().toString().getBytes(StandardCharsets.UTF_8), what);
        return new Card(object(result, "card"));
    }

    public void delete(String cardId) throws YotoException, InterruptedException {
        call("DELETE", "/content/" + encode(cardId), null, "the card " + cardId);
    }

    /** The family's library of cards (bought and made). */
    public List<Card> familyLibrary() throws YotoException, InterruptedException {
        return array(get("/card/family/library", "the family library"), "cards", entry -> {
            JsonElement card = entry.get("card");
            JsonObject merged = card != null && card.isJsonObject() ? card.getAsJsonObject().deepCopy() : new JsonObject();
            if (entry.has("cardId") && !merged.has("cardId")) {
                merged.add("cardId", entry.get("cardId"));
            }
            return new Card(merged);
        });
    }

    private HttpResult get(String path, String what) throws YotoException, InterruptedException {
        return call("GET", path, null, what);
    }

    private HttpResult call(String method, String path, byte[] body, String what)
            throws YotoException, InterruptedException {
        URI uri = config.api(path);
        boolean idempotent = !method.equals("POST");
        String token = tokens.accessToken();
        HttpResult result = send(method, uri, token, body, idempotent, what);
        if (result.status() == 401) {
            token = tokens.renewAfterRejection(token);
            result = send(method, uri, token, body, idempotent, what);
        }
        if (!result.ok()) {
            throw failure(result, what);
        }
        return result;
    }

    private HttpResult send(String method, URI uri, String token, byte[] body, boolean retryable, String what)
            throws YotoException, InterruptedException {
        try {
            return http.send(method, uri, token, body, body == null ? null : "application/json", retryable);
        } catch (IOException e) {
            throw new YotoApiException("Cannot reach Yoto (" + uri.getHost() + ") to get " + what + ": "
                    + e.getClass().getSimpleName() + ". Check the internet connection and try again.", e);
        }
    }

    private static YotoApiException failure(HttpResult result, String what) {
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

    private static JsonObject object(HttpResult result, String field) throws YotoApiException {
        JsonObject json = parsed(result);
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonObject()) {
            throw unexpected(field);
        }
        return value.getAsJsonObject();
    }

    private static <T> List<T> array(HttpResult result, String field, Function<JsonObject, T> wrap)
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

    private static JsonObject parsed(HttpResult result) throws YotoApiException {
        String body = result.body().strip();
        if (!body.startsWith("{")) {
            throw unexpected("a JSON object");
        }
        return result.json();
    }

    private static YotoApiException unexpected(String expected) {
        return new YotoApiException(200, "Yoto answered in a form this app does not understand (no " + expected
                + "). Yoto may have changed its API: check for an app update.");
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
