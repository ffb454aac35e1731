package com.yotosmartstream.client.sim;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account behind the simulated cloud: its players and its cards, kept as the JSON the client
 * sent (so anything the client sends comes back untouched, as with the real API).
 */
public final class SimulatedAccount {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Map<String, JsonObject> players = new LinkedHashMap<>();
    private final Map<String, JsonObject> cards = new LinkedHashMap<>();
    private final List<JsonObject> familyLibrary = new ArrayList<>();

    /** Adds a player; family is v3, mini, v2 or v1. */
    public synchronized JsonObject addPlayer(String deviceId, String name, String family) {
        JsonObject player = new JsonObject();
        player.addProperty("deviceId", deviceId);
        player.addProperty("name", name);
        player.addProperty("online", true);
        player.addProperty("deviceType", family.equals("mini") ? "mini" : "v3");
        player.addProperty("deviceFamily", family);
        player.addProperty("generation", family.equals("mini") ? "gen3" : "gen3");
        player.addProperty("formFactor", family.equals("mini") ? "mini" : "standard");
        players.put(deviceId, player);
        return player.deepCopy();
    }

    public synchronized void setOnline(String deviceId, boolean online) {
        Optional.ofNullable(players.get(deviceId)).ifPresent(p -> p.addProperty("online", online));
    }

    public synchronized List<JsonObject> players() {
        return players.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized List<JsonObject> cards() {
        return cards.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized Optional<JsonObject> card(String cardId) {
        return Optional.ofNullable(cards.get(cardId)).map(JsonObject::deepCopy);
    }

    /** Creates (no cardId) or replaces (known cardId) a card; empty when the id is unknown. */
    public synchronized Optional<JsonObject> saveCard(JsonObject card) {
        JsonObject stored = card.deepCopy();
        if (stored.has("cardId")) {
            String id = stored.get("cardId").getAsString();
            if (!cards.containsKey(id)) {
                return Optional.empty();
            }
            cards.put(id, stored);
        } else {
            String id = newCardId();
            JsonObject withId = new JsonObject();
            withId.addProperty("cardId", id);
            stored.entrySet().forEach(e -> withId.add(e.getKey(), e.getValue()));
            cards.put(id, withId);
            stored = withId;
        }
        return Optional.of(stored.deepCopy());
    }

    public synchronized boolean deleteCard(String cardId) {
        return cards.remove(cardId) != null;
    }

    /** Puts a card in the family library (as a bought card would be). */
    public synchronized void addToFamilyLibrary(String cardId, JsonObject card) {
        JsonObject entry = new JsonObject();
        entry.addProperty("cardId", cardId);
        entry.add("card", card.deepCopy());
        familyLibrary.add(entry);
    }

    public synchronized List<JsonObject> familyLibrary() {
        return familyLibrary.stream().map(JsonObject::deepCopy).toList();
    }

    private String newCardId() {
        String id;
        do {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                sb.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
            }
            id = sb.toString();
        } while (cards.containsKey(id));
        return id;
    }
}
