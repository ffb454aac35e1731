package com.yotosmartstream.client.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;

/** A response: status and body (small JSON bodies only). */
public record HttpResult(int status, String body, Optional<String> retryAfter) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object, or an empty object when it is not one. */
    public JsonObject json() {
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    /** The OAuth-style {@code error} field, if any. */
    public String error() {
        JsonObject json = json();
        return json.has("error") && json.get("error").isJsonPrimitive() ? json.get("error").getAsString() : "";
    }
}
