package com.yotosmartstream.client.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One alarm of a player's config, in the comma-separated form Yoto keeps it in: one string per
 * alarm in the {@code alarms} array, {@code <days>,<time>,<sound>,,,<volume>,<enabled>}
 * (cdnninja/yoto_api {@code rest/requests.py} {@code encode_alarm}, read back by
 * {@code rest/client.py} {@code _parse_alarm}). What each position holds:
 * <ul>
 * <li>0, days: seven 0/1 flags ({@code "1111100"} is yoto_api's example of a weekday alarm, so
 *     Monday first; no capture confirms the order);</li>
 * <li>1, time: yoto_api writes {@code "07:30"}; bcomnes/yoto-nodejs-client's documented example
 *     ({@code lib/api-endpoints/devices.js}: {@code '1111111,1100,5WsQg,,,8'}) has {@code "1100"}.
 *     Both are read; an edited alarm keeps the form it had, a new one is written as yoto_api does;</li>
 * <li>2, sound: yoto_api's {@code sound_id}; the nodejs example's {@code 5WsQg} has the shape of a card id;</li>
 * <li>3 and 4: unknown; kept exactly as they were (empty in both sources);</li>
 * <li>5, volume: 0-16 steps as yoto_api's examples (4, 5, 8) read;</li>
 * <li>6, enabled: {@code 1}/{@code 0}; absent means on (yoto_api {@code _parse_alarm}; the nodejs
 *     example has no seventh field).</li>
 * </ul>
 * The alarm keeps the string it was read from, so an alarm nobody edits goes back byte for byte,
 * even if this app cannot read it.
 */
public final class Alarm {

    private static final int DAYS = 0;
    private static final int TIME = 1;
    private static final int SOUND = 2;
    private static final int VOLUME = 5;
    private static final int ENABLED = 6;

    private final String encoded;
    private final List<String> parts;

    private Alarm(String encoded) {
        this.encoded = encoded;
        this.parts = List.of(encoded.split(",", -1));
    }

    /** An alarm as Yoto sent it. */
    public static Alarm parse(String encoded) {
        return new Alarm(encoded == null ? "" : encoded);
    }

    /** A new alarm, written as yoto_api writes one ({@code days,HH:mm,sound,,,volume,1|0}). */
    public static Alarm of(String days, LocalTime time, String sound, int volume, boolean enabled) {
        return new Alarm(String.join(",", days, hhmm(time, true), sound == null ? "" : sound, "", "",
                Integer.toString(volume), enabled ? "1" : "0"));
    }

    /** The string to send back. */
    public String encoded() {
        return encoded;
    }

    /** Seven 0/1 flags, Monday first. */
    public String days() {
        return part(DAYS);
    }

    /** Whether the alarm rings on {@code dayOfWeek} (1 = Monday .. 7 = Sunday). */
    public boolean ringsOn(int dayOfWeek) {
        String days = days();
        return days.length() == 7 && days.charAt(dayOfWeek - 1) == '1';
    }

    public Optional<LocalTime> time() {
        return parseTime(part(TIME));
    }

    public String sound() {
        return part(SOUND);
    }

    public Optional<Integer> volume() {
        try {
            return Optional.of(Integer.parseInt(part(VOLUME).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean enabled() {
        return parts.size() <= ENABLED || !part(ENABLED).equals("0");
    }

    /** Whether the days and time could be read (an alarm that cannot is kept, never rung). */
    public boolean readable() {
        return time().isPresent() && days().matches("[01]{7}");
    }

    public Alarm withDays(String days) {
        return with(DAYS, days);
    }

    /** A new time, in the form this alarm's time was in ({@code HH:mm} or {@code HHmm}). */
    public Alarm withTime(LocalTime time) {
        return with(TIME, hhmm(time, !part(TIME).matches("\\d{4}")));
    }

    public Alarm withSound(String sound) {
        return with(SOUND, sound == null ? "" : sound);
    }

    public Alarm withVolume(int volume) {
        return with(VOLUME, Integer.toString(volume));
    }

    public Alarm withEnabled(boolean enabled) {
        return with(ENABLED, enabled ? "1" : "0");
    }

    private Alarm with(int index, String value) {
        if (part(index).equals(value)) {
            return this;
        }
        List<String> next = new ArrayList<>(parts);
        while (next.size() <= index) {
            next.add("");
        }
        next.set(index, value);
        return new Alarm(String.join(",", next));
    }

    private String part(int index) {
        return index < parts.size() ? parts.get(index) : "";
    }

    /** "07:30" or "0730" as a time; anything else (including "25:00") is not one. */
    public static Optional<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}|\\d{4}")) {
            return Optional.empty();
        }
        String digits = t.replace(":", "");
        int hour = Integer.parseInt(digits.substring(0, digits.length() - 2));
        int minute = Integer.parseInt(digits.substring(digits.length() - 2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static String hhmm(LocalTime time, boolean colon) {
        return String.format(Locale.ROOT, colon ? "%02d:%02d" : "%02d%02d", time.getHour(), time.getMinute());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alarm other && other.encoded.equals(encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return "Alarm[" + encoded + "]";
    }
}
