package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;
import java.util.Optional;

/** A player of the household as {@code GET /device-v2/devices/mine} lists it. */
public final class PlayerInfo extends JsonBacked {

    public PlayerInfo(JsonObject json) {
        super(json);
    }

    public String deviceId() {
        return string("deviceId").orElse("");
    }

    public String name() {
        return string("name").orElse(deviceId());
    }

    public boolean online() {
        return string("online").map(Boolean::parseBoolean).orElse(false);
    }

    /** v3, mini, v2 or v1. */
    public String family() {
        return string("deviceFamily").orElse("");
    }

    /** The REST {@code generation} (e.g. "gen3"), when listed. */
    public Optional<String> generation() {
        return string("generation");
    }

    /** What this player has, from its family ({@link PlayerCapabilities}). */
    public PlayerCapabilities capabilities() {
        return PlayerCapabilities.of(this);
    }

    /** Yoto Mini has no ambient light. */
    public boolean hasAmbientLight() {
        return !family().equalsIgnoreCase("mini");
    }
}
