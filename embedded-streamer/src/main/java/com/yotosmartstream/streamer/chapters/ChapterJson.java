package com.yotosmartstream.streamer.chapters;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the chapters ffprobe reports ({@code ffprobe -show_chapters -of json}): an object whose
 * {@code chapters} array holds {@code start_time}, {@code end_time} (seconds, as text) and
 * {@code tags.title}, as ffprobe's JSON writer prints them. ffprobe reads MP4/M4B chapter lists,
 * ID3 {@code CHAP} frames and Vorbis/FLAC {@code CHAPTERxx} comments into this one shape. The text
 * comes from a file the user chose, through ffprobe, so anything may arrive: what is not this
 * shape is no chapters, never an exception.
 */
public final class ChapterJson {

    private ChapterJson() {
    }

    /** The chapters in ffprobe's {@code json}, checked against the file's {@code length} ({@link ChapterMarks}). */
    public static Chapters parse(String json, Duration length) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return Chapters.NONE;
        }
        if (!root.isJsonObject() || !(root.getAsJsonObject().get("chapters") instanceof JsonArray array)) {
            return Chapters.NONE;
        }
        List<ChapterMarks.Raw> raw = new ArrayList<>();
        for (JsonElement element : array) {
            if (raw.size() > ChapterMarks.MAX_MARKS) {
                break;
            }
            if (element instanceof JsonObject chapter) {
                raw.add(new ChapterMarks.Raw(seconds(chapter.get("start_time")), seconds(chapter.get("end_time")),
                        title(chapter.get("tags"))));
            }
        }
        return ChapterMarks.of(raw, length);
    }

    private static double seconds(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.getAsString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String title(JsonElement tags) {
        if (!(tags instanceof JsonObject object)) {
            return "";
        }
        for (String key : object.keySet()) {
            JsonElement value = object.get(key);
            if (key.equalsIgnoreCase("title") && value.isJsonPrimitive()) {
                return value.getAsString();
            }
        }
        return "";
    }
}
