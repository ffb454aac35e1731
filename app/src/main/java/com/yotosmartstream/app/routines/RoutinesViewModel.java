package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineExamples;
import com.yotosmartstream.client.routine.RoutineReport;
import com.yotosmartstream.client.routine.StepOutcome;
import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The household's routines as the dashboard shows them: the list (read from {@link RoutineStore};
 * "Bedtime" and "Quiet morning" made once, as examples, for the household's players), running one
 * (in the background, one at a time) and what the last run did on each player. Saving and
 * deleting go through here so every view sees the same list. FX thread.
 */
public final class RoutinesViewModel {

    /** Whether the example routines were made (so deleting them does not bring them back). */
    public static final Setting<Boolean> EXAMPLES_MADE = Setting.ofBoolean("routines.examplesMade", false);

    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<String> lastReport = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final RoutineStore store;
    private final RoutineSource source;
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final List<Consumer<RoutineReport>> reportListeners = new ArrayList<>();

    public RoutinesViewModel(RoutineStore store, RoutineSource source, SettingsStore settings, TaskExecutor executor) {
        this.store = store;
        this.source = source;
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * Reads the routines; the first time a household with players is open, makes the examples
     * for all its players first.
     */
    public void load() {
        List<Routine> examples = examplesOnce(settings, source);
        executor.submit(BackgroundTask.of("Reading the routines", context -> {
            if (!examples.isEmpty() && store.all().isEmpty()) {
                for (Routine example : examples) {
                    store.save(example, null);
                }
            }
            return store.all();
        }).onSuccess(routines::setAll).onFailure(error -> status.set("Could not read the routines: "
                + error.getMessage())));
    }

    /**
     * The example routines for the household's players, the first time a household with players
     * is open (marked as made at once); otherwise none.
     */
    public static List<Routine> examplesOnce(SettingsStore settings, RoutineSource source) {
        List<PlayerInfo> players = source.players();
        if (settings.get(EXAMPLES_MADE) || players.isEmpty()) {
            return List.of();
        }
        settings.put(EXAMPLES_MADE, true);
        List<String> ids = players.stream().map(PlayerInfo::deviceId).toList();
        Optional<String> story = source.cards().keySet().stream().findFirst();
        String title = story.map(id -> source.cards().get(id)).orElse("");
        return List.of(RoutineExamples.bedtime(ids, story, title), RoutineExamples.quietMorning(ids));
    }

    /** Runs the routine on its players in the background; the report says what each step did. */
    public void run(Routine routine) {
        if (running.get()) {
            status.set("Another routine is still running; wait for it to finish.");
            return;
        }
        Optional<com.yotosmartstream.client.routine.RoutineRunner> runner = source.runner();
        if (runner.isEmpty()) {
            status.set("No household is open, so " + routine.name() + " cannot run.");
            return;
        }
        running.set(true);
        status.set("Running " + routine.name() + "…");
        lastReport.clear();
        executor.submit(BackgroundTask.of("Running the routine " + routine.name(),
                context -> runner.get().run(routine, outcome -> context.updateMessage(outcome.describe())))
                .onSuccess(report -> {
                    running.set(false);
                    status.set(report.summary());
                    lastReport.setAll(lines(report));
                    reportListeners.forEach(listener -> listener.accept(report));
                })
                .onFailure(error -> {
                    running.set(false);
                    status.set(routine.name() + " stopped: " + error.getMessage());
                }));
    }

    /** Runs the routine of that name, if there is one (the scheduler). */
    public boolean run(String name) {
        Optional<Routine> routine = find(name);
        routine.ifPresent(this::run);
        return routine.isPresent();
    }

    public Optional<Routine> find(String name) {
        return routines.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The report as lines: one heading per player, then each step's outcome. */
    static List<String> lines(RoutineReport report) {
        List<String> lines = new ArrayList<>();
        report.byPlayer().forEach((id, outcomes) -> {
            for (StepOutcome outcome : outcomes) {
                lines.add(outcome.describe());
            }
        });
        return lines;
    }

    /**
     * Saves (or renames) a routine; {@code previousName} null for a new one. {@code done} runs once
     * it is kept; a failure is shown as the status.
     */
    public void save(Routine routine, String previousName, Runnable done) {
        executor.submit(BackgroundTask.of("Saving the routine " + routine.name(), context -> {
            store.save(routine, previousName);
            return store.all();
        }).onSuccess(all -> {
            routines.setAll(all);
            done.run();
        }).onFailure(error -> status.set("Could not save " + routine.name() + ": " + error.getMessage())));
    }

    public void delete(Routine routine) {
        executor.submit(BackgroundTask.of("Deleting the routine " + routine.name(), context -> {
            store.delete(routine.name());
            return store.all();
        }).onSuccess(routines::setAll).onFailure(error -> status.set("Could not delete " + routine.name() + ": "
                + error.getMessage())));
    }

    /** Told of each finished run (the command line logs it). */
    public void onReport(Consumer<RoutineReport> listener) {
        reportListeners.add(listener);
    }

    public ObservableList<Routine> routines() {
        return routines;
    }

    /** What the last run did, a line per step and player ("Bedroom: Volume 5: done"). */
    public ObservableList<String> lastReport() {
        return lastReport;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public RoutineSource source() {
        return source;
    }

    /** A fresh editor for {@code routine}, or for a new routine when empty. */
    public RoutineEditorViewModel editor(Optional<Routine> routine) {
        return new RoutineEditorViewModel(routine, source.players(), source.cards(), this);
    }
}
