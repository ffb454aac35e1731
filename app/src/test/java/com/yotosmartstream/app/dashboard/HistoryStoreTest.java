package com.yotosmartstream.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final Instant T = Instant.parse("2026-11-21T20:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private HistoryStore history;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp.resolve("h.db"), List.of(CoreSchema.migrations(), HistoryStore.migrations()),
                temp.resolve("backups"));
        history = new HistoryStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PlayerState state(String status, String events) {
        PlayerState state = PlayerState.unknown("p").merge(PlayerField.Source.STATUS,
                JsonParser.parseString(status).getAsJsonObject(), T).state();
        return state.merge(PlayerField.Source.EVENTS, JsonParser.parseString(events).getAsJsonObject(), T).state();
    }

    @Test
    void aSampleIsKeptWhenSomethingChangedOrAMinutePassed() throws Exception {
        PlayerState playing = state("{\"batteryLevel\":80}", "{\"volume\":8,\"playbackStatus\":\"playing\"}");

        assertThat(history.record(playing, T)).isTrue();
        assertThat(history.record(playing, T.plusSeconds(30))).isFalse();
        assertThat(history.record(state("{\"batteryLevel\":79}", "{\"volume\":8,\"playbackStatus\":\"playing\"}"),
                T.plusSeconds(40))).isTrue();
        assertThat(history.record(playing, T.plusSeconds(200))).isTrue();

        assertThat(history.samples("p", T.minusSeconds(1))).extracting(HistoryStore.Sample::battery)
                .containsExactly(80, 79, 80);
        assertThat(history.samples("p", T).get(0)).isEqualTo(new HistoryStore.Sample(T, 80, 8, true));
    }

    @Test
    void samplesOlderThanADayAreRemoved() throws Exception {
        history.record(state("{\"batteryLevel\":50}", "{}"), T);
        history.record(state("{\"batteryLevel\":40}", "{}"), T.plus(Duration.ofHours(25)));

        assertThat(history.samples("p", Instant.EPOCH)).extracting(HistoryStore.Sample::battery).containsExactly(40);
    }

    @Test
    void unknownValuesAreKeptAsUnknown() throws Exception {
        history.record(PlayerState.unknown("p"), T);

        assertThat(history.samples("p", Instant.EPOCH)).containsExactly(new HistoryStore.Sample(T, null, null, false));
    }
}
