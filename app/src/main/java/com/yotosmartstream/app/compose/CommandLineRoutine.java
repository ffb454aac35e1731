package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.account.YotoAccount;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.routines.RoutineSource;
import com.yotosmartstream.app.routines.RoutineStore;
import com.yotosmartstream.app.routines.RoutinesViewModel;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineReport;
import com.yotosmartstream.client.routine.RoutineRunner;
import com.yotosmartstream.client.routine.StepOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --run-routine=NAME}: no window; opens the household as the app would (the saved sign-in,
 * else demo mode), waits a little for the routine's players to report, runs the routine, logs what
 * each step did on each player, and closes. Exit 0 when no step failed (offline players skipped
 * count as fine: they are said so), 3 when one failed, 1 when the household or the routine could
 * not be found.
 */
public final class CommandLineRoutine {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRoutine.class);
    public static final int EXIT_STEP_FAILED = 3;
    private static final int EXIT_NOT_RUN = 1;
    /** How long to wait for the routine's players to be heard from (a switched-off one never is). */
    static final Duration WAIT_FOR_PLAYERS = Duration.ofSeconds(10);

    private CommandLineRoutine() {
    }

    public static int run(AppServices services, LaunchOptions options, String name) {
        try {
            Optional<RoutineReport> report = report(services, options, name);
            return report.isEmpty() ? EXIT_NOT_RUN
                    : report.get().count(StepOutcome.Result.FAILED) == 0 ? 0 : EXIT_STEP_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_NOT_RUN;
        } catch (Exception e) { // the household could not open, the database failed: said in one line
            LOG.error("Could not run the routine '{}': {}", name, e.getMessage());
            LOG.debug("Routine failure", e);
            return EXIT_NOT_RUN;
        } finally {
            services.close();
        }
    }

    /** Runs the routine (names match ignoring case) and logs its report; empty when it could not run. */
    static Optional<RoutineReport> report(AppServices services, LaunchOptions options, String name) throws Exception {
        Clock clock = Clock.systemUTC();
        AccountFeature account = new AccountFeature(new YotoAccount(services.settings(), services.dataFolder().root()),
                new HouseholdService(services.executor()), services.dataFolder().root().resolve("demo")
                        .resolve("demo-tokens.json"), options.demoPlayers(), services.executor(), clock);
        Optional<HouseholdService.Opener> opener = account.opener();
        if (opener.isEmpty()) {
            LOG.error("No household to run '{}' on: sign in from the app first (or leave demo mode on).", name);
            return Optional.empty();
        }
        try (HouseholdConnection connection = opener.get().open()) {
            RoutineStore store = new RoutineStore(services.database());
            for (Routine example : RoutinesViewModel.examplesOnce(services.settings(), fixed(connection))) {
                if (store.all().stream().noneMatch(r -> r.name().equals(example.name()))) {
                    store.save(example, null);
                }
            }
            List<Routine> routines = store.all();
            Optional<Routine> routine = routines.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
            if (routine.isEmpty()) {
                LOG.error("There is no routine called '{}'. The routines are: {}", name,
                        routines.stream().map(Routine::name).toList());
                return Optional.empty();
            }
            awaitPlayers(connection, routine.get().players());
            RoutineReport report = RoutinesFeature.runner(connection).run(routine.get(),
                    outcome -> LOG.info("{}", outcome.describe()));
            LOG.info("{}", report.summary());
            return Optional.of(report);
        }
    }

    private static void awaitPlayers(HouseholdConnection connection, List<String> players)
            throws InterruptedException {
        long until = System.nanoTime() + WAIT_FOR_PLAYERS.toNanos();
        while (System.nanoTime() < until
                && !players.stream().allMatch(id -> connection.states().isOnline(id))) {
            Thread.sleep(100);
        }
    }

    /** The open household as a routine source (for making the examples). */
    private static RoutineSource fixed(HouseholdConnection connection) {
        Map<String, String> cards = new LinkedHashMap<>();
        connection.cards().forEach(card -> card.cardId().ifPresent(id -> cards.put(id, card.title())));
        return new RoutineSource() {
            @Override
            public Optional<RoutineRunner> runner() {
                return Optional.of(RoutinesFeature.runner(connection));
            }

            @Override
            public List<PlayerInfo> players() {
                return connection.players();
            }

            @Override
            public Map<String, String> cards() {
                return cards;
            }
        };
    }
}
