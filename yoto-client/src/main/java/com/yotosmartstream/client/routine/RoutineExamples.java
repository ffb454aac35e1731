package com.yotosmartstream.client.routine;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The routines a household starts with, as examples to change: "Bedtime" and "Quiet morning". */
public final class RoutineExamples {

    private RoutineExamples() {
    }

    /**
     * Bedtime for the given players: a warm night light, a low volume and a night limit, a story if
     * one is given, a 30-minute sleep timer, night from 19:00 (Mon-Fri at 19:00 once scheduled).
     */
    public static Routine bedtime(List<String> players, Optional<String> storyCardId, String storyTitle) {
        List<RoutineStep> steps = new ArrayList<>(List.of(new RoutineStep.NightLight("#ff8c00"),
                new RoutineStep.SetVolume(5), new RoutineStep.VolumeLimit(true, 8)));
        storyCardId.ifPresent(id -> steps.add(new RoutineStep.PlayCard(id, storyTitle, Optional.empty())));
        steps.add(new RoutineStep.SleepTimer(30));
        steps.add(new RoutineStep.DayAndNight(LocalTime.of(7, 0), LocalTime.of(19, 0)));
        return new Routine("Bedtime", players, steps, Optional.empty());
    }

    /** A quiet morning: a low volume, a low day limit, the light off-white, day from 07:00. */
    public static Routine quietMorning(List<String> players) {
        return new Routine("Quiet morning", players, List.of(new RoutineStep.SetVolume(4),
                new RoutineStep.VolumeLimit(false, 10), new RoutineStep.NightLight("#ffffff"),
                new RoutineStep.DayAndNight(LocalTime.of(7, 0), LocalTime.of(19, 0))), Optional.empty());
    }
}
