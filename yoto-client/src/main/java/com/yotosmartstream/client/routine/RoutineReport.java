package com.yotosmartstream.client.routine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run of a routine did: every step on every player, in order. */
public record RoutineReport(String routine, List<StepOutcome> outcomes) {

    public RoutineReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Each player's outcomes, in the routine's order of players. */
    public Map<String, List<StepOutcome>> byPlayer() {
        Map<String, List<StepOutcome>> players = new LinkedHashMap<>();
        for (StepOutcome outcome : outcomes) {
            players.computeIfAbsent(outcome.deviceId(), id -> new java.util.ArrayList<>()).add(outcome);
        }
        return players;
    }

    public long count(StepOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    /** "Bedtime: 9 done, 1 failed, 4 skipped (offline)". */
    public String summary() {
        StringBuilder text = new StringBuilder(routine).append(": ").append(count(StepOutcome.Result.DONE))
                .append(" done");
        if (count(StepOutcome.Result.FAILED) > 0) {
            text.append(", ").append(count(StepOutcome.Result.FAILED)).append(" failed");
        }
        if (count(StepOutcome.Result.OFFLINE) > 0) {
            text.append(", ").append(count(StepOutcome.Result.OFFLINE)).append(" skipped (player offline)");
        }
        return text.toString();
    }
}
