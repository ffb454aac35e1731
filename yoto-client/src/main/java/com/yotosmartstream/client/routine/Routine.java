package com.yotosmartstream.client.routine;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of steps for chosen players ("Bedtime": night light, a story, a sleep timer, the
 * night limit), run at once from the dashboard or the command line, or at its {@link Schedule}
 * while the app runs.
 *
 * @param players the device ids it is for, in order
 */
public record Routine(String name, List<String> players, List<RoutineStep> steps, Optional<Schedule> schedule) {

    public Routine {
        Objects.requireNonNull(name, "name");
        players = List.copyOf(players);
        steps = List.copyOf(steps);
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * When the app runs the routine by itself: on its days (seven 0/1 flags, Monday first, as
     * alarms are kept) at its minute, local time.
     */
    public record Schedule(String days, LocalTime at) {
        public Schedule {
            if (!days.matches("[01]{7}")) {
                throw new IllegalArgumentException("Days are seven 0/1 flags, Monday first: " + days);
            }
            at = at.withSecond(0).withNano(0);
        }

        /** Whether the routine is due in the minute of {@code time}. */
        public boolean dueAt(LocalDateTime time) {
            return days.charAt(time.getDayOfWeek().getValue() - 1) == '1'
                    && time.toLocalTime().withSecond(0).withNano(0).equals(at);
        }

        public String describe() {
            return RoutineStep.dayNames(days) + " at " + RoutineStep.hhmm(at);
        }
    }

    /** Every reason the routine cannot be saved as it is (empty when it can). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("The routine needs a name");
        }
        if (players.isEmpty()) {
            problems.add("Choose at least one player");
        }
        if (steps.isEmpty()) {
            problems.add("Add at least one step");
        }
        steps.forEach(step -> step.problem().ifPresent(problems::add));
        return problems;
    }

    /** Whether any step needs the app running at the routine's time. */
    public boolean needsApp() {
        return steps.stream().anyMatch(step -> step.where() == RoutineStep.Where.APP);
    }

    public Routine withName(String newName) {
        return new Routine(newName, players, steps, schedule);
    }
}
