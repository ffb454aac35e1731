package com.yotosmartstream.client.sim;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * How a card looks in Yoto's lists. {@code GET /content/mine} and {@code GET /card/family/library}
 * give titles, metadata and settings but no chapters: cdnninja/yoto_api's {@code update_library}
 * "doesn't fetch chapters/tracks" (it calls {@code GET /card/{id}} for them), and
 * bcomnes/yoto-nodejs-client's {@code YotoMyoContent} (the {@code content} of a {@code /content/mine}
 * entry) has no {@code chapters}, while its {@code YotoMyoMetadata} has {@code media: {duration,
 * fileSize, hasStreams}} ({@code lib/api-endpoints/content.js}). The emulator lists cards that way,
 * so a client that reads chapters from a list finds none, as it would on Yoto.
 */
final class CardLists {

    private CardLists() {
    }

    /** The card as a list shows it: {@code content.chapters} left out, {@code metadata.media} filled in. */
    static JsonObject listed(JsonObject card) {
        JsonObject listed = card.deepCopy();
        JsonObject content = listed.get("content") instanceof JsonObject c ? c : null;
        JsonElement chapters = content == null ? null : content.remove("chapters");
        JsonObject metadata = listed.get("metadata") instanceof JsonObject m ? m : new JsonObject();
        listed.add("metadata", metadata);
        if (!metadata.has("media") && chapters != null && chapters.isJsonArray()) {
            double seconds = 0;
            long size = 0;
            boolean streams = false;
            for (JsonElement chapter : chapters.getAsJsonArray()) {
                JsonElement tracks = chapter.isJsonObject() ? chapter.getAsJsonObject().get("tracks") : null;
                if (tracks == null || !tracks.isJsonArray()) {
                    continue;
                }
                for (JsonElement track : tracks.getAsJsonArray()) {
                    if (track instanceof JsonObject t) {
                        seconds += number(t, "duration");
                        size += (long) number(t, "fileSize");
                        streams |= t.has("type") && "stream".equals(t.get("type").getAsString());
                    }
                }
            }
            JsonObject media = new JsonObject();
            media.addProperty("duration", Math.round(seconds));
            media.addProperty("fileSize", size);
            media.addProperty("hasStreams", streams);
            metadata.add("media", media);
        }
        return listed;
    }

    private static double number(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsDouble()
                : 0;
    }
}
