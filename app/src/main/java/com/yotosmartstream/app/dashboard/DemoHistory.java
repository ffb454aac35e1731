package com.yotosmartstream.app.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The last 24 hours of a demo player, so a fresh demo household's history chart shows a day: a
 * morning song session, an afternoon and a bedtime story, charging on the dock overnight, at the
 * simulated players' own rates (1 % per 3 min playing, per 20 min idle, +1 %/min charging;
 * docs/yoto-protocol.md, "What the simulated players reproduce"), in local hours. Each player's day
 * is shifted a little by its place and starts a little lower; the live samples follow it.
 */
public final class DemoHistory {

    private static final Duration STEP = Duration.ofMinutes(5);

    private DemoHistory() {
    }

    /**
     * Samples every 5 minutes from 24 hours before {@code now} to {@code now}, oldest first.
     *
     * @param index the player's place in the household (its day starts a little later)
     */
    public static List<HistoryStore.Sample> day(int index, Instant now, ZoneId zone) {
        List<HistoryStore.Sample> samples = new ArrayList<>();
        double battery = 70 - 7 * (index % 5);
        int offset = 10 * index; // minutes
        for (Instant at = now.minus(HistoryStore.RETENTION); !at.isAfter(now); at = at.plus(STEP)) {
            LocalTime time = at.atZone(zone).toLocalTime().minusMinutes(offset);
            boolean playing = between(time, 7, 0, 7, 40) || between(time, 15, 30, 16, 10)
                    || between(time, 18, 45, 19, 40);
            boolean charging = time.isAfter(LocalTime.of(20, 0)) || time.isBefore(LocalTime.of(6, 30));
            int volume = between(time, 18, 45, 19, 40) ? 6 : between(time, 7, 0, 7, 40) ? 10 : 8;
            samples.add(new HistoryStore.Sample(at, (int) Math.round(battery), volume, playing));
            double minutes = STEP.toMinutes();
            battery += charging ? minutes : playing ? -minutes / 3 : -minutes / 20;
            battery = Math.max(5, Math.min(100, battery));
        }
        return List.copyOf(samples);
    }

    private static boolean between(LocalTime time, int fromHour, int fromMinute, int toHour, int toMinute) {
        return !time.isBefore(LocalTime.of(fromHour, fromMinute)) && time.isBefore(LocalTime.of(toHour, toMinute));
    }
}
