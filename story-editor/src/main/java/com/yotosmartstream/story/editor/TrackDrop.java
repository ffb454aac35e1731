package com.yotosmartstream.story.editor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.story.library.AudioTrack;
import java.time.Duration;
import java.util.Optional;

/**
 * What a dragged Library track carries: a small JSON object with the track's id, title and length,
 * under the MIME type {@link #MIME_TYPE}. The Library page puts it on the dragboard; a node takes
 * it when dropped on (the editor's own audio picker drags the same).
 */
public final class TrackDrop {

    public static final String MIME_TYPE = "application/x-yoto-smart-stream-track";

    private TrackDrop() {
    }

    public static String encode(AudioTrack track) {
        JsonObject json = new JsonObject();
        json.addProperty("id", track.id());
        json.addProperty("title", track.title());
        json.addProperty("seconds", track.seconds());
        json.addProperty("format", track.format());
        return json.toString();
    }

    public static Optional<AudioTrack> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (JsonParser.parseString(text) instanceof JsonObject json && json.has("id")) {
                double seconds = json.has("seconds") ? json.get("seconds").getAsDouble() : 0;
                return Optional.of(new AudioTrack(json.get("id").getAsString(),
                        json.has("title") ? json.get("title").getAsString() : "",
                        Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000)),
                        json.has("format") ? json.get("format").getAsString() : "mp3"));
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
