package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/** A chapter of a card: a key, a title, a 16x16 display icon and its tracks. */
public final class Chapter extends JsonBacked {

    public Chapter(JsonObject json) {
        super(json);
    }

    public static Chapter of(String key, String title, List<Track> tracks) {
        JsonObject json = new JsonObject();
        json.addProperty("key", key);
        json.addProperty("title", title);
        json.add("tracks", array(tracks));
        return new Chapter(json);
    }

    public String key() {
        return string("key").orElse("");
    }

    public String title() {
        return string("title").orElse("");
    }

    public Optional<String> overlayLabel() {
        return string("overlayLabel");
    }

    /** {@code display.icon16x16}, e.g. {@code yoto:#<mediaId>}. */
    public Optional<String> icon() {
        return nestedString("display", "icon16x16");
    }

    public List<Track> tracks() {
        return list("tracks", Track::new);
    }

    public Chapter withTitle(String title) {
        return new Chapter(with(json, "title", text(title)));
    }

    public Chapter withIcon(String iconRef) {
        return new Chapter(withNested("display", "icon16x16", iconRef));
    }

    public Chapter withTracks(List<Track> tracks) {
        return new Chapter(with(json, "tracks", array(tracks)));
    }
}
