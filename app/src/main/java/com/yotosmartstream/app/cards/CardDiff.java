package com.yotosmartstream.app.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What publishing would change on Yoto: one line per changed value, by path ("title",
 * "chapter 02 > track 01 > trackUrl"), chapters and tracks matched by their keys. Fields Yoto sets
 * itself (ids, times) are left out, and stream tokens are hidden.
 */
public final class CardDiff {

    private static final Set<String> YOTO_FIELDS = Set.of("cardId", "createdAt", "updatedAt", "userId", "sortkey",
            "creatorEmail", "slug", "availability", "deleted");
    private static final Pattern STREAM_TOKEN = Pattern.compile("/stream/[A-Za-z0-9_-]{43}/");
    private static final int LONGEST = 70;

    private CardDiff() {
    }

    /** The changes from the card on Yoto (empty when it is new) to the card to send. */
    public static List<String> between(Optional<Card> before, Card after) {
        if (before.isEmpty()) {
            return List.of("A new card: '" + after.title() + "' with " + after.chapters().size() + " chapters.");
        }
        List<String> lines = new ArrayList<>();
        compare("", before.get().toJson(), after.toJson(), lines);
        return lines;
    }

    /** A value as the diff and the JSON view show it: stream tokens hidden. */
    public static String hideTokens(String text) {
        return STREAM_TOKEN.matcher(text).replaceAll("/stream/\u2026/");
    }

    private static void compare(String path, JsonElement before, JsonElement after, List<String> lines) {
        if (before.equals(after)) {
            return;
        }
        if (before.isJsonObject() && after.isJsonObject()) {
            JsonObject a = before.getAsJsonObject();
            JsonObject b = after.getAsJsonObject();
            Set<String> names = new LinkedHashSet<>(a.keySet());
            names.addAll(b.keySet());
            for (String name : names) {
                if (path.isEmpty() && YOTO_FIELDS.contains(name)) {
                    continue;
                }
                compare(join(path, name), value(a, name), value(b, name), lines);
            }
        } else if (before.isJsonArray() && after.isJsonArray()) {
            compareArrays(path, before.getAsJsonArray(), after.getAsJsonArray(), lines);
        } else if (before.isJsonNull()) {
            lines.add(path + ": added " + show(after));
        } else if (after.isJsonNull()) {
            lines.add(path + ": removed (was " + show(before) + ")");
        } else {
            lines.add(path + ": " + show(before) + " \u2192 " + show(after));
        }
    }

    private static void compareArrays(String path, JsonArray before, JsonArray after, List<String> lines) {
        Map<String, JsonElement> a = keyed(before);
        Map<String, JsonElement> b = keyed(after);
        if (a == null || b == null) {
            if (!before.equals(after)) {
                lines.add(path + ": " + show(before) + " \u2192 " + show(after));
            }
            return;
        }
        String noun = path.endsWith("chapters") ? "chapter" : path.endsWith("tracks") ? "track" : "item";
        String parent = path.replaceFirst("(content > )?(chapters|tracks)$", "").replaceFirst(" > $", "");
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            String here = join(parent, noun + " " + key);
            JsonElement old = a.get(key);
            JsonElement now = b.get(key);
            if (old == null) {
                lines.add(here + ": added " + titleOf(now));
            } else if (now == null) {
                lines.add(here + ": removed " + titleOf(old));
            } else {
                compare(here, old, now, lines);
            }
        }
    }

    /** Objects with unique "key"s by key; null when the array is not like that. */
    private static Map<String, JsonElement> keyed(JsonArray array) {
        Map<String, JsonElement> byKey = new LinkedHashMap<>();
        for (JsonElement item : array) {
            if (!item.isJsonObject() || !(item.getAsJsonObject().get("key") instanceof com.google.gson.JsonPrimitive k)
                    || byKey.put(k.getAsString(), item) != null) {
                return null;
            }
        }
        return byKey;
    }

    private static String titleOf(JsonElement item) {
        JsonElement title = item.getAsJsonObject().get("title");
        return title != null && title.isJsonPrimitive() ? "'" + title.getAsString() + "'" : "";
    }

    private static JsonElement value(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null ? JsonNull.INSTANCE : value;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + " > " + name;
    }

    private static String show(JsonElement value) {
        String text = hideTokens(value.toString());
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "\u2026" : text;
    }
}
