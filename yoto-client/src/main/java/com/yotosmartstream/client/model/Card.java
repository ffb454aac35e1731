package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Optional;

/**
 * A Yoto card as the REST API sends and takes it ({@code POST /content}, {@code GET
 * /content/{id}}): title, metadata and content with its chapters; linear or interactive.
 */
public final class Card extends JsonBacked {

    public Card(JsonObject json) {
        super(json);
    }

    /** Reads a card; a card with a missing or malformed part still reads, with those parts empty. */
    public static Card parse(String text) {
        return new Card(JsonParser.parseString(text).getAsJsonObject());
    }

    public static Card create(String title, String playbackType, List<Chapter> chapters) {
        JsonObject content = new JsonObject();
        content.addProperty("activity", "yoto_Player");
        content.addProperty("playbackType", playbackType);
        content.add("chapters", array(chapters));
        JsonObject json = new JsonObject();
        json.addProperty("title", title);
        json.add("metadata", new JsonObject());
        json.add("content", content);
        return new Card(json);
    }

    /** Empty for a card not yet created on Yoto. */
    public Optional<String> cardId() {
        return string("cardId");
    }

    public String title() {
        return string("title").orElse("");
    }

    public Optional<String> author() {
        return nestedString("metadata", "author");
    }

    /** The cover picture's address ({@code metadata.cover.imageL}), when the card has one. */
    public Optional<String> coverUrl() {
        return object("metadata").map(m -> m.get("cover")).filter(com.google.gson.JsonElement::isJsonObject)
                .map(c -> c.getAsJsonObject().get("imageL")).filter(com.google.gson.JsonElement::isJsonPrimitive)
                .map(com.google.gson.JsonElement::getAsString).filter(u -> !u.isBlank());
    }

    /** "linear" or "interactive". */
    public String playbackType() {
        return nestedString("content", "playbackType").orElse("linear");
    }

    public boolean isInteractive() {
        return playbackType().equals("interactive");
    }

    public List<Chapter> chapters() {
        return content().map(c -> listIn(c, "chapters", Chapter::new)).orElse(List.of());
    }

    public Card withCardId(String cardId) {
        return new Card(with(json, "cardId", text(cardId)));
    }

    public Card withTitle(String title) {
        return new Card(with(json, "title", text(title)));
    }

    public Card withChapters(List<Chapter> chapters) {
        JsonObject content = content().map(JsonObject::deepCopy).orElseGet(JsonObject::new);
        content.add("chapters", array(chapters));
        return new Card(with(json, "content", content));
    }

    private Optional<JsonObject> content() {
        return object("content");
    }
}
