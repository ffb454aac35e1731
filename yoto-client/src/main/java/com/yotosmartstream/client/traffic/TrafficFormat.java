package com.yotosmartstream.client.traffic;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes traffic as JSON lines, one {@link TrafficLine} an object:
 * <pre>
 * {"seq":1,"at":"2025-12-23T18:43:53.996Z","dir":"in","kind":"mqtt",
 *  "topic":"device/DEVICE_1/events","payload":{"volume":9,"volumeMax":13},"source":"capture: ..."}
 * {"seq":2,"at":null,"dir":"out","kind":"rest","method":"GET","path":"/content/mine","status":null,
 *  "payload":null,"source":"recorded: ..."}
 * </pre>
 * Blank lines are skipped. Reading is strict: a line that is not strict JSON, or lacks a field its
 * kind needs, is refused with its line number, so a bad file never half-replays.
 */
public final class TrafficFormat {

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);
    /** Nulls kept: a payload's {@code "cardId": null} is part of what was sent (a fuzzing finding: Gson drops them by default). */
    private static final Gson GSON = new com.google.gson.GsonBuilder().serializeNulls().create();

    private TrafficFormat() {
    }

    /** One line of text, without its line break. */
    public static String write(TrafficLine line) {
        JsonObject json = new JsonObject();
        json.addProperty("seq", line.seq());
        json.add("at", line.at() == null ? JsonNull.INSTANCE : new JsonPrimitive(line.at().toString()));
        json.addProperty("dir", line.dir().name().toLowerCase(Locale.ROOT));
        json.addProperty("kind", line.kind().name().toLowerCase(Locale.ROOT));
        if (line.kind() == TrafficLine.Kind.MQTT) {
            json.addProperty("topic", line.topic());
        } else {
            json.addProperty("method", line.method());
            json.addProperty("path", line.path());
            json.add("status", line.status() == null ? JsonNull.INSTANCE : new JsonPrimitive(line.status()));
        }
        json.add("payload", line.payload());
        json.addProperty("source", line.source());
        return GSON.toJson(json);
    }

    /** Every line of a file or stream; blank lines are skipped. */
    public static List<TrafficLine> readAll(Reader in) throws IOException, TrafficFormatException {
        List<TrafficLine> lines = new ArrayList<>();
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (!text.isBlank()) {
                lines.add(read(text, number));
            }
        }
        return lines;
    }

    /**
     * One line.
     *
     * @param number its line number, for the message when it is refused
     */
    public static TrafficLine read(String text, int number) throws TrafficFormatException {
        JsonElement parsed;
        try {
            parsed = strictJson(text);
        } catch (TrafficFormatException e) {
            throw new TrafficFormatException("Line " + number + " is not JSON: " + e.getMessage(), e);
        }
        if (!parsed.isJsonObject()) {
            throw new TrafficFormatException("Line " + number + " is not a JSON object");
        }
        JsonObject json = parsed.getAsJsonObject();
        try {
            TrafficLine.Kind kind = enumOf(TrafficLine.Kind.class, string(json, "kind", true));
            TrafficLine.Direction dir = enumOf(TrafficLine.Direction.class, string(json, "dir", true));
            long seq = json.has("seq") && isNumber(json.get("seq")) ? json.get("seq").getAsLong() : number;
            String at = string(json, "at", false);
            Instant instant = at == null ? null : Instant.parse(at);
            JsonElement payload = json.has("payload") ? json.get("payload") : JsonNull.INSTANCE;
            String source = string(json, "source", false);
            if (kind == TrafficLine.Kind.MQTT) {
                return new TrafficLine(seq, instant, dir, kind, string(json, "topic", true), null, null, null,
                        payload, source);
            }
            JsonElement status = json.get("status");
            Integer code = status == null || status.isJsonNull() ? null : intOf(status, "status");
            return new TrafficLine(seq, instant, dir, kind, null, string(json, "method", true),
                    string(json, "path", true), code, payload, source);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new TrafficFormatException("Line " + number + ": " + e.getMessage(), e);
        }
    }

    /** Strict JSON (no lenient extensions, nothing after the value). */
    static JsonElement strictJson(String text) throws TrafficFormatException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JSON.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new TrafficFormatException("text after the JSON");
            }
            return element;
        } catch (IOException | RuntimeException e) {
            throw new TrafficFormatException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static String string(JsonObject json, String name, boolean required) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + name + "' is missing");
            }
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("'" + name + "' is not a string");
        }
        return value.getAsString();
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    private static int intOf(JsonElement value, String name) {
        if (!isNumber(value)) {
            throw new IllegalArgumentException("'" + name + "' is not a number");
        }
        double number = value.getAsDouble();
        if (number != Math.rint(number) || number < 0 || number > 999) {
            throw new IllegalArgumentException("'" + name + "' is not an HTTP status");
        }
        return (int) number;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + List.of(type.getEnumConstants()));
    }
}
