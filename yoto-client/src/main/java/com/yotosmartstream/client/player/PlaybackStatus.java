package com.yotosmartstream.client.player;

import java.util.Locale;

/** {@code playbackStatus} as players report it. */
public enum PlaybackStatus {
    PLAYING, PAUSED, STOPPED, LOADING, UNKNOWN;

    public static PlaybackStatus fromWire(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
