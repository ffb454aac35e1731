package com.yotosmartstream.app.players;

import com.yotosmartstream.client.model.Alarm;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The next alarm of a player, as its tile says it: "alarm 07:00" today or tomorrow, "alarm Mon 07:00" later. */
public final class NextAlarm {

    private NextAlarm() {
    }

    public static String text(List<Alarm> alarms, LocalDateTime now) {
        return next(alarms, now).map(at -> "alarm " + (at.toLocalDate().isAfter(now.toLocalDate().plusDays(1))
                ? at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " : "")
                + String.format("%02d:%02d", at.getHour(), at.getMinute())).orElse("");
    }

    /** When the next enabled alarm rings after {@code now}, within a week. */
    public static Optional<LocalDateTime> next(List<Alarm> alarms, LocalDateTime now) {
        LocalDateTime best = null;
        for (Alarm alarm : alarms) {
            if (!alarm.enabled() || !alarm.readable()) {
                continue;
            }
            for (int day = 0; day <= 7; day++) {
                LocalDateTime at = now.toLocalDate().plusDays(day).atTime(alarm.time().orElseThrow());
                if (at.isAfter(now) && alarm.ringsOn(at.getDayOfWeek().getValue())) {
                    if (best == null || at.isBefore(best)) {
                        best = at;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
