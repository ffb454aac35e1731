package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.core.task.NamedThreadFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs each routine that has a schedule in its minute, once, while the app runs. A timer looks
 * every 15 seconds (so a minute is never missed) and checks on {@code fx}, where the routine list
 * lives. A minute missed while the app was closed or the computer asleep is not caught up: a
 * bedtime routine run hours late would wake a child.
 */
public final class RoutineScheduler implements AutoCloseable {

    private final Supplier<List<Routine>> routines;
    private final Consumer<Routine> run;
    private final Clock clock;
    private final Set<String> ran = new HashSet<>();
    private ScheduledExecutorService timer;

    /** @param clock in the household's local zone */
    public RoutineScheduler(Supplier<List<Routine>> routines, Consumer<Routine> run, Clock clock) {
        this.routines = routines;
        this.run = run;
        this.clock = clock;
    }

    /** Runs the routines due in the current minute that have not run in it yet. */
    public void check() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        ran.removeIf(key -> !key.startsWith(now + "/"));
        for (Routine routine : routines.get()) {
            if (routine.schedule().map(s -> s.dueAt(now)).orElse(false) && ran.add(now + "/" + routine.name())) {
                run.accept(routine);
            }
        }
    }

    /** Starts looking every 15 seconds, checking on {@code fx}. */
    public synchronized void start(Executor fx) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("routine-schedule"));
            timer.scheduleAtFixedRate(() -> fx.execute(this::check), 0, 15, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
