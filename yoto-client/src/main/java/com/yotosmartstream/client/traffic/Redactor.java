package com.yotosmartstream.client.traffic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.yotosmartstream.client.traffic.SecretPatterns.Kind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes everything private out of traffic lines before they are written: tokens, e-mail
 * addresses, user ids, device ids, Wi-Fi names, serials, MAC addresses, pairing codes, and the
 * secrets in links (see {@link SecretPatterns} for what and why). Device ids become
 * {@code DEVICE_1, DEVICE_2...} and user ids {@code USER_1...}, the same one for the same id in
 * topics, paths, payloads and text inside text (the {@code req_body} a player echoes is JSON in a
 * string), so a replay still links a player's messages. A value first seen under a private field
 * (an id, or text of five characters or more) is also replaced wherever it appears later. Not
 * thread-safe: one recording, one redactor, used in the recording's order.
 */
public final class Redactor {

    /** Values shorter than this are replaced only where they are a whole string, never inside text. */
    static final int MIN_INSIDE = 5;
    private static final Pattern TOPIC_DEVICE = Pattern.compile("^device/([^/]+)/");
    private static final Pattern PATH_DEVICE = Pattern.compile("^/device-v2/([^/?]+)");

    private final Map<String, String> devices = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    /** Every private value seen, with what replaces it. */
    private final Map<String, String> known = new LinkedHashMap<>();
    private List<Map.Entry<String, String>> longestFirst = List.of();

    /** The line with its topic or path and its payload redacted. */
    public TrafficLine redact(TrafficLine line) {
        Matcher topic = line.topic() == null ? null : TOPIC_DEVICE.matcher(line.topic());
        boolean topicDevice = topic != null && topic.find();
        if (topicDevice) {
            device(topic.group(1));
        }
        Matcher path = line.path() == null ? null : PATH_DEVICE.matcher(line.path());
        boolean pathDevice = path != null && path.find() && !path.group(1).equals("devices");
        if (pathDevice) {
            device(path.group(1));
        }
        JsonElement payload = line.payload();
        learn(payload, Kind.NONE);
        sortKnown();
        return new TrafficLine(line.seq(), line.at(), line.dir(), line.kind(),
                line.topic() == null ? null : withDevice(line.topic(), topicDevice ? topic : null), line.method(),
                line.path() == null ? null : withDevice(line.path(), pathDevice ? path : null), line.status(),
                apply(payload, Kind.NONE), line.source());
    }

    /** A topic or path with its device segment replaced by the alias, and the rest as any text. */
    private String withDevice(String value, Matcher device) {
        if (device == null) {
            return text(value);
        }
        return value.substring(0, device.start(1)) + device(device.group(1)) + text(value.substring(device.end(1)));
    }

    // ---- learning: find the private values of a payload before replacing anything ----

    private void learn(JsonElement element, Kind under) {
        if (element == null || element.isJsonNull()) {
            return;
        }
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                Kind kind = SecretPatterns.kindOf(entry.getKey());
                learn(entry.getValue(), kind == Kind.NONE && wholeSecret(under) ? under : kind);
            }
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                learn(item, under);
            }
        } else {
            String value = element.getAsString();
            boolean text = element.getAsJsonPrimitive().isString();
            if (under == Kind.DEVICE || under == Kind.USER) {
                remember(value, under);
            } else if (under != Kind.NONE && text && value.length() >= MIN_INSIDE) {
                // only text long enough not to be a common word ("0", "none", "n/a") is replaced elsewhere
                remember(value, under);
            }
            if (text) {
                SecretPatterns.findUsers(value, this::user);
                parsed(value).ifPresent(inner -> learn(inner, Kind.NONE));
            }
        }
    }

    private void remember(String value, Kind kind) {
        if (value.isEmpty()) {
            return;
        }
        switch (kind) {
            case DEVICE -> device(value);
            case USER -> user(value);
            default -> known.putIfAbsent(value, placeholder(kind));
        }
    }

    private String device(String id) {
        return devices.computeIfAbsent(id, key -> {
            String alias = "DEVICE_" + (devices.size() + 1);
            known.put(key, alias);
            return alias;
        });
    }

    private String user(String id) {
        return users.computeIfAbsent(id, key -> {
            String alias = "USER_" + (users.size() + 1);
            known.put(key, alias);
            return alias;
        });
    }

    private void sortKnown() {
        if (longestFirst.size() != known.size()) {
            longestFirst = known.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                    .toList();
        }
    }

    // ---- replacing ----

    private JsonElement apply(JsonElement element, Kind under) {
        if (element == null || element.isJsonNull()) {
            return element;
        }
        if (element.isJsonObject() && wholeSecret(under)) {
            return new JsonPrimitive(placeholder(under));
        }
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            String deviceAlias = deviceOf(object);
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                String key = entry.getKey();
                Kind kind = SecretPatterns.kindOf(key);
                JsonElement value = entry.getValue();
                if (deviceAlias != null && (key.equals("name") || key.equals("description")) && isText(value)) {
                    // a player's name is the family's own ("Emma's room")
                    out.addProperty(key, "Player " + deviceAlias.substring("DEVICE_".length()));
                } else {
                    out.add(text(key), apply(value, kind));
                }
            }
            return out;
        }
        if (element.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement item : element.getAsJsonArray()) {
                out.add(apply(item, under));
            }
            return out;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (under == Kind.DEVICE) {
            return new JsonPrimitive(device(primitive.getAsString()));
        }
        if (under == Kind.USER) {
            return new JsonPrimitive(user(primitive.getAsString()));
        }
        if (under != Kind.NONE) {
            return primitive.isString() && primitive.getAsString().isEmpty() ? primitive
                    : new JsonPrimitive(placeholder(under));
        }
        return primitive.isString() ? new JsonPrimitive(text(primitive.getAsString())) : primitive;
    }

    /** Any text: JSON inside it redacted as JSON, then known values and secret shapes replaced. */
    String text(String value) {
        java.util.Optional<JsonElement> inner = parsed(value);
        if (inner.isPresent()) {
            JsonElement redacted = apply(inner.get(), Kind.NONE);
            return redacted.equals(inner.get()) ? value : redacted.toString();
        }
        String exact = known.get(value);
        if (exact != null) {
            return exact;
        }
        String out = value;
        for (Map.Entry<String, String> entry : longestFirst) {
            if (entry.getKey().length() >= MIN_INSIDE && out.contains(entry.getKey())) {
                out = out.replace(entry.getKey(), entry.getValue());
            }
        }
        Matcher users = SecretPatterns.AUTH0_USER.matcher(out);
        if (users.find()) {
            out = users.replaceAll(match -> Matcher.quoteReplacement(user(match.group())));
        }
        return SecretPatterns.scrub(out);
    }

    private String deviceOf(JsonObject object) {
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (SecretPatterns.kindOf(entry.getKey()) == Kind.DEVICE && isText(entry.getValue())) {
                return device(entry.getValue().getAsString());
            }
        }
        return null;
    }

    /** A field whose whole value is private, whatever its shape (ids are mapped one by one instead). */
    private static boolean wholeSecret(Kind kind) {
        return kind != Kind.NONE && kind != Kind.DEVICE && kind != Kind.USER;
    }

    private static boolean isText(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    /** The JSON object or array a text holds, if it is one. */
    private static java.util.Optional<JsonElement> parsed(String value) {
        String trimmed = value.strip();
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}")) && !(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(TrafficFormat.strictJson(trimmed));
        } catch (TrafficFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String placeholder(Kind kind) {
        return switch (kind) {
            case EMAIL -> "EMAIL";
            case SSID -> "SSID";
            case MAC -> "MAC";
            case SERIAL -> "SERIAL";
            case CODE -> "CODE";
            case ADDRESS -> "ADDRESS";
            default -> "SECRET";
        };
    }
}
