package com.yotosmartstream.app.routines;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineRunner;
import com.yotosmartstream.client.routine.RoutineStep;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routines kept in SQLite, edited and run through the view models, on the simulated household. */
class RoutinesViewModelTest {

    @TempDir
    Path temp;

    private Database database;
    private SettingsStore settings;
    private RoutineStore store;
    private SimulatedHousehold household;
    private HouseholdConnection connection;
    private RoutinesViewModel routines;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp.resolve("r.db"), List.of(CoreSchema.migrations(), RoutineStore.migrations()),
                temp.resolve("backups"));
        settings = SettingsStore.load(database, Runnable::run);
        store = new RoutineStore(database);
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.addPlayer("vm1", "Bedroom", "v3");
        household.addPlayer("vm2", "Kitchen", "mini");
        household.account().saveCard(Card.create("Wake-up songs", "linear", List.of(Chapter.of("01", "One",
                List.of(Track.stream("01", "One", household.silenceUrl(60).toString(), "mp3")))))
                .toJson());
        connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), Clock.systemUTC(),
                MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2)));
        routines = new RoutinesViewModel(store, source(), settings, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        connection.close();
        database.close();
    }

    private RoutineSource source() {
        return new RoutineSource() {
            @Override
            public Optional<RoutineRunner> runner() {
                return Optional.of(new RoutineRunner(connection.api(), connection.mqtt(), connection.players(),
                        connection::wholeCard));
            }

            @Override
            public List<PlayerInfo> players() {
                return connection.players();
            }

            @Override
            public Map<String, String> cards() {
                Map<String, String> cards = new LinkedHashMap<>();
                connection.cards().forEach(c -> c.cardId().ifPresent(id -> cards.put(id, c.title())));
                return cards;
            }
        };
    }

    @Test
    void theExamplesAreMadeOnceForTheHouseholdsPlayers() throws Exception {
        routines.load();

        assertThat(routines.routines()).extracting(Routine::name).containsExactly("Bedtime", "Quiet morning");
        assertThat(routines.routines().get(0).players()).containsExactly("vm1", "vm2");
        routines.delete(routines.routines().get(1));
        routines.load();
        assertThat(routines.routines()).extracting(Routine::name).as("a deleted example stays deleted")
                .containsExactly("Bedtime");
    }

    @Test
    void anEditedRoutineIsSavedRenamedInItsPlaceAndRuns() throws Exception {
        routines.load();
        RoutineEditorViewModel editor = routines.editor(Optional.of(routines.routines().get(0)));
        editor.nameProperty().set("Bedtime early");
        editor.players().get(1).chosen().set(false);
        editor.steps().clear();
        editor.addStep(StepRow.Kind.VOLUME).firstProperty().set("4");
        StepRow alarm = editor.addStep(StepRow.Kind.ALARM);
        alarm.firstProperty().set("06:30");
        alarm.cardProperty().set(editor.cards().keySet().iterator().next());
        alarm.daysProperty().set(StepRow.Days.WEEKDAYS);
        editor.scheduledProperty().set(true);
        editor.scheduleTimeProperty().set("18:45");
        boolean[] done = {false};

        assertThat(editor.save(() -> done[0] = true)).isTrue();

        assertThat(done[0]).isTrue();
        assertThat(store.all()).extracting(Routine::name).containsExactly("Bedtime early", "Quiet morning");
        Routine saved = store.all().get(0);
        assertThat(saved.players()).containsExactly("vm1");
        assertThat(saved.schedule()).contains(new Routine.Schedule("1111111", LocalTime.of(18, 45)));
        assertThat(saved.steps().get(1)).isEqualTo(new RoutineStep.WakeAlarm("1111100", LocalTime.of(6, 30),
                alarm.cardProperty().get(), 6));

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> connection.states().isOnline("vm1"),
                () -> "the player to be heard from");
        routines.run(saved);

        assertThat(routines.statusProperty().get()).isEqualTo("Bedtime early: 2 done");
        assertThat(routines.lastReport()).containsExactly("Bedroom: Volume 4: done",
                "Bedroom: Alarm 06:30 (Mon-Fri): done");
        assertThat(connection.api().config("vm1").alarms()).extracting(a -> a.encoded())
                .contains("1111100,06:30," + alarm.cardProperty().get() + ",,,6,1");
    }

    @Test
    void theEditorRefusesWhatCannotBeKeptAndSaysWhy() throws Exception {
        routines.load();
        RoutineEditorViewModel editor = routines.editor(Optional.empty());
        editor.nameProperty().set("Quiet morning");
        editor.players().get(0).chosen().set(true);
        editor.addStep(StepRow.Kind.NIGHT_LIGHT).firstProperty().set("blue");

        assertThat(editor.save(() -> { })).isFalse();
        assertThat(editor.problemProperty().get()).isEqualTo("Night light: 'blue' is not a colour (#rrggbb)");
        editor.steps().get(0).firstProperty().set("#123456");
        assertThat(editor.save(() -> { })).isFalse();
        assertThat(editor.problemProperty().get()).isEqualTo("There is already a routine called Quiet morning");
        editor.nameProperty().set("Evening");
        editor.scheduledProperty().set(true);
        editor.scheduleTimeProperty().set("7pm");
        assertThat(editor.save(() -> { })).isFalse();
        assertThat(editor.problemProperty().get()).contains("'7pm' is not a time of day");
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void aRowThatCannotBeReadIsSkippedAndReported() throws Exception {
        store.save(new Routine("Fine", List.of("vm1"), List.of(new RoutineStep.SetVolume(3)), Optional.empty()), null);
        database.write(c -> {
            try (var insert = c.prepareStatement("INSERT INTO routine (name, position, definition) VALUES (?, ?, ?)")) {
                insert.setString(1, "Broken");
                insert.setInt(2, 5);
                insert.setString(3, "{not json");
                insert.executeUpdate();
            }
            return null;
        });

        assertThat(store.all()).extracting(Routine::name).containsExactly("Fine");
        assertThat(database.badRows()).anySatisfy(row -> assertThat(row.key()).isEqualTo("Broken"));
        assertThat(Files.exists(temp.resolve("r.db"))).isTrue();
    }
}
