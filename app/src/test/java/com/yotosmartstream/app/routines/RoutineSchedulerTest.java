package com.yotosmartstream.app.routines;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineStep;
import com.yotosmartstream.client.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduler runs a routine once in its minute on its days, and never catches up. */
class RoutineSchedulerTest {

    // Monday 2026-12-07, 18:59:30 UTC
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T18:59:30Z"));
    private final List<String> ran = new ArrayList<>();

    private RoutineScheduler scheduler(Routine... routines) {
        return new RoutineScheduler(() -> List.of(routines), routine -> ran.add(routine.name()),
                clock.withZone(ZoneOffset.UTC));
    }

    private static Routine routine(String name, String days, LocalTime at) {
        return new Routine(name, List.of("p"), List.of(new RoutineStep.SetVolume(3)),
                Optional.of(new Routine.Schedule(days, at)));
    }

    @Test
    void aRoutineRunsOnceInItsMinuteOnItsDays() {
        RoutineScheduler scheduler = scheduler(routine("Bedtime", "1111100", LocalTime.of(19, 0)),
                routine("Weekend", "0000011", LocalTime.of(19, 0)),
                new Routine("By hand", List.of("p"), List.of(new RoutineStep.SetVolume(3)), Optional.empty()));

        scheduler.check();
        assertThat(ran).isEmpty();
        for (int i = 0; i < 4; i++) { // 19:00:00, :15, :30, :45
            clock.advance(Duration.ofSeconds(i == 0 ? 30 : 15));
            scheduler.check();
        }
        assertThat(ran).containsExactly("Bedtime");
        clock.advance(Duration.ofDays(1));
        scheduler.check();
        assertThat(ran).as("the next day, at 19:00:45").containsExactly("Bedtime", "Bedtime");
    }

    @Test
    void aMinuteMissedIsNotCaughtUp() {
        RoutineScheduler scheduler = scheduler(routine("Bedtime", "1111111", LocalTime.of(19, 0)));
        clock.advance(Duration.ofMinutes(5)); // the computer slept through 19:00

        scheduler.check();

        assertThat(ran).isEmpty();
    }
}
