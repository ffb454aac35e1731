package com.yotosmartstream.client.api;

import static com.yotosmartstream.client.api.ApiCalls.array;
import static com.yotosmartstream.client.api.ApiCalls.encode;
import static com.yotosmartstream.client.api.ApiCalls.object;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CoverImage;
import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.model.UploadedAudio;
import com.yotosmartstream.client.traffic.TrafficTap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Yoto's REST API ({@code api.yotoplay.com}): the household's players and their settings, the
 * account's cards, audio uploads, cover pictures and display icons.
 * Each call carries a fresh access token; a 401 renews it once and tries again; 429 and 5xx are
 * retried with backoff by {@link HttpClient}, except for POSTs (creating a card, uploading a picture,
 * a player command), which are never retried blindly. Failures, timeouts included, surface as
 * {@link YotoApiException} with a message that says what to do.
 */
public final class YotoApi {

    private final ApiCalls api;
    private final AudioUploader audio;
    private final ImageUploads images;

    /** Waits for audio conversions in real time, as {@link TranscodeWait#DEFAULT} says. */
    public YotoApi(YotoConfig config, HttpClient http, TokenManager tokens) {
        this(config, http, tokens, Sleeper.REAL, TranscodeWait.DEFAULT);
    }

    /** {@code sleeper} waits between the polls of an audio conversion, as {@code transcodeWait} says. */
    public YotoApi(YotoConfig config, HttpClient http, TokenManager tokens, Sleeper sleeper,
            TranscodeWait transcodeWait) {
        this.api = new ApiCalls(config, http, tokens);
        this.audio = new AudioUploader(api, http, sleeper, transcodeWait);
        this.images = new ImageUploads(api);
    }

    /**
     * From now on, every request and answer of this client (never its headers, so never a token)
     * is also told to {@code tap}; {@link TrafficTap#NONE} stops it.
     */
    public void tapTraffic(TrafficTap tap) {
        api.traffic.attach(tap);
    }

    public List<PlayerInfo> players() throws YotoException, InterruptedException {
        return array(api.get("/device-v2/devices/mine", "the players"), "devices", PlayerInfo::new);
    }

    /** A player's settings: the {@code config} block of {@code GET /device-v2/{id}/config}. */
    public PlayerConfig config(String deviceId) throws YotoException, InterruptedException {
        JsonObject device = object(api.get(configPath(deviceId), settingsOf(deviceId)), "device");
        JsonElement config = device.get("config");
        if (config == null || !config.isJsonObject()) {
            throw ApiCalls.unexpected("config");
        }
        return new PlayerConfig(config.getAsJsonObject());
    }

    /**
     * Changes a player's settings. Yoto's PUT replaces the whole block, so this reads the block,
     * lets {@code change} alter it (use its {@code with...} methods: every key they do not touch,
     * known or not, is kept) and writes the whole block back; nothing is written when nothing
     * changed. Returns the block as written.
     */
    public PlayerConfig updateConfig(String deviceId, UnaryOperator<PlayerConfig> change)
            throws YotoException, InterruptedException {
        PlayerConfig current = config(deviceId);
        PlayerConfig changed = change.apply(current);
        if (changed.equals(current)) {
            return current;
        }
        JsonObject body = new JsonObject();
        body.addProperty("deviceId", deviceId);
        body.add("config", changed.toJson());
        api.sendJson("PUT", configPath(deviceId), body, settingsOf(deviceId));
        return changed;
    }

    /**
     * Renames a player: the config PUT with a top-level {@code name} beside the block, as
     * bcomnes/yoto-nodejs-client documents it ({@code lib/api-endpoints/devices.js},
     * {@code YotoUpdateDeviceConfigRequest}: "name - Device name", citing yoto.dev's
     * updatedeviceconfig page). The PUT replaces the block, so the block just read goes with it
     * unchanged. cdnninja/yoto_api has no rename; no capture shows Yoto's answer.
     */
    public void rename(String deviceId, String name) throws YotoException, InterruptedException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A player needs a name");
        }
        PlayerConfig current = config(deviceId);
        JsonObject body = new JsonObject();
        body.addProperty("deviceId", deviceId);
        body.addProperty("name", name.strip());
        body.add("config", current.toJson());
        api.sendJson("PUT", configPath(deviceId), body, settingsOf(deviceId));
    }

    /** {@link #updateConfig(String, UnaryOperator)} with keys set to text values (null removes a key). */
    public PlayerConfig updateConfig(String deviceId, Map<String, String> changes)
            throws YotoException, InterruptedException {
        return updateConfig(deviceId, config -> config.withAll(changes));
    }

    /** Asks the player to report its status (it answers over MQTT). */
    public void requestStatus(String deviceId) throws YotoException, InterruptedException {
        api.sendJson("POST", "/device-v2/" + encode(deviceId) + "/command/status", new JsonObject(),
                "the status of player " + deviceId);
    }

    /**
     * Puts an audio file on Yoto and waits until Yoto has converted it for the players; a file
     * whose bytes Yoto already has is not sent again. The file is hashed and sent in small pieces,
     * never read whole into memory. Interrupting the thread cancels the upload
     * ({@link InterruptedException}).
     *
     * @throws YotoApiException when the file cannot be read, sent or converted, or the conversion
     *     takes longer than the {@link TranscodeWait} allows; the message says what to do
     */
    public UploadedAudio uploadAudio(Path file, UploadProgress progress) throws YotoException, InterruptedException {
        return audio.upload(file, progress);
    }

    /** Uploads a card cover: a PNG or JPEG picture (recognised by its first bytes). Not retried blindly. */
    public CoverImage uploadCover(byte[] image) throws YotoException, InterruptedException {
        return images.uploadCover(image);
    }

    /**
     * Uploads a display icon: a PNG or GIF picture (recognised by its first bytes). Without
     * {@code autoConvert} Yoto takes only a 16x16 PNG (RGBA) or GIF; with it, Yoto converts the
     * picture. A picture uploaded before comes back as the same icon, not {@link DisplayIcon#isNew()}.
     * Not retried blindly.
     */
    public DisplayIcon uploadIcon(byte[] image, String filename, boolean autoConvert)
            throws YotoException, InterruptedException {
        return images.uploadIcon(image, filename, autoConvert);
    }

    /** Yoto's public display icons. */
    public List<DisplayIcon> publicIcons() throws YotoException, InterruptedException {
        return images.publicIcons();
    }

    /** The account's own display icons. */
    public List<DisplayIcon> myIcons() throws YotoException, InterruptedException {
        return images.myIcons();
    }

    /**
     * The account's own (make-your-own) cards, as {@code GET /content/mine} lists them: titles,
     * metadata and settings, <b>without chapters</b> (its {@code content} has no {@code chapters}:
     * bcomnes/yoto-nodejs-client, {@code YotoMyoContent} in {@code lib/api-endpoints/content.js}).
     * A card's chapters come from {@link #card(String)} or {@link CardContents}.
     */
    public List<Card> myCards() throws YotoException, InterruptedException {
        return array(api.get("/content/mine", "your cards"), "cards", Card::new);
    }

    /** One of the account's own cards with its whole content, chapters and keys: {@code GET /content/{id}}. */
    public Card card(String cardId) throws YotoException, InterruptedException {
        return new Card(object(api.get("/content/" + encode(cardId), "the card " + cardId), "card"));
    }

    /**
     * A card of Yoto's or of the family library with its whole content: {@code GET /card/{id}},
     * answered {@code {"card":{..., "content":{"chapters":[...]}}}} (cdnninja/yoto_api
     * {@code rest/endpoints.py} {@code card_detail} and {@code client.py} {@code update_card_detail}).
     */
    public Card libraryCard(String cardId) throws YotoException, InterruptedException {
        JsonObject card = object(api.get("/card/" + encode(cardId), "the card " + cardId), "card").deepCopy();
        if (!card.has("cardId")) {
            card.addProperty("cardId", cardId);
        }
        return new Card(card);
    }

    /** Creates the card (no id yet) or updates it (with its id); returns it as Yoto stored it. */
    public Card save(Card card) throws YotoException, InterruptedException {
        String what = card.cardId().map(id -> "the card " + id).orElse("the new card");
        HttpResult result = api.sendJson("POST", "/content", card.toJson(), what);
        return new Card(object(result, "card"));
    }

    public void delete(String cardId) throws YotoException, InterruptedException {
        api.call("DELETE", "/content/" + encode(cardId), null, null, "the card " + cardId);
    }

    /**
     * The family's library of cards (bought and made), as {@code GET /card/family/library} lists
     * them: {@code {cards:[{cardId, card:{title, metadata}}]}}, <b>without chapters</b> (yoto_api
     * {@code client.py} {@code update_library}: "Doesn't fetch chapters/tracks"). A card's chapters
     * come from {@link #libraryCard(String)} or {@link CardContents}.
     */
    public List<Card> familyLibrary() throws YotoException, InterruptedException {
        return array(api.get("/card/family/library", "the family library"), "cards", entry -> {
            JsonElement card = entry.get("card");
            JsonObject merged = card != null && card.isJsonObject() ? card.getAsJsonObject().deepCopy() : new JsonObject();
            if (entry.has("cardId") && !merged.has("cardId")) {
                merged.add("cardId", entry.get("cardId"));
            }
            return new Card(merged);
        });
    }

    private static String configPath(String deviceId) {
        return "/device-v2/" + encode(deviceId) + "/config";
    }

    private static String settingsOf(String deviceId) {
        return "the settings of player " + deviceId;
    }
}
