package com.yotosmartstream.streamer.chapters;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut a track that is longer than a card allows (players are reported to fail on tracks
 * over 60 minutes; ADR 0074): each part ends at the last chapter mark before the limit, or, where
 * no mark falls in the part, at the quietest moment of the few minutes before the limit. Pure
 * planning; the quiet moments are found by a {@link QuietFinder}.
 */
public final class SplitPlan {

    /** How far before the limit a quiet moment is looked for. */
    public static final Duration SEARCH = Duration.ofMinutes(5);
    /** A cut keeps at least this far from the limit, so a part never ends exactly on it. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    /** Finds the quietest moment of a stretch of the track's audio. */
    @FunctionalInterface
    public interface QuietFinder {
        Duration quietest(Duration from, Duration to) throws IOException;
    }

    private SplitPlan() {
    }

    /** The cut points (not 0, not the end) that leave every part no longer than {@code max}; none if it fits. */
    public static List<Duration> cuts(Duration length, List<Chapter> marks, Duration max, QuietFinder quiet)
            throws IOException {
        if (max.compareTo(MARGIN.multipliedBy(4)) <= 0) {
            throw new IllegalArgumentException("A part must be longer than " + MARGIN.multipliedBy(4));
        }
        List<Duration> cuts = new ArrayList<>();
        Duration start = Duration.ZERO;
        while (length.minus(start).compareTo(max) > 0) {
            Duration limit = start.plus(max).minus(MARGIN);
            Duration cut = null;
            for (Chapter mark : marks) {
                Duration at = mark.start();
                if (at.compareTo(start) > 0 && at.compareTo(limit) <= 0 && (cut == null || at.compareTo(cut) > 0)) {
                    cut = at;
                }
            }
            if (cut == null) {
                Duration from = limit.minus(SEARCH);
                Duration earliest = start.plus(max.dividedBy(2));
                cut = quiet.quietest(from.compareTo(earliest) < 0 ? earliest : from, limit);
                if (cut.compareTo(start) <= 0 || cut.compareTo(limit) > 0) {
                    cut = limit; // a finder that answered outside the stretch: cut at the limit
                }
            }
            cuts.add(cut);
            start = cut;
        }
        return cuts;
    }
}
