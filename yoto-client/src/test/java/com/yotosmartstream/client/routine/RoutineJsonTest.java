package com.yotosmartstream.client.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.model.Alarm;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutineJsonTest {

    @Test
    void everyStepAndTheScheduleComeBackAsTheyWere() {
        Routine routine = new Routine("Bedtime", List.of("a", "b"), List.of(new RoutineStep.NightLight("#ff8c00"),
                new RoutineStep.SetVolume(5), new RoutineStep.VolumeLimit(true, 8), new RoutineStep.SleepTimer(30),
                new RoutineStep.PlayCard("abc12", "Moon", Optional.of("02")),
                new RoutineStep.PlayCard("abc13", "", Optional.empty()),
                new RoutineStep.DayAndNight(LocalTime.of(7, 0), LocalTime.of(19, 0)),
                new RoutineStep.WakeAlarm("1111100", LocalTime.of(6, 45), "abc12", 6)),
                Optional.of(new Routine.Schedule("1111100", LocalTime.of(19, 0))));

        assertThat(RoutineJson.read(RoutineJson.write(routine))).isEqualTo(routine);
    }

    @Test
    void whatIsNotARoutineIsRefusedWithAReason() {
        assertThatThrownBy(() -> RoutineJson.read("{\"name\":\"x\",\"players\":[],\"steps\":[{\"type\":\"fly\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown step 'fly'");
        assertThatThrownBy(() -> RoutineJson.read("[1]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleIsDueOnItsDaysInItsMinute() {
        Routine.Schedule weekdays = new Routine.Schedule("1111100", LocalTime.of(19, 0));
        assertThat(weekdays.dueAt(LocalDateTime.of(2026, 12, 7, 19, 0, 30))).as("a Monday").isTrue();
        assertThat(weekdays.dueAt(LocalDateTime.of(2026, 12, 7, 19, 1))).isFalse();
        assertThat(weekdays.dueAt(LocalDateTime.of(2026, 12, 6, 19, 0))).as("a Sunday").isFalse();
        assertThat(weekdays.describe()).isEqualTo("Mon-Fri at 19:00");
    }

    @Test
    void aRoutineSaysWhatStopsItBeingSaved() {
        Routine bad = new Routine(" ", List.of(), List.of(new RoutineStep.SetVolume(17),
                new RoutineStep.NightLight("blue")), Optional.empty());
        assertThat(bad.problems()).containsExactly("The routine needs a name", "Choose at least one player",
                "Volume: 17 is not a step from 0 to 16", "Night light: 'blue' is not a colour (#rrggbb)");
    }

    @Test
    void anAlarmOfTheSameDaysTimeAndCardIsReplacedNotDoubled() {
        Alarm other = Alarm.parse("1111111,1100,5WsQg,,,8");
        Alarm old = Alarm.of("0000011", LocalTime.of(9, 3), "abc12", 4, false);
        Alarm wanted = Alarm.of("0000011", LocalTime.of(9, 3), "abc12", 7, true);

        List<Alarm> alarms = RoutineRunner.withAlarm(List.of(other, old), wanted);

        assertThat(alarms).containsExactly(other, wanted);
        assertThat(RoutineRunner.withAlarm(List.of(other), wanted)).containsExactly(other, wanted);
    }

    @Test
    void theStepsSayWhetherTheyNeedTheAppOrLiveOnThePlayer() {
        assertThat(new RoutineStep.SetVolume(3).where()).isEqualTo(RoutineStep.Where.APP);
        assertThat(new RoutineStep.WakeAlarm("1111111", LocalTime.NOON, "x", 3).where())
                .isEqualTo(RoutineStep.Where.PLAYER);
        assertThat(RoutineStep.Where.PLAYER.label()).isEqualTo("lives on the player");
    }
}
