package com.yotosmartstream.client.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model over the JSON Yoto sent: typed getters read it, {@code with...} methods return a changed
 * copy, and every field this app does not know survives the round trip in place and in order.
 */
abstract class JsonBacked {

    protected final JsonObject json;

    protected JsonBacked(JsonObject json) {
        this.json = json == null ? new JsonObject() : json.deepCopy();
    }

    /** A copy of the JSON (changing it changes nothing here). */
    public JsonObject toJson() {
        return json.deepCopy();
    }

    protected Optional<String> string(String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    protected Optional<Double> number(String name) {
        JsonElement value = json.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return Optional.of(value.getAsDouble());
        }
        return Optional.empty();
    }

    protected Optional<JsonObject> object(String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    /** A text field of a nested object, such as {@code display.icon16x16}. */
    protected Optional<String> nestedString(String objectName, String name) {
        return object(objectName).map(o -> o.get(name)).filter(JsonElement::isJsonPrimitive)
                .map(JsonElement::getAsString);
    }

    /** A copy of this JSON with one text field of a nested object set, creating the object if needed. */
    protected JsonObject withNested(String objectName, String name, String value) {
        JsonObject nested = object(objectName).map(JsonObject::deepCopy).orElseGet(JsonObject::new);
        nested.addProperty(name, value);
        return with(json, objectName, nested);
    }

    protected <T> List<T> list(String name, Function<JsonObject, T> wrap) {
        return listIn(json, name, wrap);
    }

    /** The objects of an array field of {@code source}, wrapped; items that are not objects are skipped. */
    protected static <T> List<T> listIn(JsonObject source, String name, Function<JsonObject, T> wrap) {
        JsonElement value = source.get(name);
        List<T> items = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonObject()) {
                    items.add(wrap.apply(item.getAsJsonObject()));
                }
            }
        }
        return List.copyOf(items);
    }

    /** A copy of this JSON with one field set (kept in its place if it was there); null removes it. */
    protected static JsonObject with(JsonObject base, String name, JsonElement value) {
        JsonObject copy = base.deepCopy();
        if (value == null) {
            copy.remove(name);
        } else {
            copy.add(name, value);
        }
        return copy;
    }

    protected static JsonElement text(String value) {
        return value == null ? null : new JsonPrimitive(value);
    }

    protected static JsonArray array(List<? extends JsonBacked> items) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(item.toJson()));
        return array;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && json.equals(((JsonBacked) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + json;
    }
}
