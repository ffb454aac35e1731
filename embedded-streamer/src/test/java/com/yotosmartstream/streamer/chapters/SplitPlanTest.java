package com.yotosmartstream.streamer.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a long track is cut for a card (ADR 0074): at the last mark before each hour, else at a quiet moment. */
class SplitPlanTest {

    private static final Duration HOUR = Duration.ofMinutes(60);

    private static Chapter mark(int startMinutes, int endMinutes) {
        return new Chapter(Duration.ofMinutes(startMinutes), Duration.ofMinutes(endMinutes), "At " + startMinutes);
    }

    @Test
    void aTrackThatFitsIsNotCut() throws Exception {
        assertThat(SplitPlan.cuts(HOUR, List.of(), HOUR, (from, to) -> {
            throw new AssertionError("nothing to look for");
        })).isEmpty();
    }

    @Test
    void eachPartEndsAtTheLastMarkBeforeTheHour() throws Exception {
        List<Chapter> marks = List.of(mark(0, 25), mark(25, 50), mark(50, 80), mark(80, 130), mark(130, 150));

        List<Duration> cuts = SplitPlan.cuts(Duration.ofMinutes(150), marks, HOUR, (from, to) -> {
            throw new AssertionError("marks fall in every part");
        });

        assertThat(cuts).containsExactly(Duration.ofMinutes(50), Duration.ofMinutes(80), Duration.ofMinutes(130));
    }

    @Test
    void wherePartHasNoMarkTheQuietestMomentOfTheMinutesBeforeTheHourIsTaken() throws Exception {
        List<Duration[]> asked = new ArrayList<>();
        List<Duration> cuts = SplitPlan.cuts(Duration.ofMinutes(130), List.of(mark(0, 130)), HOUR, (from, to) -> {
            asked.add(new Duration[] {from, to});
            return to.minusSeconds(90);
        });

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).containsExactly(Duration.ofMinutes(55).minusSeconds(1), HOUR.minusSeconds(1));
        assertThat(cuts).hasSize(2);
        assertThat(cuts.get(0)).isEqualTo(HOUR.minusSeconds(91));
        Duration previous = Duration.ZERO;
        for (Duration cut : cuts) {
            assertThat(cut.minus(previous)).isLessThanOrEqualTo(HOUR);
            previous = cut;
        }
        assertThat(Duration.ofMinutes(130).minus(previous)).isLessThanOrEqualTo(HOUR);
    }

    @Test
    void aFinderAnsweringOutsideTheStretchCannotMakeAPartTooLong() throws Exception {
        List<Duration> cuts = SplitPlan.cuts(Duration.ofMinutes(70), List.of(), HOUR, (from, to) -> Duration.ofHours(9));

        assertThat(cuts).containsExactly(HOUR.minusSeconds(1));
    }
}
