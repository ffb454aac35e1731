package com.yotosmartstream.client.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures of the simulated account: Yoto's public display icons (a few seeded), the
 * account's own icons (an icon's {@code mediaId} is the SHA-256 of the bytes sent, so the same
 * picture sent again is the same icon) and card covers. The pictures themselves are served back
 * under {@link #MEDIA_PATH}; URLs are kept as paths and made absolute by the routes.
 */
public final class SimulatedImages {

    static final String USER_ID = "auth0|simulated-user";
    static final String MEDIA_PATH = "/sim-media/";

    /** A stored picture and its type. */
    record Picture(byte[] bytes, String contentType) {
    }

    private final List<JsonObject> publicIcons = new ArrayList<>();
    private final Map<String, JsonObject> ownIcons = new LinkedHashMap<>();
    private final Map<String, JsonObject> covers = new LinkedHashMap<>();
    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    private int iconUploads;
    private int coverUploads;

    SimulatedImages() {
        seed("Star", 0xfff5c518, "space", "night");
        seed("Heart", 0xffe0245e, "love");
        seed("Sun", 0xffffa000, "weather", "day");
        seed("Moon", 0xff9fa8da, "night", "sleep");
    }

    /** How many icon uploads were accepted (new or not). */
    public synchronized int iconUploads() {
        return iconUploads;
    }

    public synchronized int coverUploads() {
        return coverUploads;
    }

    public synchronized List<JsonObject> publicIcons() {
        return publicIcons.stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized List<JsonObject> ownIcons() {
        return ownIcons.values().stream().map(JsonObject::deepCopy).toList();
    }

    /** The picture stored under a media id (what an icon's or cover's URL serves). */
    synchronized Optional<Picture> picture(String mediaId) {
        return Optional.ofNullable(pictures.get(mediaId));
    }

    /** Stores an icon; the answer has {@code new: true} only the first time these bytes come. */
    synchronized JsonObject addIcon(byte[] sent, Picture stored) {
        iconUploads++;
        String mediaId = SimulatedUploads.sha256Hex(sent);
        JsonObject known = ownIcons.get(mediaId);
        if (known != null) {
            return known.deepCopy();
        }
        JsonObject icon = new JsonObject();
        icon.addProperty("mediaId", mediaId);
        icon.addProperty("userId", USER_ID);
        icon.addProperty("displayIconId", mediaId.substring(0, 24));
        icon.addProperty("url", MEDIA_PATH + mediaId);
        ownIcons.put(mediaId, icon);
        pictures.put(mediaId, stored);
        JsonObject answer = icon.deepCopy();
        answer.addProperty("new", true);
        return answer;
    }

    synchronized JsonObject addCover(byte[] image, String contentType) {
        coverUploads++;
        String mediaId = SimulatedUploads.sha256Hex(image);
        JsonObject cover = new JsonObject();
        cover.addProperty("mediaId", mediaId);
        cover.addProperty("mediaUrl", MEDIA_PATH + mediaId);
        covers.put(mediaId, cover);
        pictures.put(mediaId, new Picture(image, contentType));
        return cover.deepCopy();
    }

    private void seed(String title, int argb, String... tags) {
        byte[] png = IconCheck.solid(argb);
        String mediaId = SimulatedUploads.sha256Hex(png);
        JsonObject icon = new JsonObject();
        icon.addProperty("mediaId", mediaId);
        icon.addProperty("userId", "yoto");
        icon.addProperty("displayIconId", mediaId.substring(0, 24));
        icon.addProperty("url", MEDIA_PATH + mediaId);
        icon.addProperty("title", title);
        JsonArray publicTags = new JsonArray();
        for (String tag : tags) {
            publicTags.add(tag);
        }
        icon.add("publicTags", publicTags);
        icon.addProperty("public", true);
        icon.addProperty("createdAt", "2024-01-15T10:00:00.000Z");
        publicIcons.add(icon);
        pictures.put(mediaId, new Picture(png, "image/png"));
    }
}
