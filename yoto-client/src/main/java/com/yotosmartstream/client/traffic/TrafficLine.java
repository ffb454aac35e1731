package com.yotosmartstream.client.traffic;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of player traffic: an MQTT message (topic and payload) or a REST exchange (method,
 * path, status and body), in or out, with when it happened (if known) and where the fact comes
 * from. Payloads are kept as JSON when they are JSON, else as their text.
 *
 * @param seq     the line's number in its file, increasing
 * @param at      when it was sent or received; null when the source does not say
 * @param dir     {@link Direction#IN} to the app (from a player or Yoto), {@link Direction#OUT} from it
 * @param kind    MQTT or REST
 * @param topic   the MQTT topic (null for REST)
 * @param method  the HTTP method (null for MQTT)
 * @param path    the REST path with its query (null for MQTT)
 * @param status  the HTTP status of a REST answer (null for MQTT and for requests)
 * @param payload the MQTT payload or REST body: JSON, a string of the text when it is not JSON,
 *                {@link JsonNull} when there is none
 * @param source  where the fact comes from: a capture, an anchor's file or issue, a docs page, or
 *                {@code recorded: ...} for what the app's recorder wrote
 */
public record TrafficLine(long seq, Instant at, Direction dir, Kind kind, String topic, String method, String path,
        Integer status, JsonElement payload, String source) {

    /** Which way the message went, seen from the app. */
    public enum Direction { IN, OUT }

    /** The transport. */
    public enum Kind { MQTT, REST }

    public TrafficLine {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(kind, "kind");
        payload = payload == null ? JsonNull.INSTANCE : payload.deepCopy();
        source = source == null ? "" : source;
        if (kind == Kind.MQTT && (topic == null || topic.isEmpty())) {
            throw new IllegalArgumentException("An MQTT line needs a topic");
        }
        if (kind == Kind.REST && (method == null || method.isEmpty() || path == null || path.isEmpty())) {
            throw new IllegalArgumentException("A REST line needs a method and a path");
        }
    }

    /** An MQTT message; {@code payload} is parsed as JSON when it is JSON, else kept as text. */
    public static TrafficLine mqtt(long seq, Instant at, Direction dir, String topic, byte[] payload, String source) {
        return new TrafficLine(seq, at, dir, Kind.MQTT, topic, null, null, null, payloadOf(payload), source);
    }

    /** A REST request (status null) or answer. */
    public static TrafficLine rest(long seq, Instant at, Direction dir, String method, String path, Integer status,
            JsonElement body, String source) {
        return new TrafficLine(seq, at, dir, Kind.REST, null, method, path, status, body, source);
    }

    @Override
    public JsonElement payload() {
        return payload.deepCopy();
    }

    /** The bytes of an MQTT payload as they were published: a string's text, or the JSON. */
    public byte[] payloadBytes() {
        if (payload.isJsonNull()) {
            return new byte[0];
        }
        String text = payload.isJsonPrimitive() && payload.getAsJsonPrimitive().isString()
                ? payload.getAsString() : payload.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The same line with another sequence number. */
    public TrafficLine withSeq(long newSeq) {
        return new TrafficLine(newSeq, at, dir, kind, topic, method, path, status, payload, source);
    }

    /** The same line with its payload replaced (e.g. redacted). */
    public TrafficLine withPayload(JsonElement newPayload) {
        return new TrafficLine(seq, at, dir, kind, topic, method, path, status, newPayload, source);
    }

    /** Text that is strict JSON (an object or array) becomes JSON; anything else stays its text ("" when empty). */
    static JsonElement payloadOf(byte[] bytes) {
        String text = new String(bytes == null ? new byte[0] : bytes, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return TrafficFormat.strictJson(text);
            } catch (TrafficFormatException e) {
                // not JSON after all: kept as text below
            }
        }
        return new JsonPrimitive(text);
    }
}
