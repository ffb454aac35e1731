package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.PlayerConfig;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings edits through the real client against the emulator: on/off keys, alarms, two edits in turn. */
class PlayerSettingsRoundTripTest {

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private YotoApi api;

    @BeforeEach
    void signIn() throws Exception {
        fixture = new ApiFixture(temp);
        api = fixture.api;
        fixture.account.addPlayer("y1abc", "Bedroom", "v3");
        JsonObject config = fixture.account.config("y1abc").orElseThrow();
        config.addProperty("bluetoothEnabled", "1"); // as in yoto_api tests/test_models.py's real payload
        config.addProperty("futureSetting", "kept");
        JsonArray alarms = new JsonArray();
        alarms.add("1111111,1100,5WsQg,,,8"); // yoto-nodejs-client devices.js example
        config.add("alarms", alarms);
        fixture.account.replaceConfig("y1abc", config);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void onOffKeysKeepTheirJsonForm() throws Exception {
        api.updateConfig("y1abc", c -> c.withFlag(PlayerConfig.REPEAT_ALL, true)
                .withFlag(PlayerConfig.BLUETOOTH_ENABLED, false));

        JsonObject stored = fixture.account.config("y1abc").orElseThrow();
        assertThat(stored.get("repeatAll").getAsJsonPrimitive().isBoolean()).isTrue();
        assertThat(stored.get("repeatAll").getAsBoolean()).isTrue();
        assertThat(stored.get("bluetoothEnabled").getAsJsonPrimitive().isString()).isTrue();
        assertThat(stored.get("bluetoothEnabled").getAsString()).isEqualTo("0");
        assertThat(stored.get("futureSetting").getAsString()).isEqualTo("kept");
    }

    @Test
    void anAddedAlarmKeepsTheOneThereByteForByte() throws Exception {
        api.updateConfig("y1abc", c -> {
            List<Alarm> alarms = new java.util.ArrayList<>(c.alarms());
            alarms.add(Alarm.of("1111100", LocalTime.of(7, 0), "abcde", 6, true));
            return c.withAlarms(alarms);
        });

        JsonArray stored = fixture.account.config("y1abc").orElseThrow().getAsJsonArray("alarms");
        assertThat(stored.get(0).getAsString()).isEqualTo("1111111,1100,5WsQg,,,8");
        assertThat(stored.get(1).getAsString()).isEqualTo("1111100,07:00,abcde,,,6,1");
        assertThat(api.config("y1abc").alarms()).hasSize(2);
    }

    @Test
    void twoEditsOfDifferentKeysMadeOnTheSameReadingKeepBoth() throws Exception {
        PlayerConfig first = api.config("y1abc");
        PlayerConfig second = api.config("y1abc");
        JsonObject before = fixture.account.config("y1abc").orElseThrow();

        PlayerConfig editedFirst = first.withNightMaxVolumeLimit("5");
        api.updateConfig("y1abc", now -> now.withChangesBetween(first, editedFirst));
        PlayerConfig editedSecond = second.withAlarms(List.of(Alarm.of("1111111", LocalTime.of(6, 30), "", 4, true)));
        api.updateConfig("y1abc", now -> now.withChangesBetween(second, editedSecond));

        JsonObject stored = fixture.account.config("y1abc").orElseThrow();
        assertThat(stored.get("nightMaxVolumeLimit").getAsString()).as("the first edit survives the second")
                .isEqualTo("5");
        assertThat(stored.getAsJsonArray("alarms").get(0).getAsString()).isEqualTo("1111111,06:30,,,,4,1");
        JsonObject expected = before.deepCopy();
        expected.addProperty("nightMaxVolumeLimit", "5");
        expected.add("alarms", stored.getAsJsonArray("alarms"));
        assertThat(stored).as("nothing else changed").isEqualTo(expected);
    }
}
