package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code card/start}: which card, where to start, and when to stop. Keys are sent exactly as
 * given, never padded or trimmed: a player looks a key up as the exact text the card's content
 * holds ("08" must be sent as "08", cdnninja/yoto_api pull request #175; a card that holds "8" or
 * "intro" must get "8" or "intro"), so take keys from the card's content or the player's report.
 */
public record CardStart(String cardId, Optional<String> chapterKey, Optional<String> trackKey, int secondsIn,
        Optional<Integer> cutOff, boolean anyButtonStop) {

    public CardStart {
        Objects.requireNonNull(cardId, "cardId");
        if (cardId.isBlank()) {
            throw new IllegalArgumentException("A card id is needed");
        }
        Objects.requireNonNull(chapterKey, "chapterKey");
        Objects.requireNonNull(trackKey, "trackKey");
        if (secondsIn < 0) {
            throw new IllegalArgumentException("secondsIn cannot be negative");
        }
        cutOff.ifPresent(c -> {
            if (c <= 0) {
                throw new IllegalArgumentException("cutOff must be positive");
            }
        });
    }

    /** The card from the start. */
    public static CardStart of(String cardId) {
        return new CardStart(cardId, Optional.empty(), Optional.empty(), 0, Optional.empty(), false);
    }

    public CardStart at(String chapterKey, String trackKey) {
        return new CardStart(cardId, Optional.of(chapterKey), Optional.of(trackKey), secondsIn, cutOff, anyButtonStop);
    }

    public CardStart secondsIn(int seconds) {
        return new CardStart(cardId, chapterKey, trackKey, seconds, cutOff, anyButtonStop);
    }

    /** Stop after this many seconds. */
    public CardStart cutOff(int seconds) {
        return new CardStart(cardId, chapterKey, trackKey, secondsIn, Optional.of(seconds), anyButtonStop);
    }

    public CardStart anyButtonStop(boolean stop) {
        return new CardStart(cardId, chapterKey, trackKey, secondsIn, cutOff, stop);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("uri", "https://yoto.io/" + cardId);
        chapterKey.ifPresent(k -> json.addProperty("chapterKey", k));
        trackKey.ifPresent(k -> json.addProperty("trackKey", k));
        json.addProperty("secondsIn", secondsIn);
        cutOff.ifPresent(c -> json.addProperty("cutOff", c));
        json.addProperty("anyButtonStop", anyButtonStop);
        return json;
    }

    /** The card id in a {@code card/start} uri ({@code https://yoto.io/<cardId>}). */
    public static Optional<String> cardIdOf(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        int slash = uri.lastIndexOf('/');
        String id = slash < 0 ? uri : uri.substring(slash + 1);
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }
}
