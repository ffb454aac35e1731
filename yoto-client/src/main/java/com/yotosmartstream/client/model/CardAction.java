package com.yotosmartstream.client.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * What an interactive card's track does on a button press or at its end: go to a chapter and
 * track, stop, or a command this app does not know (kept as it was).
 */
public sealed interface CardAction {

    JsonObject toJson();

    /** {@code {"cmd":"goto","params":{"chapterKey":K,"trackKey":K}}}. */
    record Goto(String chapterKey, String trackKey) implements CardAction {
        public Goto {
            Objects.requireNonNull(chapterKey);
            Objects.requireNonNull(trackKey);
        }

        @Override
        public JsonObject toJson() {
            JsonObject params = new JsonObject();
            params.addProperty("chapterKey", chapterKey);
            params.addProperty("trackKey", trackKey);
            JsonObject json = new JsonObject();
            json.addProperty("cmd", "goto");
            json.add("params", params);
            return json;
        }
    }

    /** {@code {"cmd":"stop"}}. */
    record Stop() implements CardAction {
        @Override
        public JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("cmd", "stop");
            return json;
        }
    }

    /** Anything else, kept verbatim. */
    record Other(JsonObject json) implements CardAction {
        @Override
        public JsonObject toJson() {
            return json.deepCopy();
        }
    }

    static CardAction parse(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return new Other(new JsonObject());
        }
        JsonObject json = element.getAsJsonObject();
        String cmd = json.has("cmd") && json.get("cmd").isJsonPrimitive() ? json.get("cmd").getAsString() : "";
        if (cmd.equals("stop") && json.size() == 1) {
            return new Stop();
        }
        if (cmd.equals("goto") && json.size() == 2 && json.get("params") instanceof JsonObject params
                && params.size() == 2 && params.get("chapterKey") != null && params.get("trackKey") != null) {
            return new Goto(params.get("chapterKey").getAsString(), params.get("trackKey").getAsString());
        }
        return new Other(json.deepCopy());
    }
}
