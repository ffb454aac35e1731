package com.yotosmartstream.client.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Cards made by Yoto (bought in its store), for the simulated family library. What matters in them
 * is their keys: a store card's chapter and track keys are its own exact strings, and a player looks
 * them up as they are (the firmware refuses "8" for "08": cdnninja/yoto_api pull request #175), so
 * the client must send the key the card's content holds, never a key it assumes. A store card seen
 * in cdnninja/yoto_ha issue #262 reports padded keys ("05"); Yoto's twee2yoto names keys after the
 * story's passages (non-numeric). No capture shows a store card with unpadded numbers: the second
 * card has them so that a client that pads or assumes keys fails here. Tracks are Yoto's uploads
 * ({@code yoto:#...}, {@code type: audio}) with their durations, as {@code GET /card/{id}} gives them.
 */
public final class StoreCards {

    /** Padded numeric keys, "01".."03", as the store card of yoto_ha #262. */
    public static final String FARMYARD = "yFarm";
    /** Unpadded numeric keys, "1".."3" (tracks "1" in each chapter). */
    public static final String BEDTIME = "yBedt";
    /** Named keys ("intro", "lion", "owl"), tracks with their own keys ("lion-roar", ...). */
    public static final String ANIMALS = "yAnim";

    private StoreCards() {
    }

    /** Puts the three cards in the account's family library; returns their ids. */
    public static List<String> addTo(SimulatedAccount account) {
        account.addToFamilyLibrary(FARMYARD, card(FARMYARD, "Farmyard Songs", "Yoto",
                chapter("01", "Old Barn", track("01", "Old Barn", 95)),
                chapter("02", "Tractor Tune", track("01", "Tractor Tune", 80)),
                chapter("03", "Hen House", track("01", "Hen House", 70))));
        account.addToFamilyLibrary(BEDTIME, card(BEDTIME, "Ten-Minute Bedtime Tales", "Yoto",
                chapter("1", "The Lantern", track("1", "The Lantern", 600)),
                chapter("2", "Paper Boats", track("1", "Paper Boats", 540)),
                chapter("3", "The Night Train", track("1", "The Night Train", 480))));
        account.addToFamilyLibrary(ANIMALS, card(ANIMALS, "Animal Sounds", "Yoto",
                chapter("intro", "Hello animals", track("intro", "Hello animals", 30)),
                chapter("lion", "The lion", track("lion-roar", "Roar", 20), track("lion-sleep", "Sleepy lion", 25)),
                chapter("owl", "The owl", track("owl-hoot", "Hoot", 20))));
        return List.of(FARMYARD, BEDTIME, ANIMALS);
    }

    private static JsonObject card(String cardId, String title, String author, JsonObject... chapters) {
        JsonArray list = new JsonArray();
        for (JsonObject chapter : chapters) {
            list.add(chapter);
        }
        JsonObject content = new JsonObject();
        content.addProperty("activity", "yoto_Player");
        content.addProperty("playbackType", "linear");
        content.add("chapters", list);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("author", author);
        metadata.addProperty("category", "stories");
        JsonObject card = new JsonObject();
        card.addProperty("cardId", cardId);
        card.addProperty("title", title);
        card.add("metadata", metadata);
        card.add("content", content);
        return card;
    }

    private static JsonObject chapter(String key, String title, JsonObject... tracks) {
        JsonArray list = new JsonArray();
        long seconds = 0;
        for (JsonObject track : tracks) {
            list.add(track);
            seconds += track.get("duration").getAsLong();
        }
        JsonObject chapter = new JsonObject();
        chapter.addProperty("key", key);
        chapter.addProperty("title", title);
        chapter.addProperty("duration", seconds);
        chapter.add("tracks", list);
        return chapter;
    }

    private static JsonObject track(String key, String title, int seconds) {
        JsonObject track = new JsonObject();
        track.addProperty("key", key);
        track.addProperty("title", title);
        track.addProperty("type", "audio");
        track.addProperty("format", "aac");
        track.addProperty("trackUrl", "yoto:#store-" + key + "-" + Integer.toHexString(title.hashCode()));
        track.addProperty("duration", seconds);
        track.addProperty("channels", "stereo");
        return track;
    }
}
