package com.yotosmartstream.client.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * Audio that Yoto holds after an upload: the {@code transcode} object of {@code GET
 * /media/upload/{uploadId}/transcoded}, whose {@code transcodedSha256} names the converted file
 * ({@code yoto:#<sha256>} in a track) and whose {@code transcodedInfo} describes it.
 */
public final class UploadedAudio extends JsonBacked {

    public UploadedAudio(JsonObject transcode) {
        super(transcode);
    }

    public String transcodedSha256() {
        return string("transcodedSha256").orElse("");
    }

    /** What a track plays: {@code yoto:#<transcodedSha256>}. */
    public String trackUrl() {
        return "yoto:#" + transcodedSha256();
    }

    /** The converted file's format, e.g. "aac" or "mp3". */
    public Optional<String> format() {
        return nestedString("transcodedInfo", "format");
    }

    public Optional<Double> durationSeconds() {
        return info("duration").map(JsonElement::getAsDouble);
    }

    public Optional<Long> fileSize() {
        return info("fileSize").map(JsonElement::getAsLong);
    }

    /** A track that plays this audio: type "audio", with its format, duration and size as Yoto gave them. */
    public Track toTrack(String key, String title) {
        JsonObject track = new JsonObject();
        track.addProperty("key", key);
        track.addProperty("title", title);
        track.addProperty("trackUrl", trackUrl());
        track.addProperty("type", "audio");
        format().ifPresent(format -> track.addProperty("format", format));
        info("duration").ifPresent(duration -> track.add("duration", duration));
        info("fileSize").ifPresent(size -> track.add("fileSize", size));
        return new Track(track);
    }

    private Optional<JsonElement> info(String name) {
        return object("transcodedInfo").map(info -> info.get(name))
                .filter(value -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber());
    }
}
