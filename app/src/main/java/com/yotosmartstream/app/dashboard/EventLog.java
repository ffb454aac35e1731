package com.yotosmartstream.app.dashboard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.mqtt.Topics;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last messages of each player, newest first, each with what changed since the previous
 * message of the same topic, in a parent's words ({@link EventWords}: "volume 7 → 9") and field
 * by field. Bounded: the oldest go first. Thread-safe.
 */
public final class EventLog {

    /**
     * A logged message.
     *
     * @param changes one line per field: "+ name: value" (new), "~ name: old -> new", "- name" (gone)
     * @param said what changed in words ("started The Lost Dragon, Chapter 3", "volume 7 → 9")
     */
    public record Entry(long sequence, Instant at, String deviceId, Topics.Kind kind, JsonObject message,
            List<String> changes, List<String> said) {

        /** The message's fields ("status" messages: the fields inside {@code status}). */
        public Set<String> fields() {
            return fieldsOf(message).keySet();
        }

        /** A one-line summary in words: "volume 7 → 9, sleep timer on". */
        public String summary() {
            return said.isEmpty() ? "no change" : String.join(", ", said.stream().limit(4).toList())
                    + (said.size() > 4 ? ", …" : "");
        }
    }

    private final int capacity;
    private final Map<String, Deque<Entry>> byDevice = new HashMap<>();
    private final Map<String, JsonObject> previous = new HashMap<>();
    /** Per player and topic, every field's last value (events are partial deltas). */
    private final Map<String, Map<String, JsonElement>> known = new HashMap<>();
    private volatile java.util.function.Function<String, Optional<String>> cardTitles = id -> Optional.empty();
    private long sequence;

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    /** Where card titles come from ("started <title>"): the household shown. */
    public void useCardTitles(java.util.function.Function<String, Optional<String>> titles) {
        cardTitles = java.util.Objects.requireNonNull(titles);
    }

    public synchronized Entry add(String deviceId, Topics.Kind kind, JsonObject message, Instant at) {
        String key = deviceId + "/" + kind.suffix();
        JsonObject before = previous.put(key, message);
        Map<String, JsonElement> fields = fieldsOf(message);
        Map<String, JsonElement> was = known.computeIfAbsent(key, k -> new HashMap<>());
        List<String> said = List.copyOf(EventWords.describe(kind, Map.copyOf(was), fields, cardTitles));
        was.putAll(fields);
        Entry entry = new Entry(++sequence, at, deviceId, kind, message, changes(before, message), said);
        Deque<Entry> entries = byDevice.computeIfAbsent(deviceId, id -> new ArrayDeque<>());
        entries.addFirst(entry);
        while (entries.size() > capacity) {
            entries.removeLast();
        }
        return entry;
    }

    /** Newest first, optionally only one topic and only messages with a field containing {@code field}. */
    public synchronized List<Entry> entries(String deviceId, Optional<Topics.Kind> kind, String field) {
        String wanted = field == null ? "" : field.strip().toLowerCase(java.util.Locale.ROOT);
        List<Entry> result = new ArrayList<>();
        for (Entry entry : byDevice.getOrDefault(deviceId, new ArrayDeque<>())) {
            if (kind.isPresent() && entry.kind() != kind.get()) {
                continue;
            }
            if (!wanted.isEmpty() && entry.fields().stream()
                    .noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains(wanted))) {
                continue;
            }
            result.add(entry);
        }
        return result;
    }

    static List<String> changes(JsonObject before, JsonObject after) {
        Map<String, JsonElement> old = before == null ? Map.of() : fieldsOf(before);
        Map<String, JsonElement> now = fieldsOf(after);
        List<String> lines = new ArrayList<>();
        for (String name : new TreeSet<>(now.keySet())) {
            JsonElement was = old.get(name);
            if (was == null) {
                lines.add("+ " + name + ": " + now.get(name));
            } else if (!was.equals(now.get(name))) {
                lines.add("~ " + name + ": " + was + " -> " + now.get(name));
            }
        }
        if (before != null) {
            for (String name : new TreeSet<>(old.keySet())) {
                if (!now.containsKey(name)) {
                    lines.add("- " + name);
                }
            }
        }
        return List.copyOf(lines);
    }

    private static Map<String, JsonElement> fieldsOf(JsonObject message) {
        JsonElement inner = message.get("status");
        JsonObject fields = inner != null && inner.isJsonObject() ? inner.getAsJsonObject() : message;
        Map<String, JsonElement> map = new HashMap<>();
        fields.entrySet().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
