package com.yotosmartstream.app.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Keys;
import com.yotosmartstream.client.model.Track;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft into the card JSON {@code POST /content} takes, once its audio, icons and cover are
 * on their way: zero-padded keys ("01"), a chapter icon on every chapter (tracks inherit it),
 * chapter durations and sizes, {@code hasStreams} with {@code onlineOnly} for streamed cards, and
 * {@code editSettings.transcodeAudioUploads} on every card (Yoto's schema needs it for streaming).
 * Fields of the card on Yoto that the editor does not know are kept.
 */
public final class CardAssembler {

    private CardAssembler() {
    }

    /**
     * @param audio each library track's Yoto track (a stream or an upload); its key and title are replaced
     * @param icons each chapter icon reference of the draft to the {@code yoto:#} reference Yoto knows
     * @param defaultIcon the icon of a chapter that has none
     * @param cover the cover address, when the card has one
     */
    public static Card assemble(CardDraft draft, Map<String, Track> audio, Map<String, String> icons,
            String defaultIcon, Optional<String> cover) {
        JsonObject json = draft.original().map(c -> c.toJson().deepCopy()).orElseGet(JsonObject::new);
        draft.cardId().ifPresentOrElse(id -> json.addProperty("cardId", id), () -> json.remove("cardId"));
        json.addProperty("title", draft.title().strip());
        JsonObject metadata = object(json, "metadata");
        metadata.addProperty("author", draft.author().strip());
        metadata.addProperty("description", draft.description().strip());
        cover.ifPresent(url -> object(metadata, "cover").addProperty("imageL", url));
        JsonObject content = object(json, "content");
        content.addProperty("activity", "yoto_Player");
        content.addProperty("playbackType", "linear");
        boolean streams = draft.delivery() == Delivery.STREAM;
        JsonObject config = object(content, "config");
        config.addProperty("onlineOnly", streams || keptStreams(draft));
        // Yoto's card schema: transcodeAudioUploads is "necessary for streaming cards", and uploaded
        // audio is transcoded too (yoto-platform.md section 2), so every card carries it.
        object(content, "editSettings").addProperty("transcodeAudioUploads", true);
        JsonArray chapters = new JsonArray();
        List<DraftChapter> drafts = draft.chapters();
        for (int c = 0; c < drafts.size(); c++) {
            chapters.add(chapter(drafts.get(c), c + 1, audio, icons, defaultIcon));
        }
        content.add("chapters", chapters);
        return new Card(json);
    }

    private static JsonObject chapter(DraftChapter draft, int position, Map<String, Track> audio,
            Map<String, String> icons, String defaultIcon) {
        String icon = draft.icon().map(ref -> icons.getOrDefault(ref, ref)).filter(ref -> ref.startsWith("yoto:#"))
                .orElse(defaultIcon);
        JsonObject chapter = new JsonObject();
        chapter.addProperty("key", Keys.of(position));
        chapter.addProperty("title", draft.title().isBlank() ? "Chapter " + position : draft.title().strip());
        chapter.addProperty("overlayLabel", String.valueOf(position));
        chapter.add("display", display(icon));
        JsonArray tracks = new JsonArray();
        double seconds = 0;
        long size = 0;
        boolean hasStreams = false;
        for (int t = 0; t < draft.tracks().size(); t++) {
            DraftTrack track = draft.tracks().get(t);
            Track made = track.existing().or(() -> track.libraryId().map(audio::get))
                    .orElseThrow(() -> new IllegalArgumentException("No audio for '" + track.title() + "'"));
            JsonObject json = made.withKey(Keys.of(t + 1)).withTitle(track.title().isBlank() ? "Track " + (t + 1)
                    : track.title().strip()).toJson();
            json.addProperty("overlayLabel", String.valueOf(position));
            json.add("display", display(icon));
            if (!json.has("duration") && !track.duration().isZero()) {
                json.addProperty("duration", Math.round(track.duration().toMillis() / 1000.0));
            }
            seconds += number(json, "duration");
            size += (long) number(json, "fileSize");
            hasStreams |= "stream".equals(made.type());
            tracks.add(json);
        }
        chapter.add("tracks", tracks);
        chapter.addProperty("duration", Math.round(seconds));
        chapter.addProperty("fileSize", size);
        if (hasStreams) {
            chapter.addProperty("hasStreams", true);
        }
        return chapter;
    }

    private static boolean keptStreams(CardDraft draft) {
        return draft.chapters().stream().flatMap(c -> c.tracks().stream()).flatMap(t -> t.existing().stream())
                .anyMatch(t -> "stream".equals(t.type()));
    }

    private static JsonObject display(String icon) {
        JsonObject display = new JsonObject();
        display.addProperty("icon16x16", icon);
        return display;
    }

    private static double number(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsDouble()
                : 0;
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        if (value instanceof JsonObject existing) {
            return existing;
        }
        JsonObject created = new JsonObject();
        parent.add(name, created);
        return created;
    }
}
