package com.yotosmartstream.app.players;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings dialog's view model on the real client and the simulated cloud. */
class PlayerSettingsViewModelTest {

    @TempDir
    Path temp;

    private SimulatedHousehold household;
    private HouseholdConnection connection;
    private final List<PlayerConfig> saved = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.addPlayer("set1", "Bedroom", "v3");
        household.addPlayer("set2", "Kitchen", "mini");
        JsonObject config = household.account().config("set1").orElseThrow();
        config.addProperty("futureSetting", "kept");
        household.account().replaceConfig("set1", config);
        connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), Clock.systemUTC(),
                MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private PlayerSettingsViewModel settings(String deviceId) {
        YotoApi api = connection.api();
        PlayerSettingsViewModel vm = new PlayerSettingsViewModel(deviceId, connection.players().stream()
                .filter(p -> p.deviceId().equals(deviceId)).findFirst().orElseThrow().capabilities(),
                new PlayerSettingsViewModel.ConfigAccess() {
                    @Override
                    public PlayerConfig read() throws YotoException, InterruptedException {
                        return api.config(deviceId);
                    }

                    @Override
                    public PlayerConfig change(UnaryOperator<PlayerConfig> change)
                            throws YotoException, InterruptedException {
                        return api.updateConfig(deviceId, change);
                    }
                }, new CurrentThreadTaskExecutor(), saved::add);
        vm.load();
        return vm;
    }

    @Test
    void twoDialogsEditingDifferentFieldsInTurnKeepBothChanges() {
        PlayerSettingsViewModel first = settings("set1");
        PlayerSettingsViewModel second = settings("set1");
        JsonObject before = household.account().config("set1").orElseThrow();
        AtomicInteger closed = new AtomicInteger();

        first.textProperty(PlayerConfig.NIGHT_MAX_VOLUME_LIMIT).set("5");
        first.save(closed::incrementAndGet);
        AlarmRow alarm = second.addAlarm();
        alarm.timeProperty().set("06:45");
        second.textProperty(PlayerConfig.DAY_TIME).set("06:30");
        second.save(closed::incrementAndGet);

        JsonObject stored = household.account().config("set1").orElseThrow();
        assertThat(closed).hasValue(2);
        assertThat(stored.get("nightMaxVolumeLimit").getAsString()).isEqualTo("5");
        assertThat(stored.get("dayTime").getAsString()).isEqualTo("06:30");
        assertThat(stored.getAsJsonArray("alarms").get(0).getAsString()).isEqualTo("1111100,06:45,,,,8,1");
        JsonObject expected = before.deepCopy();
        expected.addProperty("nightMaxVolumeLimit", "5");
        expected.addProperty("dayTime", "06:30");
        expected.add("alarms", stored.get("alarms"));
        assertThat(stored).as("only the changed keys changed; the unknown one is kept").isEqualTo(expected);
        assertThat(saved).hasSize(2);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        PlayerSettingsViewModel vm = settings("set1");
        int writes = household.account().configWrites("set1");
        AtomicInteger closed = new AtomicInteger();

        vm.textProperty(PlayerConfig.NIGHT_TIME).set("25:00");
        vm.save(closed::incrementAndGet);
        assertThat(vm.problemProperty().get()).contains("Night starts").contains("not a time");

        vm.textProperty(PlayerConfig.NIGHT_TIME).set("19:00");
        vm.textProperty(PlayerConfig.MAX_VOLUME_LIMIT).set("17");
        vm.save(closed::incrementAndGet);
        assertThat(vm.problemProperty().get()).contains("Day volume limit").contains("0 to 16");

        vm.textProperty(PlayerConfig.MAX_VOLUME_LIMIT).set("12");
        vm.textProperty(PlayerConfig.NIGHT_AMBIENT_COLOUR).set("blue");
        vm.save(closed::incrementAndGet);
        assertThat(vm.problemProperty().get()).contains("Night light").contains("#rrggbb");

        assertThat(closed).hasValue(0);
        assertThat(household.account().configWrites("set1")).isEqualTo(writes);
        assertThat(vm.textProperty(PlayerConfig.NIGHT_AMBIENT_COLOUR).get()).as("the edit stays").isEqualTo("blue");
    }

    @Test
    void aFailedWriteSaysSoAndKeepsTheEdits() {
        PlayerSettingsViewModel vm = settings("set1");
        vm.textProperty(PlayerConfig.NIGHT_MAX_VOLUME_LIMIT).set("3");
        household.cloud().failNextApiCalls(403, 1, null);
        AtomicInteger closed = new AtomicInteger();

        vm.save(closed::incrementAndGet);

        assertThat(closed).hasValue(0);
        assertThat(vm.problemProperty().get()).contains("did not take").contains("still here");
        assertThat(vm.textProperty(PlayerConfig.NIGHT_MAX_VOLUME_LIMIT).get()).isEqualTo("3");
        vm.save(closed::incrementAndGet);
        assertThat(closed).as("the same edits saved on a second try").hasValue(1);
        assertThat(household.account().config("set1").orElseThrow().get("nightMaxVolumeLimit").getAsString())
                .isEqualTo("3");
    }

    @Test
    void aMiniOffersNeitherNightLightNorAutomaticBrightnessAndItsColoursAreNotChecked() {
        PlayerSettingsViewModel mini = settings("set2");

        assertThat(mini.capabilities().ambientLight()).isFalse();
        assertThat(mini.autoBrightnessOffered()).isFalse();
        assertThat(settings("set1").autoBrightnessOffered()).isTrue();
    }

    @Test
    void anAlarmCanBeSwitchedOffAndDeletedAndTheNextAlarmIsTheTilesText() {
        PlayerSettingsViewModel vm = settings("set1");
        vm.addAlarm().timeProperty().set("07:00");
        AlarmRow late = vm.addAlarm();
        late.timeProperty().set("08:15");
        vm.save(() -> { });
        PlayerSettingsViewModel again = settings("set1");
        assertThat(again.alarms()).hasSize(2);

        again.alarms().get(0).enabledProperty().set(false);
        again.save(() -> { });
        List<Alarm> stored = saved.get(saved.size() - 1).alarms();
        assertThat(stored.get(0).encoded()).isEqualTo("1111100,07:00,,,,8,0");
        assertThat(NextAlarm.text(stored, LocalDateTime.of(2026, 12, 7, 6, 0))).as("a Monday: the 08:15 one")
                .isEqualTo("alarm 08:15");

        PlayerSettingsViewModel third = settings("set1");
        third.deleteAlarm(third.alarms().get(0));
        third.save(() -> { });
        assertThat(household.account().config("set1").orElseThrow().getAsJsonArray("alarms")).hasSize(1);
    }

    @Test
    void theNextAlarmSkipsDaysItDoesNotRingOn() {
        List<Alarm> weekend = List.of(Alarm.of("0000011", LocalTime.of(9, 0), "", 5, true));
        assertThat(NextAlarm.text(weekend, LocalDateTime.of(2026, 12, 7, 6, 0))).isEqualTo("alarm Sat 09:00");
        assertThat(NextAlarm.text(weekend, LocalDateTime.of(2026, 12, 12, 6, 0))).isEqualTo("alarm 09:00");
        assertThat(NextAlarm.text(List.of(Alarm.of("1111111", LocalTime.of(9, 0), "", 5, false)),
                LocalDateTime.of(2026, 12, 7, 6, 0))).isEmpty();
    }
}
