package com.yotosmartstream.core.text;

import java.time.Duration;
import java.util.Locale;

/** Times as people read them, the same on every page: "3:07", "1:02:45", "3 min ago". */
public final class Durations {

    private Durations() {
    }

    /** 75.4 s -> "1:15", 3725 s -> "1:02:05": rounded to the nearest second, never below 0:00. */
    public static String clock(double seconds) {
        return clockOfSeconds(Math.round(seconds));
    }

    /** 187 s -> "3:07", 3765 s -> "1:02:45": in whole seconds (a part of a second is not counted). */
    public static String clock(Duration duration) {
        return clockOfSeconds(duration.toSeconds());
    }

    private static String clockOfSeconds(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "just now", "40 s ago", "3 min ago", "2 h ago". */
    public static String ago(Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 5) {
            return "just now";
        }
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        return s / 3600 + " h ago";
    }
}
