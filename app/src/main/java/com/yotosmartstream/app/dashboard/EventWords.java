package com.yotosmartstream.app.dashboard;

import com.google.gson.JsonElement;
import com.yotosmartstream.client.mqtt.Topics;
import com.yotosmartstream.core.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A player's message in a parent's words: "started The Lost Dragon, Chapter 3", "volume 7 → 9",
 * "paused", "battery 80 % → 79 %". Field meanings are docs/yoto-protocol.md's: events report the
 * volume in steps of 16, statuses in percent (captured). Fields it has no words for are said as
 * they are ("wifiStrength -61 → -58"); the raw message stays in the log entry.
 */
final class EventWords {

    /** Noise between position reports: said only when nothing else changed. */
    private static final List<String> QUIET = List.of("eventUtc", "position", "trackLength", "upTime", "utcTime",
            "utcOffset", "cardUpdatedAt", "requestId", "ts");

    private EventWords() {
    }

    /**
     * What changed, in words.
     *
     * @param before the previous message's fields of the same topic (empty for the first)
     * @param cardTitles a card's title by its id, when the household knows the card
     */
    static List<String> describe(Topics.Kind kind, Map<String, JsonElement> before, Map<String, JsonElement> now,
            Function<String, Optional<String>> cardTitles) {
        List<String> said = new ArrayList<>();
        if (kind == Topics.Kind.PRESENCE) {
            text(now, "state").ifPresent(s -> said.add(s.equals("online") ? "came online" : "went " + s));
            return said;
        }
        if (kind == Topics.Kind.RESPONSE) {
            now.forEach((name, value) -> {
                if (!name.equals("req_body") && value.isJsonPrimitive()) {
                    said.add("answered " + name + ": " + value.getAsString());
                }
            });
            return said;
        }
        boolean events = kind == Topics.Kind.EVENTS || kind == Topics.Kind.LEGACY_EVENTS;
        List<String> handled = new ArrayList<>(QUIET);
        if (events) {
            playback(before, now, cardTitles, said, handled);
            change(before, now, "volume", "volume", "", said, handled);
            change(before, now, "volumeMax", "volume limit", "", said, handled);
            flag(before, now, "sleepTimerActive", "sleep timer on", "sleep timer off", said, handled);
        } else {
            change(before, now, "batteryLevel", "battery", " %", said, handled);
            flag(before, now, "charging", "charging", "on battery", said, handled);
            change(before, now, "userVolume", "volume", " %", said, handled);
            change(before, now, "volume", "system volume", " %", said, handled);
            flag(before, now, "headphones", "headphones in", "headphones out", said, handled);
        }
        handled.add("sleepTimerSeconds");
        handled.add("playbackWait");
        for (Map.Entry<String, JsonElement> field : new java.util.TreeMap<>(now).entrySet()) {
            if (!handled.contains(field.getKey()) && !field.getValue().equals(before.get(field.getKey()))) {
                JsonElement was = before.get(field.getKey());
                said.add(field.getKey() + " " + (was == null ? "" : plain(was) + " \u2192 ") + plain(field.getValue()));
            }
        }
        if (said.isEmpty() && events && now.containsKey("position")) {
            said.add("at " + Durations.clock(now.get("position").getAsDouble()));
        }
        return said;
    }

    private static void playback(Map<String, JsonElement> before, Map<String, JsonElement> now,
            Function<String, Optional<String>> cardTitles, List<String> said, List<String> handled) {
        handled.addAll(List.of("playbackStatus", "cardId", "chapterKey", "chapterTitle", "trackKey", "trackTitle",
                "source", "streaming", "repeatAll"));
        Optional<String> status = text(now, "playbackStatus");
        boolean moved = changed(before, now, "cardId") || changed(before, now, "chapterKey")
                || changed(before, now, "trackKey");
        Optional<String> card = text(now, "cardId").filter(id -> !id.equals("none"))
                .or(() -> text(before, "cardId").filter(id -> !id.equals("none")));
        if (moved && card.isPresent() && !status.filter(s -> s.equals("stopped") || s.equals("paused")).isPresent()) {
            String title = cardTitles.apply(card.get()).orElse("card " + card.get());
            Optional<String> chapter = text(now, "chapterTitle").or(() -> text(now, "trackTitle"))
                    .filter(c -> !c.isBlank() && !c.equals(title));
            said.add("started " + title + chapter.map(c -> ", " + c).orElse(""));
            return;
        }
        if (status.isPresent() && changed(before, now, "playbackStatus")) {
            said.add(switch (status.get()) {
                case "playing" -> "playing";
                case "paused" -> "paused";
                case "stopped" -> "stopped";
                case "loading" -> "loading";
                default -> "playback " + status.get();
            });
        }
    }

    private static void change(Map<String, JsonElement> before, Map<String, JsonElement> now, String field,
            String words, String unit, List<String> said, List<String> handled) {
        handled.add(field);
        if (!changed(before, now, field)) {
            return;
        }
        JsonElement was = before.get(field);
        said.add(words + " " + (was == null ? "" : plain(was) + unit + " \u2192 ") + plain(now.get(field)) + unit);
    }

    private static void flag(Map<String, JsonElement> before, Map<String, JsonElement> now, String field, String on,
            String off, List<String> said, List<String> handled) {
        handled.add(field);
        if (changed(before, now, field)) {
            JsonElement value = now.get(field);
            boolean yes = value.isJsonPrimitive() && (value.getAsJsonPrimitive().isBoolean() ? value.getAsBoolean()
                    : !value.getAsString().equals("0") && !value.getAsString().equals("false"));
            said.add(yes ? on : off);
        }
    }

    private static boolean changed(Map<String, JsonElement> before, Map<String, JsonElement> now, String field) {
        return now.containsKey(field) && !now.get(field).equals(before.get(field));
    }

    private static Optional<String> text(Map<String, JsonElement> fields, String name) {
        JsonElement value = fields.get(name);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static String plain(JsonElement value) {
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
