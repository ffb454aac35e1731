package com.yotosmartstream.client.player;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One player's state as last reported: an immutable snapshot. Each message merges into a new
 * snapshot: a field present in the delta (even as 0 or false) is the new value, an absent field
 * keeps the old one, and a value of the wrong type is refused and the old one kept.
 */
public final class PlayerState {

    /** A legacy status's {@code shutDown} while the player runs (captured from a Yoto Mini). */
    public static final String RUNNING = "nA";

    private final String deviceId;
    private final Map<PlayerField, Reported<Object>> fields;
    private final Presence presence;
    private final Instant presenceAt;
    private final Instant lastHeard;
    /** Until when messages after a shutdown do not count as hearing from the player; null when running. */
    private final Instant quietUntil;

    private PlayerState(String deviceId, Map<PlayerField, Reported<Object>> fields, Presence presence,
            Instant presenceAt, Instant lastHeard, Instant quietUntil) {
        this.deviceId = deviceId;
        this.fields = fields;
        this.presence = presence;
        this.presenceAt = presenceAt;
        this.lastHeard = lastHeard;
        this.quietUntil = quietUntil;
    }

    /** A player nothing has been heard from yet. */
    public static PlayerState unknown(String deviceId) {
        return new PlayerState(Objects.requireNonNull(deviceId, "deviceId"),
                Collections.unmodifiableMap(new EnumMap<>(PlayerField.class)), Presence.UNKNOWN, null, null, null);
    }

    /** Merges a {@code data/events} delta or the inner object of a {@code data/status} message. */
    public Merge merge(PlayerField.Source source, JsonObject delta, Instant at) {
        EnumMap<PlayerField, Reported<Object>> next = copyOfFields();
        Set<PlayerField> changed = EnumSet.noneOf(PlayerField.class);
        List<String> rejected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : delta.entrySet()) {
            Optional<PlayerField> field = PlayerField.forWireName(source, entry.getKey());
            if (field.isEmpty()) {
                unknown.add(entry.getKey());
                continue;
            }
            Optional<Object> value = field.get().type().read(entry.getValue());
            if (value.isEmpty()) {
                rejected.add(entry.getKey());
                continue;
            }
            Reported<Object> old = next.put(field.get(), new Reported<>(value.get(), at));
            if (old == null || !old.value().equals(value.get())) {
                changed.add(field.get());
            }
        }
        // a player that said it was switching off is not heard from by what it still sends just
        // after (yoto-nodejs-client ignores activity for 10 s after a shutdown), only by its start
        boolean started = next.containsKey(PlayerField.SHUT_DOWN) && RUNNING.equals(next.get(PlayerField.SHUT_DOWN).value())
                && changed.contains(PlayerField.SHUT_DOWN);
        boolean heard = quietUntil == null || started || at.isAfter(quietUntil);
        PlayerState state = new PlayerState(deviceId, Collections.unmodifiableMap(next), presence, presenceAt,
                heard ? latest(lastHeard, at) : lastHeard, heard ? null : quietUntil);
        return new Merge(state, changed, rejected, unknown);
    }

    /** After a {@code presence} message. */
    public PlayerState withPresence(Presence presence, Instant at) {
        return new PlayerState(deviceId, fields, presence, at,
                presence == Presence.ONLINE ? latest(lastHeard, at) : lastHeard,
                presence == Presence.ONLINE ? null : quietUntil);
    }

    /**
     * After a legacy status whose {@code shutDown} names a reason: offline at once, and what the
     * player still sends within {@code grace} does not count as hearing from it (a status saying
     * {@code shutDown: "nA"} does: the player started again).
     */
    public PlayerState withShutdown(String reason, Instant at, Duration grace) {
        EnumMap<PlayerField, Reported<Object>> next = copyOfFields();
        next.put(PlayerField.SHUT_DOWN, new Reported<>(reason, at));
        return new PlayerState(deviceId, Collections.unmodifiableMap(next), Presence.OFFLINE, latest(at, lastHeard),
                lastHeard, at.plus(grace));
    }

    /** Why the player switched off, while that is the last word from it. */
    public Optional<String> shutdownReason() {
        boolean lastWord = presence == Presence.OFFLINE && (lastHeard == null || !presenceAt.isBefore(lastHeard));
        return lastWord ? text(PlayerField.SHUT_DOWN).filter(reason -> !reason.equals(RUNNING)) : Optional.empty();
    }

    public String deviceId() {
        return deviceId;
    }

    public Optional<Reported<Object>> reported(PlayerField field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** When the field was last reported, if ever. */
    public Optional<Instant> reportedAt(PlayerField field) {
        return reported(field).map(Reported::at);
    }

    public Set<PlayerField> reportedFields() {
        return fields.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fields.keySet()));
    }

    public Presence presence() {
        return presence;
    }

    /** When anything was last heard from the player (a message or an online presence). */
    public Optional<Instant> lastHeard() {
        return Optional.ofNullable(lastHeard);
    }

    /**
     * Online when the last word was an online presence or any message within {@code silence}; an
     * offline presence newer than the last message means offline, and so does silence.
     */
    public boolean isOnline(Instant now, Duration silence) {
        if (presence == Presence.OFFLINE && (lastHeard == null || !presenceAt.isBefore(lastHeard))) {
            return false;
        }
        return lastHeard != null && Duration.between(lastHeard, now).compareTo(silence) <= 0;
    }

    public Optional<String> text(PlayerField field) {
        return value(field, String.class);
    }

    public Optional<Double> number(PlayerField field) {
        return value(field, Double.class);
    }

    public Optional<Long> integer(PlayerField field) {
        return value(field, Long.class);
    }

    public Optional<Boolean> flag(PlayerField field) {
        return value(field, Boolean.class);
    }

    public PlaybackStatus playbackStatus() {
        return text(PlayerField.PLAYBACK_STATUS).map(PlaybackStatus::fromWire).orElse(PlaybackStatus.UNKNOWN);
    }

    /** The card in the player; empty for none (players say {@code "none"}). */
    public Optional<String> cardId() {
        return text(PlayerField.CARD_ID).filter(id -> !id.isBlank() && !id.equals("none"));
    }

    public Optional<String> chapterKey() {
        return text(PlayerField.CHAPTER_KEY);
    }

    public Optional<String> trackKey() {
        return text(PlayerField.TRACK_KEY);
    }

    public Optional<Double> positionSeconds() {
        return number(PlayerField.POSITION);
    }

    public Optional<Double> trackLengthSeconds() {
        return number(PlayerField.TRACK_LENGTH);
    }

    /** Volume in 0-16 steps, as events report it. */
    public Optional<Integer> volumeStep() {
        return integer(PlayerField.VOLUME).map(Long::intValue);
    }

    public Optional<Integer> volumeMaxStep() {
        return integer(PlayerField.VOLUME_MAX).map(Long::intValue);
    }

    /** The user's volume in %, as statuses report it. */
    public Optional<Integer> userVolumePercent() {
        return integer(PlayerField.USER_VOLUME).map(Long::intValue);
    }

    /** The system volume in %, as statuses report it. */
    public Optional<Integer> systemVolumePercent() {
        return integer(PlayerField.SYSTEM_VOLUME).map(Long::intValue);
    }

    public Optional<Integer> batteryLevel() {
        return integer(PlayerField.BATTERY_LEVEL).map(Long::intValue);
    }

    public Optional<Boolean> charging() {
        return flag(PlayerField.CHARGING);
    }

    /** Seconds left on the sleep timer, when it is running. */
    public Optional<Integer> sleepTimerSeconds() {
        if (!flag(PlayerField.SLEEP_TIMER_ACTIVE).orElse(false)) {
            return Optional.empty();
        }
        return integer(PlayerField.SLEEP_TIMER_SECONDS).map(Long::intValue);
    }

    private <T> Optional<T> value(PlayerField field, Class<T> type) {
        Reported<Object> reported = fields.get(field);
        return reported != null && type.isInstance(reported.value()) ? Optional.of(type.cast(reported.value()))
                : Optional.empty();
    }

    private EnumMap<PlayerField, Reported<Object>> copyOfFields() {
        return fields.isEmpty() ? new EnumMap<>(PlayerField.class) : new EnumMap<>(fields);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlayerState other && deviceId.equals(other.deviceId) && fields.equals(other.fields)
                && presence == other.presence && Objects.equals(presenceAt, other.presenceAt)
                && Objects.equals(lastHeard, other.lastHeard) && Objects.equals(quietUntil, other.quietUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, fields, presence, lastHeard);
    }

    @Override
    public String toString() {
        return "PlayerState[" + deviceId + " " + presence + " " + fields.size() + " fields]";
    }
}
