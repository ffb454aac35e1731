package com.yotosmartstream.client.sim;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.PlayerConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a virtual player does by itself from the config the cloud keeps for it (the same block
 * {@code GET /device-v2/{id}/config} answers), read afresh at every step so a PUT takes effect at
 * once, with no app connected:
 * <ul>
 * <li>day mode from {@code dayTime}, night mode from {@code nightTime} (local time): each mode's
 *     volume limit ({@code maxVolumeLimit} / {@code nightMaxVolumeLimit}, 0-16) clamps the volume,
 *     its light colour ({@code ambientColour} / {@code nightAmbientColour}) becomes the night
 *     light and its display brightness ({@code dayDisplayBrightness} / {@code nightDisplayBrightness})
 *     the display's (key meanings: cdnninja/yoto_api {@code models/config.py}, "Day mode"/"Night mode");</li>
 * <li>an enabled alarm rings on its days at its time ({@link Alarm}): volume set to its volume,
 *     its card started when {@code sound} names one the account has (the sound ids of Yoto's own
 *     alarm sounds are not known: any other sound only counts as rung);</li>
 * <li>{@code shutdownTimeout} (seconds, yoto_api {@code shutdown_timeout}) switches off a player
 *     that has not played for that long.</li>
 * </ul>
 * The player starts as it was made; only a change (a mode boundary crossed, a setting written)
 * is applied, so a test sets its state freely. Where a real player differs (whether an alarm wakes
 * a player that is off, what a night-mode change does to a volume already lower) is not captured.
 */
final class PlayerSchedule {

    /** What the schedule asks of the player. */
    interface Player {
        void limitVolume(int maxStep);

        void nightLight(String colour, boolean day, String brightness);

        void alarm(String sound, Optional<Integer> volume);

        boolean playing();

        void switchOffIdle();
    }

    /** The modes' settings as last applied. */
    private record Mode(boolean day, String limit, String colour, String brightness) {
    }

    private final Supplier<Optional<JsonObject>> config;
    private final ZoneId zone;
    private Mode applied;
    private final Set<String> rung = new HashSet<>();
    private double idleSeconds;

    PlayerSchedule(Supplier<Optional<JsonObject>> config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    /** One step of the player's time ending at {@code now}. */
    void tick(Instant now, double seconds, Player player) {
        Optional<JsonObject> json = config.get();
        if (json.isEmpty()) {
            return;
        }
        PlayerConfig settings = new PlayerConfig(json.get());
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        mode(settings, local.toLocalTime(), player);
        alarms(settings.alarms(), local, player);
        idle(settings, seconds, player);
    }

    /** Whether night mode holds at {@code time}: from nightTime until dayTime (either may wrap midnight). */
    static boolean isDay(LocalTime time, LocalTime dayStart, LocalTime nightStart) {
        if (dayStart.equals(nightStart)) {
            return true;
        }
        return dayStart.isBefore(nightStart) ? !time.isBefore(dayStart) && time.isBefore(nightStart)
                : !time.isBefore(dayStart) || time.isBefore(nightStart);
    }

    private void mode(PlayerConfig settings, LocalTime time, Player player) {
        LocalTime dayStart = settings.dayTime().flatMap(Alarm::parseTime).orElse(LocalTime.of(7, 0));
        LocalTime nightStart = settings.nightTime().flatMap(Alarm::parseTime).orElse(LocalTime.of(19, 0));
        boolean day = isDay(time, dayStart, nightStart);
        Mode now = new Mode(day,
                (day ? settings.maxVolumeLimit() : settings.nightMaxVolumeLimit()).orElse(""),
                (day ? settings.ambientColour() : settings.nightAmbientColour()).orElse(""),
                (day ? settings.dayDisplayBrightness() : settings.nightDisplayBrightness()).orElse(""));
        Mode before = applied;
        applied = now;
        if (before == null || before.equals(now)) {
            return;
        }
        if (!now.limit().equals(before.limit()) || now.day() != before.day()) {
            parseStep(now.limit()).ifPresent(player::limitVolume);
        }
        if (!now.colour().equals(before.colour()) || now.day() != before.day()
                || !now.brightness().equals(before.brightness())) {
            player.nightLight(nightlightMode(now.colour()), day, now.brightness());
        }
    }

    private void alarms(List<Alarm> alarms, LocalDateTime local, Player player) {
        LocalDate date = local.toLocalDate();
        LocalTime minute = local.toLocalTime().withSecond(0).withNano(0);
        for (int i = 0; i < alarms.size(); i++) {
            Alarm alarm = alarms.get(i);
            if (!alarm.enabled() || !alarm.readable() || !alarm.ringsOn(local.getDayOfWeek().getValue())
                    || !alarm.time().orElseThrow().equals(minute)) {
                continue;
            }
            if (rung.add(date + "/" + i + "/" + alarm.encoded())) {
                idleSeconds = 0;
                player.alarm(alarm.sound(), alarm.volume());
            }
        }
    }

    private void idle(PlayerConfig settings, double seconds, Player player) {
        if (player.playing()) {
            idleSeconds = 0;
            return;
        }
        idleSeconds += seconds;
        Optional<Integer> timeout = settings.get(PlayerConfig.SHUTDOWN_TIMEOUT).flatMap(PlayerSchedule::parseInt)
                .filter(s -> s > 0);
        if (timeout.isPresent() && idleSeconds >= timeout.get()) {
            idleSeconds = 0;
            player.switchOffIdle();
        }
    }

    /** Something happened to the player (a command): it is not idle. */
    void touched() {
        idleSeconds = 0;
    }

    /** "#rrggbb" as a status's {@code nightlightMode} ("0xrrggbb", or "off" for yoto_api's {@code #0}). */
    static String nightlightMode(String colour) {
        String c = colour.strip().toLowerCase(Locale.ROOT);
        if (c.matches("#[0-9a-f]{6}") && !c.equals("#000000")) {
            return "0x" + c.substring(1);
        }
        return "off";
    }

    private static Optional<Integer> parseStep(String limit) {
        return parseInt(limit).filter(step -> step >= 0 && step <= 16);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(Objects.requireNonNull(text).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
