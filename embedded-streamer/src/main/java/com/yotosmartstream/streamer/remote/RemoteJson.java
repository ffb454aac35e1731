package com.yotosmartstream.streamer.remote;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The remote page's JSON, written field by field so nothing beyond what the page shows leaves the app. */
final class RemoteJson {

    private RemoteJson() {
    }

    static String players(List<RemotePlayer> players) {
        JsonArray array = new JsonArray();
        for (RemotePlayer p : players) {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.addProperty("name", p.name());
            o.addProperty("model", p.model());
            o.addProperty("online", p.online());
            o.addProperty("lastHeard", p.lastHeard());
            o.addProperty("battery", p.battery());
            o.addProperty("charging", p.charging());
            o.addProperty("status", p.status());
            o.addProperty("card", p.card());
            o.addProperty("chapter", p.chapter());
            o.addProperty("cover", p.cover());
            o.addProperty("position", p.position());
            o.addProperty("length", p.length());
            o.addProperty("volume", p.volume());
            o.addProperty("volumeMax", p.volumeMax());
            o.addProperty("sleep", p.sleep());
            o.addProperty("nightlight", p.nightlight());
            o.addProperty("hasLight", p.hasLight());
            o.addProperty("problem", p.problem());
            o.addProperty("feedback", p.feedback());
            array.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("players", array);
        return root.toString();
    }

    static String choices(List<RemoteHousehold.Choice> choices) {
        JsonArray array = new JsonArray();
        for (RemoteHousehold.Choice choice : choices) {
            JsonObject o = new JsonObject();
            o.addProperty("id", choice.id());
            o.addProperty("title", choice.title());
            array.add(o);
        }
        return array.toString();
    }

    static String command(LiveStreams.Sent sent) {
        JsonObject o = new JsonObject();
        o.addProperty("id", sent.id());
        o.addProperty("player", sent.player());
        o.addProperty("label", sent.label());
        o.addProperty("state", sent.outcome().state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        o.addProperty("text", sent.outcome().text());
        return o.toString();
    }

    static String object(String... keysAndValues) {
        JsonObject o = new JsonObject();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            o.addProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return o.toString();
    }

    /** The body as a JSON object, or empty when it is not one. */
    static Optional<JsonObject> parseObject(String body) {
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    static Integer integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1_000_000 ? (int) d : null;
        }
        return null;
    }
}
