package com.yotosmartstream.app.cards;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Track;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A story's interactive card, compiled with placeholder addresses ({@code library:<id>}) for its
 * library tracks, made ready for Yoto: each placeholder becomes the track's stream address or
 * upload, each icon of the icon library its Yoto reference, a chapter without an icon the note.
 * The buttons' {@code goto}s and every other field stay as the compiler made them.
 */
public final class InteractiveCards {

    /** The placeholder scheme the story compiler is given for library tracks. */
    public static final String PLACEHOLDER = "library:";

    private InteractiveCards() {
    }

    /** The library tracks the compiled card plays, each once, in order. */
    public static List<String> libraryIds(Card compiled) {
        Set<String> ids = new LinkedHashSet<>();
        compiled.chapters().forEach(c -> c.tracks().forEach(t -> {
            if (t.trackUrl().startsWith(PLACEHOLDER)) {
                ids.add(t.trackUrl().substring(PLACEHOLDER.length()));
            }
        }));
        return new ArrayList<>(ids);
    }

    /** The icon references the compiled card uses. */
    public static Set<String> icons(Card compiled) {
        Set<String> refs = new LinkedHashSet<>();
        compiled.chapters().forEach(c -> {
            c.icon().ifPresent(refs::add);
            c.tracks().forEach(t -> t.icon().ifPresent(refs::add));
        });
        return refs;
    }

    public static Card resolve(Card compiled, Optional<String> cardId, Map<String, Track> audio,
            Map<String, String> icons, String defaultIcon) {
        JsonObject json = compiled.toJson().deepCopy();
        cardId.ifPresentOrElse(id -> json.addProperty("cardId", id), () -> json.remove("cardId"));
        boolean streams = false;
        for (JsonElement chapterElement : json.getAsJsonObject("content").getAsJsonArray("chapters")) {
            JsonObject chapter = chapterElement.getAsJsonObject();
            String icon = icon(chapter, icons).orElse(defaultIcon);
            display(chapter, icon);
            boolean chapterStreams = false;
            long size = 0;
            for (JsonElement trackElement : chapter.getAsJsonArray("tracks")) {
                JsonObject track = trackElement.getAsJsonObject();
                String url = track.get("trackUrl").getAsString();
                if (url.startsWith(PLACEHOLDER)) {
                    Track made = Optional.ofNullable(audio.get(url.substring(PLACEHOLDER.length())))
                            .orElseThrow(() -> new IllegalArgumentException("No audio for " + url));
                    JsonObject from = made.toJson();
                    for (String field : List.of("trackUrl", "type", "format", "duration", "fileSize")) {
                        if (from.has(field)) {
                            track.add(field, from.get(field));
                        }
                    }
                }
                display(track, icon(track, icons).orElse(icon));
                chapterStreams |= "stream".equals(track.get("type").getAsString());
                size += track.has("fileSize") ? track.get("fileSize").getAsLong() : 0;
            }
            if (chapterStreams) {
                chapter.addProperty("hasStreams", true);
            } else {
                chapter.remove("hasStreams");
            }
            chapter.addProperty("fileSize", size);
            streams |= chapterStreams;
        }
        JsonObject content = json.getAsJsonObject("content");
        JsonObject config = content.has("config") ? content.getAsJsonObject("config") : new JsonObject();
        config.addProperty("onlineOnly", streams);
        content.add("config", config);
        JsonObject editSettings = content.has("editSettings") && content.get("editSettings").isJsonObject()
                ? content.getAsJsonObject("editSettings") : new JsonObject();
        // "necessary for streaming cards" (Yoto's card schema); uploads are transcoded anyway.
        editSettings.addProperty("transcodeAudioUploads", true);
        content.add("editSettings", editSettings);
        return new Card(json);
    }

    /** The card with this cover picture (its {@code metadata.cover.imageL}, as the Cards page's). */
    public static Card withCover(Card card, String url) {
        JsonObject json = card.toJson().deepCopy();
        JsonObject metadata = json.has("metadata") && json.get("metadata").isJsonObject()
                ? json.getAsJsonObject("metadata") : new JsonObject();
        JsonObject cover = new JsonObject();
        cover.addProperty("imageL", url);
        metadata.add("cover", cover);
        json.add("metadata", metadata);
        return new Card(json);
    }

    private static Optional<String> icon(JsonObject holder, Map<String, String> icons) {
        JsonElement display = holder.get("display");
        if (display == null || !display.isJsonObject() || !display.getAsJsonObject().has("icon16x16")) {
            return Optional.empty();
        }
        String ref = display.getAsJsonObject().get("icon16x16").getAsString();
        return Optional.of(icons.getOrDefault(ref, ref)).filter(r -> r.startsWith("yoto:#"));
    }

    private static void display(JsonObject holder, String icon) {
        JsonObject display = new JsonObject();
        display.addProperty("icon16x16", icon);
        holder.add("display", display);
    }
}
