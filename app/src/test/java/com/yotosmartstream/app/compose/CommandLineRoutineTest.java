package com.yotosmartstream.app.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.routines.RoutineStore;
import com.yotosmartstream.app.task.PoolTaskExecutor;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineReport;
import com.yotosmartstream.client.routine.StepOutcome;
import com.yotosmartstream.client.routine.RoutineStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --run-routine}: demo mode's household, opened without a window, runs a stored routine. */
class CommandLineRoutineTest {

    @TempDir
    Path dataDir;

    private AppServices services() throws Exception {
        return Startup.prepare(LaunchOptions.parse("--data-dir=" + dataDir), PoolTaskExecutor::new,
                () -> ThemePreference.LIGHT, false);
    }

    @Test
    void aStoredRoutineRunsOnTheDemoPlayersAndAnUnknownOneIsRefused() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--run-routine=Turn down", "--demo-players=2");
        try (AppServices services = services()) {
            new RoutineStore(services.database()).save(new Routine("Turn down", List.of("demo001", "demo002"),
                    List.of(new RoutineStep.SetVolume(4), new RoutineStep.VolumeLimit(true, 6)), Optional.empty()),
                    null);
        }

        try (AppServices services = services()) {
            RoutineReport report = CommandLineRoutine.report(services, options, "turn down").orElseThrow();
            assertThat(report.outcomes()).hasSize(4).allSatisfy(outcome -> assertThat(outcome.result())
                    .as(outcome.describe()).isEqualTo(StepOutcome.Result.DONE));
        }
        assertThat(CommandLineRoutine.run(services(), options, "turn down")).isZero();
        assertThat(CommandLineRoutine.run(services(), options, "Nothing like it")).isEqualTo(1);
        try (AppServices services = services()) {
            assertThat(new RoutineStore(services.database()).all()).extracting(Routine::name)
                    .as("the examples made on the way").containsExactly("Turn down", "Bedtime", "Quiet morning");
        }
    }
}
