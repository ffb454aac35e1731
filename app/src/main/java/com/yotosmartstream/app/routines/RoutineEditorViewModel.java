package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineStep;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One routine in the editor: its name, which players, its steps (each says whether it needs the
 * app running or lives on the player), and when the app runs it by itself. {@link #save} checks
 * everything and says the first reason it cannot be kept.
 */
public final class RoutineEditorViewModel {

    /** A player the routine can be for. */
    public record PlayerChoice(String deviceId, String name, BooleanProperty chosen) {
    }

    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<PlayerChoice> players = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final BooleanProperty scheduled = new SimpleBooleanProperty();
    private final StringProperty scheduleTime = new SimpleStringProperty("19:00");
    private final javafx.beans.property.ObjectProperty<StepRow.Days> scheduleDays =
            new javafx.beans.property.SimpleObjectProperty<>(StepRow.Days.EVERY_DAY);
    private final StringProperty problem = new SimpleStringProperty("");
    private final String previousName;
    private final Map<String, String> cards;
    private final RoutinesViewModel routines;

    RoutineEditorViewModel(Optional<Routine> routine, List<PlayerInfo> household, Map<String, String> cards,
            RoutinesViewModel routines) {
        this.cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
        this.routines = routines;
        this.previousName = routine.map(Routine::name).orElse(null);
        List<String> chosen = routine.map(Routine::players).orElse(List.of());
        for (PlayerInfo player : household) {
            players.add(new PlayerChoice(player.deviceId(), player.name(),
                    new SimpleBooleanProperty(chosen.contains(player.deviceId()))));
        }
        for (String id : chosen) { // a player no longer in the household stays, so saving does not drop it silently
            if (household.stream().noneMatch(p -> p.deviceId().equals(id))) {
                players.add(new PlayerChoice(id, id + " (not in the household)", new SimpleBooleanProperty(true)));
            }
        }
        routine.ifPresent(r -> {
            name.set(r.name());
            r.steps().forEach(step -> steps.add(StepRow.of(step)));
            r.schedule().ifPresent(s -> {
                scheduled.set(true);
                scheduleTime.set(String.format(java.util.Locale.ROOT, "%02d:%02d", s.at().getHour(),
                        s.at().getMinute()));
                scheduleDays.set(StepRow.Days.of(s.days()));
            });
        });
    }

    /** Adds a step of {@code kind} at the end and returns it. */
    public StepRow addStep(StepRow.Kind kind) {
        StepRow row = new StepRow(kind);
        steps.add(row);
        return row;
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
    }

    /** Moves a step one place up (-1) or down (+1). */
    public void move(StepRow row, int by) {
        int from = steps.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < steps.size()) {
            steps.remove(from);
            steps.add(to, row);
        }
    }

    private Optional<Routine> build() {
        List<RoutineStep> built = new ArrayList<>();
        for (StepRow row : steps) {
            StepRow.Result result = row.toStep(cards);
            if (result.problem().isPresent()) {
                problem.set(result.problem().get());
                return Optional.empty();
            }
            built.add(result.step().orElseThrow());
        }
        Optional<Routine.Schedule> schedule = Optional.empty();
        if (scheduled.get()) {
            String at = scheduleTime.get() == null ? "" : scheduleTime.get().strip();
            Optional<LocalTime> time = Alarm.parseTime(at).filter(t -> at.contains(":"));
            if (time.isEmpty()) {
                problem.set("Runs at: '" + at + "' is not a time of day (00:00 to 23:59)");
                return Optional.empty();
            }
            schedule = Optional.of(new Routine.Schedule(scheduleDays.get().flags(), time.get()));
        }
        String newName = name.get() == null ? "" : name.get().strip();
        Routine routine = new Routine(newName, players.stream().filter(p -> p.chosen().get())
                .map(PlayerChoice::deviceId).toList(), built, schedule);
        List<String> problems = new ArrayList<>(routine.problems());
        if (!newName.equals(previousName) && routines.find(newName).isPresent()) {
            problems.add("There is already a routine called " + newName);
        }
        if (!problems.isEmpty()) {
            problem.set(problems.get(0));
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(routine);
    }

    /** Checks and saves; {@code done} runs once it is kept. Returns false (and says why) when refused. */
    public boolean save(Runnable done) {
        Optional<Routine> routine = build();
        routine.ifPresent(r -> routines.save(r, previousName, done));
        return routine.isPresent();
    }

    /** A sentence for the editor: which steps need the app running and which live on the player. */
    public static String whereNote(StepRow.Kind kind) {
        return kind.where() == RoutineStep.Where.PLAYER
                ? "Lives on the player: written into its settings, it works with this computer off."
                : "Needs the app running: sent to the player when the routine runs.";
    }

    /** Whether the schedule needs the app running (it always does: the app runs the routine). */
    public String scheduleNote() {
        return "The app runs the routine at this time while it is open; steps that live on the player"
                + " keep working without it.";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<PlayerChoice> players() {
        return players;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public BooleanProperty scheduledProperty() {
        return scheduled;
    }

    public StringProperty scheduleTimeProperty() {
        return scheduleTime;
    }

    public javafx.beans.property.ObjectProperty<StepRow.Days> scheduleDaysProperty() {
        return scheduleDays;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** The cards a step can play: id -> title. */
    public Map<String, String> cards() {
        return cards;
    }

    public String title() {
        return previousName == null ? "New routine" : "Routine: " + previousName;
    }
}
