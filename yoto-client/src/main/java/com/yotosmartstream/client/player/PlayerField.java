package com.yotosmartstream.client.player;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields players report: {@link Source#EVENTS} from {@code data/events} deltas and
 * {@link Source#STATUS} from {@code data/status} (and the legacy long {@code status}). The wire
 * names are Yoto's. One name can mean different things in the two: {@code volume} is 0-16 steps
 * in an event and the system volume in % in a status (captured from a Yoto Mini, fw v2.23.2:
 * {@code volume: 55, userVolume: 50} in its statuses while its events said {@code volume: 6,
 * volumeMax: 13}; cdnninja/yoto_api PR #172 reads them the same way), so each is its own field.
 */
public enum PlayerField {
    EVENT_UTC(Source.EVENTS, "eventUtc", FieldType.INTEGER),
    CARD_ID(Source.EVENTS, "cardId", FieldType.TEXT),
    CHAPTER_KEY(Source.EVENTS, "chapterKey", FieldType.TEXT),
    CHAPTER_TITLE(Source.EVENTS, "chapterTitle", FieldType.TEXT),
    TRACK_KEY(Source.EVENTS, "trackKey", FieldType.TEXT),
    TRACK_TITLE(Source.EVENTS, "trackTitle", FieldType.TEXT),
    TRACK_LENGTH(Source.EVENTS, "trackLength", FieldType.NUMBER),
    POSITION(Source.EVENTS, "position", FieldType.NUMBER),
    SOURCE(Source.EVENTS, "source", FieldType.TEXT),
    PLAYBACK_STATUS(Source.EVENTS, "playbackStatus", FieldType.TEXT),
    REPEAT_ALL(Source.EVENTS, "repeatAll", FieldType.BOOLEAN),
    STREAMING(Source.EVENTS, "streaming", FieldType.BOOLEAN),
    /** Volume in the player's 0-16 steps, from events only (a status's {@code volume} is {@link #SYSTEM_VOLUME}). */
    VOLUME(Source.EVENTS, "volume", FieldType.INTEGER),
    VOLUME_MAX(Source.EVENTS, "volumeMax", FieldType.INTEGER),
    SLEEP_TIMER_ACTIVE(Source.EVENTS, "sleepTimerActive", FieldType.BOOLEAN),
    SLEEP_TIMER_SECONDS(Source.EVENTS, "sleepTimerSeconds", FieldType.INTEGER),
    PLAYBACK_WAIT(Source.EVENTS, "playbackWait", FieldType.BOOLEAN),
    CARD_UPDATED_AT(Source.EVENTS, "cardUpdatedAt", FieldType.TEXT),

    FIRMWARE_VERSION(Source.STATUS, "fwVersion", FieldType.TEXT),
    PRODUCT_TYPE(Source.STATUS, "productType", FieldType.TEXT),
    BATTERY_LEVEL(Source.STATUS, "batteryLevel", FieldType.INTEGER),
    CHARGING(Source.STATUS, "charging", FieldType.BOOLEAN),
    ACTIVE_CARD(Source.STATUS, "activeCard", FieldType.TEXT),
    /** 0 none, 1 physical, 2 remote, 3 streaming. */
    CARD_INSERTED(Source.STATUS, "cardInserted", FieldType.INTEGER),
    PLAYING_STATUS(Source.STATUS, "playingStatus", FieldType.INTEGER),
    HEADPHONES(Source.STATUS, "headphones", FieldType.BOOLEAN),
    /** The user's volume in % (a status's {@code userVolume}; captured 50 while events said 8 of 16 steps). */
    USER_VOLUME(Source.STATUS, "userVolume", FieldType.INTEGER),
    /** The system volume in % (a status's {@code volume}; REST calls it {@code systemVolumePercentage}). */
    SYSTEM_VOLUME(Source.STATUS, "volume", FieldType.INTEGER),
    /** -1 unknown, 0 night, 1 day. */
    DAY(Source.STATUS, "day", FieldType.INTEGER),
    NIGHTLIGHT_MODE(Source.STATUS, "nightlightMode", FieldType.TEXT),
    WIFI_STRENGTH(Source.STATUS, "wifiStrength", FieldType.INTEGER),
    SSID(Source.STATUS, "ssid", FieldType.TEXT),
    /** 0 battery, 1 dock, 2 USB-C, 3 Qi. */
    POWER_SOURCE(Source.STATUS, "powerSrc", FieldType.INTEGER),
    UP_TIME(Source.STATUS, "upTime", FieldType.INTEGER),
    /**
     * Only in the legacy long status: {@code nA} while running, the reason (e.g.
     * {@code userShutdown}) when the player is switching off (captured from a Yoto Mini).
     */
    SHUT_DOWN(Source.STATUS, "shutDown", FieldType.TEXT);

    /** Which message kind reports the field. */
    public enum Source { EVENTS, STATUS }

    private static final Map<String, PlayerField> EVENTS_BY_NAME = byName(Source.EVENTS);
    private static final Map<String, PlayerField> STATUS_BY_NAME = byName(Source.STATUS);

    private final Source source;
    private final String wireName;
    private final FieldType type;

    PlayerField(Source source, String wireName, FieldType type) {
        this.source = source;
        this.wireName = wireName;
        this.type = type;
    }

    public Source source() {
        return source;
    }

    public String wireName() {
        return wireName;
    }

    FieldType type() {
        return type;
    }

    /** The field a message of this kind reports under this name (a status's "volume" is {@link #SYSTEM_VOLUME}). */
    static Optional<PlayerField> forWireName(Source source, String name) {
        return Optional.ofNullable((source == Source.EVENTS ? EVENTS_BY_NAME : STATUS_BY_NAME).get(name));
    }

    private static Map<String, PlayerField> byName(Source source) {
        return Stream.of(values()).filter(f -> f.source == source)
                .collect(Collectors.toUnmodifiableMap(PlayerField::wireName, Function.identity()));
    }
}
