package com.yotosmartstream.client.sim;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.util.Optional;

/** Reading command bodies and finding what they name on a card, for the virtual players. */
final class CommandBodies {

    private CommandBodies() {
    }

    static Optional<Chapter> chapter(Card card, String key) {
        return card.chapters().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    static Optional<Track> track(Chapter chapter, String key) {
        return chapter.tracks().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static Optional<String> optionalText(JsonObject body, String field) {
        JsonElement value = body.get(field);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    static Optional<Integer> intField(JsonObject body, String field, int min, int max) {
        JsonElement value = body.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        double d = value.getAsDouble();
        return d >= min && d <= max ? Optional.of((int) d) : Optional.empty();
    }
}
