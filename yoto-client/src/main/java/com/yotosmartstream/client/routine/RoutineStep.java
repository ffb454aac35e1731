package com.yotosmartstream.client.routine;

import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.ConfigValues;
import com.yotosmartstream.client.mqtt.Volume;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One step of a {@link Routine}. A step either is a command sent to the player now over MQTT (it
 * {@linkplain Where#APP needs the app running} at the routine's time), or a change written into
 * the player's config ({@code PUT /device-v2/{id}/config}), which the player keeps and acts on by
 * itself (it {@linkplain Where#PLAYER lives on the player}, so it works with this computer off).
 * Which is which follows what each source offers: night light, volume, sleep timer and starting a
 * card are MQTT commands (yoto-platform notes, section 4: {@code ambients/set}, {@code volume/set},
 * {@code sleep-timer/set}, {@code card/start}); volume limits, day and night start times and
 * alarms are config keys (cdnninja/yoto_api {@code rest/client.py} {@code KNOWN_CONFIG_KEYS}).
 * No source offers a command that switches day or night mode now: the mode step sets the times
 * the player changes mode at.
 */
public sealed interface RoutineStep {

    /** Where a step runs. */
    enum Where {
        /** Sent to the player when the routine runs: needs this app running then. */
        APP,
        /** Written into the player's own settings: the player does it by itself, app or no app. */
        PLAYER;

        public String label() {
            return this == APP ? "needs the app running" : "lives on the player";
        }
    }

    Where where();

    /** The step in a parent's words ("Night light #f57399"). */
    String describe();

    /** Why the step cannot be kept as it is; empty when it is fine. */
    Optional<String> problem();

    /** Sets the night light ({@code ambients/set}); a Mini has none. */
    record NightLight(String colour) implements RoutineStep {
        @Override
        public Where where() {
            return Where.APP;
        }

        @Override
        public String describe() {
            return "Night light " + colour;
        }

        @Override
        public Optional<String> problem() {
            return colour.matches("#[0-9a-fA-F]{6}") ? Optional.empty()
                    : Optional.of("Night light: '" + colour + "' is not a colour (#rrggbb)");
        }
    }

    /** Sets the volume now, in the player's 0-16 steps ({@code volume/set}). */
    record SetVolume(int step) implements RoutineStep {
        @Override
        public Where where() {
            return Where.APP;
        }

        @Override
        public String describe() {
            return "Volume " + step;
        }

        @Override
        public Optional<String> problem() {
            return step >= 0 && step <= Volume.MAX_STEP ? Optional.empty()
                    : Optional.of("Volume: " + step + " is not a step from 0 to 16");
        }
    }

    /** The day or night volume limit ({@code maxVolumeLimit} / {@code nightMaxVolumeLimit}). */
    record VolumeLimit(boolean night, int step) implements RoutineStep {
        @Override
        public Where where() {
            return Where.PLAYER;
        }

        @Override
        public String describe() {
            return (night ? "Night" : "Day") + " volume limit " + step;
        }

        @Override
        public Optional<String> problem() {
            return ConfigValues.volumeProblem(Integer.toString(step)).map(p -> "Volume limit: " + p);
        }
    }

    /** Starts the sleep timer ({@code sleep-timer/set}); 0 switches it off. */
    record SleepTimer(int minutes) implements RoutineStep {
        @Override
        public Where where() {
            return Where.APP;
        }

        @Override
        public String describe() {
            return minutes == 0 ? "Sleep timer off" : "Sleep timer " + minutes + " min";
        }

        @Override
        public Optional<String> problem() {
            return minutes >= 0 && minutes <= 24 * 60 ? Optional.empty()
                    : Optional.of("Sleep timer: " + minutes + " is not a number of minutes (0 to 1440)");
        }
    }

    /** Starts a card ({@code card/start}), from its start or at a chapter (keys taken from the card). */
    record PlayCard(String cardId, String title, Optional<String> chapterKey) implements RoutineStep {
        @Override
        public Where where() {
            return Where.APP;
        }

        @Override
        public String describe() {
            return "Play " + (title.isBlank() ? cardId : title) + chapterKey.map(k -> ", chapter " + k).orElse("");
        }

        @Override
        public Optional<String> problem() {
            return cardId.isBlank() ? Optional.of("Play a card: choose a card") : Optional.empty();
        }
    }

    /** When day and night mode start ({@code dayTime}, {@code nightTime}). */
    record DayAndNight(LocalTime dayStarts, LocalTime nightStarts) implements RoutineStep {
        @Override
        public Where where() {
            return Where.PLAYER;
        }

        @Override
        public String describe() {
            return "Day from " + hhmm(dayStarts) + ", night from " + hhmm(nightStarts);
        }

        @Override
        public Optional<String> problem() {
            return dayStarts.equals(nightStarts) ? Optional.of("Day and night: they cannot start at the same time")
                    : Optional.empty();
        }
    }

    /**
     * An alarm kept by the player ({@code alarms}, yoto_api's comma form, {@link Alarm}): on its
     * days at its time it starts the card at the volume. An alarm with the same days, time and card
     * is replaced, never doubled.
     */
    record WakeAlarm(String days, LocalTime time, String cardId, int volume) implements RoutineStep {
        @Override
        public Where where() {
            return Where.PLAYER;
        }

        @Override
        public String describe() {
            return "Alarm " + hhmm(time) + " (" + dayNames(days) + ")";
        }

        @Override
        public Optional<String> problem() {
            return ConfigValues.daysProblem(days).map(p -> "Alarm: " + p)
                    .or(() -> ConfigValues.volumeProblem(Integer.toString(volume)).map(p -> "Alarm volume: " + p))
                    .or(() -> cardId.isBlank() ? Optional.of("Alarm: choose the card it plays") : Optional.empty());
        }

        /** The alarm as the player keeps it (enabled). */
        public Alarm alarm() {
            return Alarm.of(days, time, cardId, volume, true);
        }
    }

    static String hhmm(LocalTime time) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "1111100" as "Mon-Fri", "1111111" as "every day", else the day names. */
    static String dayNames(String days) {
        if ("1111111".equals(days)) {
            return "every day";
        }
        if ("1111100".equals(days)) {
            return "Mon-Fri";
        }
        if ("0000011".equals(days)) {
            return "weekends";
        }
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(7, days.length()); i++) {
            if (days.charAt(i) == '1') {
                text.append(text.length() == 0 ? "" : " ").append(names[i]);
            }
        }
        return text.toString();
    }
}
