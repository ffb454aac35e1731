package com.yotosmartstream.client.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
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
    public static final String HOUR_FORMAT = "hourFormat";
    public static final String SHUTDOWN_TIMEOUT = "shutdownTimeout";
    public static final String DISPLAY_DIM_TIMEOUT = "displayDimTimeout";
    public static final String REPEAT_ALL = "repeatAll";
    public static final String BLUETOOTH_ENABLED = "bluetoothEnabled";
    public static final String BT_HEADPHONES_ENABLED = "btHeadphonesEnabled";
    public static final String HEADPHONES_VOLUME_LIMITED = "headphonesVolumeLimited";
    public static final String ALARMS = "alarms";
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

    /**
     * An on/off key ({@code repeatAll}, {@code bluetoothEnabled}, ...). Yoto sends some as JSON
     * booleans and some as "0"/"1" (yoto_api {@code _coerce.py} {@code as_bool}; the payload in
     * yoto_api {@code tests/test_models.py}: {@code "bluetoothEnabled": "1"}, {@code "repeatAll": false}).
     */
    public Optional<Boolean> flag(String key) {
        JsonElement value = json.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            return Optional.empty();
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return Optional.of(p.getAsBoolean());
        }
        String text = p.getAsString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "1", "true" -> Optional.of(true);
            case "0", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * A copy with an on/off key set in the form the key has now (a JSON boolean stays one, "0"/"1"
     * stays text); a key not there yet is written as yoto_api writes it ({@code client.py}
     * {@code _CONFIG_FIELD_MAP}: {@code bluetoothEnabled} as "0"/"1", {@code repeatAll},
     * {@code btHeadphonesEnabled} and {@code headphonesVolumeLimited} passed through as booleans).
     */
    public PlayerConfig withFlag(String key, boolean on) {
        if (flag(key).equals(Optional.of(on))) {
            return this;
        }
        JsonElement now = json.get(key);
        boolean asText = now != null && now.isJsonPrimitive() ? !now.getAsJsonPrimitive().isBoolean()
                : key.equals(BLUETOOTH_ENABLED);
        JsonElement value;
        if (!asText) {
            value = new JsonPrimitive(on);
        } else if (now != null && now.getAsString().matches("(?i)true|false")) {
            value = new JsonPrimitive(Boolean.toString(on));
        } else {
            value = new JsonPrimitive(on ? "1" : "0");
        }
        return new PlayerConfig(with(json, key, value));
    }

    /** The alarms, as {@link Alarm}s over the strings Yoto keeps (items that are not text are skipped). */
    public List<Alarm> alarms() {
        JsonElement value = json.get(ALARMS);
        List<Alarm> alarms = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonPrimitive()) {
                    alarms.add(Alarm.parse(item.getAsString()));
                }
            }
        }
        return List.copyOf(alarms);
    }

    /**
     * A copy with the whole alarm list replaced (Yoto takes {@code alarms} as the new full list:
     * yoto_api {@code rest/requests.py} {@code encode_alarms_payload}); the same list leaves it as it was.
     */
    public PlayerConfig withAlarms(List<Alarm> alarms) {
        if (alarms.equals(alarms())) {
            return this;
        }
        JsonArray array = new JsonArray();
        alarms.forEach(alarm -> array.add(alarm.encoded()));
        return new PlayerConfig(with(json, ALARMS, array));
    }

    /**
     * This block with the keys that differ between {@code before} and {@code after} set as in
     * {@code after} (removed where {@code after} has none); every other key stays as it is here.
     * For a dialog that edited the block it read earlier: applied to the block read just before the
     * write, someone else's change to another key in between is kept.
     */
    public PlayerConfig withChangesBetween(PlayerConfig before, PlayerConfig after) {
        JsonObject copy = json.deepCopy();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.json.keySet());
        keys.addAll(after.json.keySet());
        for (String key : keys) {
            JsonElement was = before.json.get(key);
            JsonElement now = after.json.get(key);
            if (java.util.Objects.equals(was, now)) {
                continue;
            }
            if (now == null) {
                copy.remove(key);
            } else {
                copy.add(key, now.deepCopy());
            }
        }
        return new PlayerConfig(copy);
    }
}
