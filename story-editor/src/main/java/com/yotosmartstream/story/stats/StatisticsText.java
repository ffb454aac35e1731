package com.yotosmartstream.story.stats;

import com.yotosmartstream.core.text.Durations;
import java.math.BigInteger;
import java.util.Locale;

/** The statistics as the Statistics tab says them: times, path counts and the badge. */
public final class StatisticsText {

    /** Path counts up to this are written out in full; larger ones as a power of ten. */
    static final BigInteger WRITTEN_OUT = BigInteger.valueOf(999_999_999);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private StatisticsText() {
    }

    /** "3:07", "about 3:07 (estimated)" when generated narration is on the path; "at least" when a length is unknown. */
    public static String time(Span span) {
        String clock = Durations.clock(span.seconds());
        if (span.unknownPart()) {
            return "at least " + clock;
        }
        return span.estimated() ? clock + " estimated" : clock;
    }

    /** As {@link #time} in a table's cell: "3:07", "≈ 3:07" estimated, "≥ 3:07" with a length unknown. */
    public static String shortTime(Span span) {
        String clock = Durations.clock(span.seconds());
        return span.unknownPart() ? "≥ " + clock : span.estimated() ? "≈ " + clock : clock;
    }

    /** "2", "12,345", or "about 3.4 × 10⁴⁵" past a billion. */
    public static String paths(BigInteger count) {
        if (count.compareTo(WRITTEN_OUT) <= 0) {
            return String.format(Locale.ROOT, "%,d", count.longValueExact());
        }
        String digits = count.toString();
        int exponent = digits.length() - 1;
        String mantissa = digits.charAt(0) + "." + digits.charAt(1);
        return "about " + mantissa + " × 10" + superscript(exponent);
    }

    private static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** What an ending's longest time or path count says when a loop makes it endless. */
    public static String unbounded(StoryStatistics statistics, String loopNode) {
        return "unbounded (loop through '" + statistics.name(loopNode) + "')";
    }

    /**
     * The badge: "Every path fits in 14 minutes" (with "estimated" when the computer's voice speaks
     * nodes); "A loop through 'Cave' can go on for ever"; or why there is no path to measure.
     */
    public static String badge(StoryStatistics statistics) {
        if (statistics.problem().isPresent()) {
            return statistics.problem().get();
        }
        if (statistics.loop().isPresent()) {
            return "A loop through '" + statistics.name(statistics.loop().get()) + "' can go on for ever";
        }
        if (statistics.fitsInMinutes().isEmpty()) {
            return "No ending can be reached from the start";
        }
        int minutes = statistics.fitsInMinutes().get();
        boolean unknown = statistics.longest().map(l -> l.span().unknownPart()).orElse(false);
        return "Every path fits in " + minutes + (minutes == 1 ? " minute" : " minutes")
                + (statistics.estimated() ? " (estimated)" : "") + (unknown ? " (a track's length is unknown)" : "");
    }

    /** Whether the badge is good news (every path fits). */
    public static boolean fits(StoryStatistics statistics) {
        return statistics.fitsInMinutes().isPresent();
    }
}
