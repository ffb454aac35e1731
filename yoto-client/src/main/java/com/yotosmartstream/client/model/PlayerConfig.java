package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * A player's settings: the {@code config} block of {@code GET /device-v2/{id}/config}. Yoto sends
 * the values as text ("16", "07:00", "#40bfd9"), so they are read and written as text. A PUT
 * replaces the whole block, so changes are made on the block just read ({@code with...}), which
 * keeps every other key, including keys this app does not know.
 *
 * <p>Key names are Yoto's as cdnninja/yoto_api writes them ({@code yoto_api/rest/client.py},
 * {@code KNOWN_CONFIG_KEYS}; {@code yoto_api/client.py}, {@code _BRIGHTNESS_PAIRS}). The display
 * brightness is two keys, day and night, each "auto" or a level ("0".."100" as text); there is no
 * {@code displayBrightness} key.
 */
public final class PlayerConfig extends JsonBacked {

    public static final String MAX_VOLUME_LIMIT = "maxVolumeLimit";
    public static final String NIGHT_MAX_VOLUME_LIMIT = "nightMaxVolumeLimit";
    public static final String DAY_TIME = "dayTime";
    public static final String NIGHT_TIME = "nightTime";
    public static final String AMBIENT_COLOUR = "ambientColour";
    public static final String NIGHT_AMBIENT_COLOUR = "nightAmbientColour";
    public static final String CLOCK_FACE = "clockFace";
    public static final String DAY_DISPLAY_BRIGHTNESS = "dayDisplayBrightness";
    public static final String NIGHT_DISPLAY_BRIGHTNESS = "nightDisplayBrightness";
    /** What a brightness key holds when the player sets it from its light sensor. */
    public static final String AUTO = "auto";

    public PlayerConfig(JsonObject json) {
        super(json);
    }

    /** Any key of the block as text (numbers and booleans too). */
    public Optional<String> get(String key) {
        return string(key);
    }

    /** A copy with one key set as text, in its place if it was there; null removes the key. */
    public PlayerConfig with(String key, String value) {
        return new PlayerConfig(with(json, key, text(value)));
    }

    /** A copy with each of {@code changes} applied as {@link #with(String, String)} does. */
    public PlayerConfig withAll(Map<String, String> changes) {
        JsonObject copy = json.deepCopy();
        changes.forEach((key, value) -> {
            if (value == null) {
                copy.remove(key);
            } else {
                copy.addProperty(key, value);
            }
        });
        return new PlayerConfig(copy);
    }

    /** Daytime volume limit, 0-16. */
    public Optional<String> maxVolumeLimit() {
        return string(MAX_VOLUME_LIMIT);
    }

    /** Night-time volume limit, 0-16. */
    public Optional<String> nightMaxVolumeLimit() {
        return string(NIGHT_MAX_VOLUME_LIMIT);
    }

    /** When day mode starts, "HH:mm". */
    public Optional<String> dayTime() {
        return string(DAY_TIME);
    }

    /** When night mode starts, "HH:mm". */
    public Optional<String> nightTime() {
        return string(NIGHT_TIME);
    }

    /** Daytime ambient light, "#rrggbb". */
    public Optional<String> ambientColour() {
        return string(AMBIENT_COLOUR);
    }

    /** Night-time ambient light, "#rrggbb". */
    public Optional<String> nightAmbientColour() {
        return string(NIGHT_AMBIENT_COLOUR);
    }

    public Optional<String> clockFace() {
        return string(CLOCK_FACE);
    }

    /** Daytime display brightness: "auto" or a level, "0".."100". */
    public Optional<String> dayDisplayBrightness() {
        return string(DAY_DISPLAY_BRIGHTNESS);
    }

    /** Night-time display brightness: "auto" or a level, "0".."100". */
    public Optional<String> nightDisplayBrightness() {
        return string(NIGHT_DISPLAY_BRIGHTNESS);
    }

    public PlayerConfig withMaxVolumeLimit(String value) {
        return with(MAX_VOLUME_LIMIT, value);
    }

    public PlayerConfig withNightMaxVolumeLimit(String value) {
        return with(NIGHT_MAX_VOLUME_LIMIT, value);
    }

    public PlayerConfig withDayTime(String value) {
        return with(DAY_TIME, value);
    }

    public PlayerConfig withNightTime(String value) {
        return with(NIGHT_TIME, value);
    }

    public PlayerConfig withAmbientColour(String value) {
        return with(AMBIENT_COLOUR, value);
    }

    public PlayerConfig withNightAmbientColour(String value) {
        return with(NIGHT_AMBIENT_COLOUR, value);
    }

    public PlayerConfig withClockFace(String value) {
        return with(CLOCK_FACE, value);
    }

    public PlayerConfig withDayDisplayBrightness(String value) {
        return with(DAY_DISPLAY_BRIGHTNESS, value);
    }

    public PlayerConfig withNightDisplayBrightness(String value) {
        return with(NIGHT_DISPLAY_BRIGHTNESS, value);
    }
}
