package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Optional;

/** A track of a card chapter: what to play (a stream URL or a Yoto-hosted {@code yoto:#sha}) and, on interactive cards, its events. */
public final class Track extends JsonBacked {

    /** The three events a track of an interactive card can answer. */
    public enum Event {
        LEFT_BUTTON("onLhb"), RIGHT_BUTTON("onRhb"), END("onEnd");

        private final String field;

        Event(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Track(JsonObject json) {
        super(json);
    }

    public static Track stream(String key, String title, String url, String format) {
        JsonObject json = new JsonObject();
        json.addProperty("key", key);
        json.addProperty("title", title);
        json.addProperty("trackUrl", url);
        json.addProperty("type", "stream");
        json.addProperty("format", format);
        return new Track(json);
    }

    public String key() {
        return string("key").orElse("");
    }

    public String title() {
        return string("title").orElse("");
    }

    public String trackUrl() {
        return string("trackUrl").orElse("");
    }

    /** "audio" (hosted by Yoto) or "stream" (fetched from {@link #trackUrl()}). */
    public String type() {
        return string("type").orElse("audio");
    }

    public Optional<String> format() {
        return string("format");
    }

    public Optional<Double> durationSeconds() {
        return number("duration");
    }

    public Optional<String> icon() {
        return nestedString("display", "icon16x16");
    }

    /** What the track does on {@code event}; empty on a linear card. */
    public Optional<CardAction> action(Event event) {
        return object("events").map(events -> events.get(event.field())).map(CardAction::parse);
    }

    public Track withKey(String key) {
        return new Track(with(json, "key", text(key)));
    }

    public Track withTitle(String title) {
        return new Track(with(json, "title", text(title)));
    }

    public Track withDuration(double seconds) {
        return new Track(with(json, "duration", new JsonPrimitive(seconds)));
    }

    public Track withIcon(String iconRef) {
        return new Track(withNested("display", "icon16x16", iconRef));
    }

    public Track withAction(Event event, CardAction action) {
        JsonObject events = object("events").map(JsonObject::deepCopy).orElseGet(JsonObject::new);
        events.add(event.field(), action.toJson());
        return new Track(with(json, "events", events));
    }
}
