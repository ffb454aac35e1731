package com.yotosmartstream.client.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a player has, decided from its own {@code deviceFamily} (never from its name or a guess),
 * as cdnninja/yoto_api {@code capabilities.py} decides it: {@code v1}/{@code v2} have the ambient
 * (night) light, {@code v3} also a light sensor (so its brightness can be "auto"), {@code mini}
 * neither. An unknown family falls back to {@code v2}'s, as yoto_api does (and, it says, Yoto's
 * Android app). The night-light presets are yoto_api's ({@code const.py} {@code V3_PRESETS} for
 * {@code v3}, {@code LEGACY_PRESETS} for the others: the same colour is a different hex per
 * generation; {@code client.py} {@code _is_v3} picks by {@code deviceFamily == "v3"}).
 */
public record PlayerCapabilities(String family, boolean ambientLight, boolean lightSensor,
        Map<String, String> nightLightPresets) {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerCapabilities.class);

    /** yoto_api {@code const.py} {@code V3_PRESETS}, in the app's order; "off" is written {@code #0}. */
    public static final Map<String, String> V3_PRESETS = presets("#ff8c00", "#ff0000", "#f57399", "#e6ff00",
            "#ffb800", "#40bfd9", "#ffffff");
    /** yoto_api {@code const.py} {@code LEGACY_PRESETS} (v1, v2). */
    public static final Map<String, String> LEGACY_PRESETS = presets("#ff3900", "#ff0000", "#f72a69", "#9eff00",
            "#ff8500", "#41c0f0", "#ffffff");

    public PlayerCapabilities {
        nightLightPresets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nightLightPresets));
    }

    public static PlayerCapabilities of(PlayerInfo player) {
        String family = player.family().toLowerCase(Locale.ROOT);
        return switch (family) {
            case "v3" -> new PlayerCapabilities(family, true, true, V3_PRESETS);
            case "v1", "v2" -> new PlayerCapabilities(family, true, false, LEGACY_PRESETS);
            case "mini" -> new PlayerCapabilities(family, false, false, Map.of());
            default -> {
                LOG.warn("Unknown player family '{}' of {}: taken as a v2 player", player.family(), player.deviceId());
                yield new PlayerCapabilities(family, true, false, LEGACY_PRESETS);
            }
        };
    }

    private static Map<String, String> presets(String orange, String red, String lilac, String green, String yellow,
            String blue, String white) {
        Map<String, String> presets = new LinkedHashMap<>();
        presets.put("Orange peel", orange);
        presets.put("Tambourine red", red);
        presets.put("Lilac", lilac);
        presets.put("Apple green", green);
        presets.put("Bumblebee yellow", yellow);
        presets.put("Sky blue", blue);
        presets.put("White", white);
        presets.put("Off", "#0");
        return java.util.Collections.unmodifiableMap(presets);
    }
}
