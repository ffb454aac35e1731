package com.yotosmartstream.client.model;

import java.util.Optional;

/**
 * Checks of the values a player's config takes, each answering why a value is refused (empty when
 * it is fine). The ranges are the sources': volume limits "0".."16" (cdnninja/yoto_api
 * {@code client.py} {@code _serialize_int}, the player's 16 steps), brightness "auto" or "0".."100"
 * (yoto_api {@code _coerce.py} {@code parse_brightness}; yoto-nodejs-client {@code devices.js}),
 * colours "#rrggbb" (both), times "HH:mm" (yoto_api {@code _serialize_hhmm}), timeouts in whole
 * seconds (yoto_api {@code shutdown_timeout}/{@code display_dim_timeout}: "seconds").
 */
public final class ConfigValues {

    /** The longest timeout accepted: a day (no source gives Yoto's own limit). */
    public static final int MAX_TIMEOUT_SECONDS = 24 * 3600;

    /** The night light switched off, as yoto_api {@code const.py} writes it. */
    public static final String OFF = "#0";

    private ConfigValues() {
    }

    public static Optional<String> timeProblem(String value) {
        return Alarm.parseTime(value).isPresent() && value.strip().contains(":") ? Optional.empty()
                : Optional.of("'" + value + "' is not a time of day (00:00 to 23:59)");
    }

    public static Optional<String> volumeProblem(String value) {
        return inRange(value, 0, 16) ? Optional.empty()
                : Optional.of("'" + value + "' is not a volume: the player has steps 0 to 16");
    }

    /** "auto" is only for a player with a light sensor. */
    public static Optional<String> brightnessProblem(String value, boolean autoAllowed) {
        if (PlayerConfig.AUTO.equals(value)) {
            return autoAllowed ? Optional.empty()
                    : Optional.of("this player has no light sensor, so its brightness cannot be automatic");
        }
        return inRange(value, 0, 100) ? Optional.empty()
                : Optional.of("'" + value + "' is not a brightness (0 to 100, or automatic)");
    }

    public static Optional<String> colourProblem(String value) {
        return value != null && (value.strip().matches("#[0-9a-fA-F]{6}") || OFF.equals(value)) ? Optional.empty()
                : Optional.of("'" + value + "' is not a colour (#rrggbb)");
    }

    public static Optional<String> secondsProblem(String value) {
        return inRange(value, 0, MAX_TIMEOUT_SECONDS) ? Optional.empty()
                : Optional.of("'" + value + "' is not a number of seconds (0 to " + MAX_TIMEOUT_SECONDS + ")");
    }

    public static Optional<String> daysProblem(String value) {
        return value != null && value.matches("[01]{7}") && value.contains("1") ? Optional.empty()
                : Optional.of("an alarm needs at least one day");
    }

    private static boolean inRange(String value, int min, int max) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return false;
        }
        int n = Integer.parseInt(value.strip());
        return n >= min && n <= max;
    }
}
