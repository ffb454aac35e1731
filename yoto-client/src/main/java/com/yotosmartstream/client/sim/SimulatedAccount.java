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
    private final Map<String, JsonObject> configs = new LinkedHashMap<>();
    private final Map<String, Integer> statusRequests = new LinkedHashMap<>();
    private final Map<String, Integer> configWrites = new LinkedHashMap<>();
    private final SimulatedUploads uploads = new SimulatedUploads();
    private final SimulatedImages images = new SimulatedImages();

    /** The account's audio uploads. */
    public SimulatedUploads uploads() {
        return uploads;
    }

    /** The account's covers and display icons, and Yoto's public icons. */
    public SimulatedImages images() {
        return images;
    }

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
        JsonObject config = defaultConfig();
        if (family.equals("mini")) {
            config.addProperty("dayDisplayBrightness", "100"); // no light sensor (yoto_api capabilities.py), so no "auto"
        }
        configs.put(deviceId, config);
        return player.deepCopy();
    }

    /** A player's new name, as the players list and its config answer give it from now on. */
    public synchronized void rename(String deviceId, String name) {
        Optional.ofNullable(players.get(deviceId)).ifPresent(p -> p.addProperty("name", name));
    }

    public synchronized void setOnline(String deviceId, boolean online) {
        Optional.ofNullable(players.get(deviceId)).ifPresent(p -> p.addProperty("online", online));
    }

    public synchronized List<JsonObject> players() {
        return players.values().stream().map(JsonObject::deepCopy).toList();
    }

    /** A player's settings block; empty for an unknown player. */
    public synchronized Optional<JsonObject> config(String deviceId) {
        return Optional.ofNullable(configs.get(deviceId)).map(JsonObject::deepCopy);
    }

    /** Replaces a player's whole settings block, as Yoto's PUT does; false for an unknown player. */
    public synchronized boolean replaceConfig(String deviceId, JsonObject config) {
        if (!players.containsKey(deviceId)) {
            return false;
        }
        configs.put(deviceId, config.deepCopy());
        configWrites.merge(deviceId, 1, Integer::sum);
        return true;
    }

    /** How many times a player's settings block was replaced. */
    public synchronized int configWrites(String deviceId) {
        return configWrites.getOrDefault(deviceId, 0);
    }

    /**
     * What {@code GET /device-v2/{id}/config} answers: the player with its {@code config} and
     * {@code status} blocks.
     */
    public synchronized Optional<JsonObject> deviceWithConfig(String deviceId) {
        JsonObject player = players.get(deviceId);
        if (player == null) {
            return Optional.empty();
        }
        JsonObject device = player.deepCopy();
        device.add("config", configs.get(deviceId).deepCopy());
        JsonObject status = new JsonObject();
        status.addProperty("batteryLevelPercentage", 87);
        status.addProperty("isCharging", false);
        status.addProperty("activeCard", "none");
        device.add("status", status);
        return Optional.of(device);
    }

    /** Counts a {@code command/status} request; false for an unknown player. */
    public synchronized boolean recordStatusRequest(String deviceId) {
        if (!players.containsKey(deviceId)) {
            return false;
        }
        statusRequests.merge(deviceId, 1, Integer::sum);
        return true;
    }

    /** How many times the player was asked to report its status. */
    public synchronized int statusRequests(String deviceId) {
        return statusRequests.getOrDefault(deviceId, 0);
    }

    /** The account's own cards, whole (as stored). */
    public synchronized List<JsonObject> cards() {
        return cards.values().stream().map(JsonObject::deepCopy).toList();
    }

    /** The account's own cards as {@code GET /content/mine} lists them: no chapters (see {@link CardLists}). */
    public synchronized List<JsonObject> cardList() {
        return cards.values().stream().map(CardLists::listed).toList();
    }

    public synchronized Optional<JsonObject> card(String cardId) {
        return Optional.ofNullable(cards.get(cardId)).map(JsonObject::deepCopy);
    }

    /** Creates (no cardId) or replaces (known cardId) a card; empty when the id is unknown. */
    public synchronized Optional<JsonObject> saveCard(JsonObject card) {
        JsonObject stored = card.deepCopy();
        stored.addProperty("updatedAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString()); // as Yoto does: the time of the last save
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

    /** The family library, whole (each entry {@code {cardId, card}} with the card's chapters). */
    public synchronized List<JsonObject> familyLibrary() {
        return familyLibrary.stream().map(JsonObject::deepCopy).toList();
    }

    /** The family library as {@code GET /card/family/library} lists it: no chapters (see {@link CardLists}). */
    public synchronized List<JsonObject> familyLibraryList() {
        return familyLibrary.stream().map(entry -> {
            JsonObject listed = entry.deepCopy();
            if (entry.get("card") instanceof JsonObject card) {
                listed.add("card", CardLists.listed(card));
            }
            return listed;
        }).toList();
    }

    /** A family-library card with its whole content, with its id, as {@code GET /card/{id}} gives it. */
    public synchronized Optional<JsonObject> libraryCard(String cardId) {
        return familyLibrary.stream().filter(e -> e.has("cardId") && e.get("cardId").getAsString().equals(cardId))
                .findFirst().map(entry -> {
                    JsonObject card = entry.get("card") instanceof JsonObject c ? c.deepCopy() : new JsonObject();
                    if (!card.has("cardId")) {
                        card.addProperty("cardId", cardId);
                    }
                    return card;
                });
    }

    /** Settings as a new player has them; Yoto sends them as text, and more keys than this app knows. */
    private static JsonObject defaultConfig() {
        JsonObject config = new JsonObject();
        config.addProperty("maxVolumeLimit", "16");
        config.addProperty("nightMaxVolumeLimit", "8");
        config.addProperty("dayTime", "07:00");
        config.addProperty("nightTime", "19:30");
        config.addProperty("ambientColour", "#40bfd9");
        config.addProperty("nightAmbientColour", "#f57399");
        config.addProperty("clockFace", "digital-sun");
        config.addProperty("dayDisplayBrightness", "auto"); // key names: yoto_api rest/client.py KNOWN_CONFIG_KEYS
        config.addProperty("nightDisplayBrightness", "80");
        config.addProperty("locale", "en");
        config.addProperty("hourFormat", "24");
        config.addProperty("repeatAll", false);
        return config;
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
