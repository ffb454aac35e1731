package com.yotosmartstream.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo player's day: 24 hours of samples in local hours, ending at its battery now; seeded once. */
class DemoHistoryTest {

    @TempDir
    Path temp;

    private static final Instant NOW = Instant.parse("2026-11-21T21:00:00Z");

    @Test
    void aDemoDayPlaysInTheEveningChargesOvernightInLocalHours() {
        ZoneId zone = ZoneOffset.ofHours(1);
        List<HistoryStore.Sample> day = DemoHistory.day(0, NOW, zone);

        assertThat(day.get(0).at()).isEqualTo(NOW.minus(HistoryStore.RETENTION));
        assertThat(day.get(day.size() - 1).at()).isEqualTo(NOW);
        assertThat(day).filteredOn(s -> s.at().atZone(zone).getHour() == 3).allSatisfy(s ->
                assertThat(s.battery()).as("full on the dock at night").isEqualTo(100));
        assertThat(day).filteredOn(s -> s.at().atZone(zone).getHour() == 19 && s.at().atZone(zone).getMinute() < 40).allSatisfy(s ->
                assertThat(s.playing()).isTrue());
        assertThat(day).filteredOn(s -> s.at().atZone(zone).getHour() == 12).allSatisfy(s ->
                assertThat(s.playing()).isFalse());
        assertThat(day).extracting(HistoryStore.Sample::battery).allSatisfy(b -> assertThat(b).isBetween(5, 100));
    }

    @Test
    void seedingWritesADayOnlyWhereThereIsNoHistory() throws Exception {
        try (Database database = Database.open(temp.resolve("h.db"), List.of(CoreSchema.migrations(),
                HistoryStore.migrations()), temp.resolve("backups"))) {
            HistoryStore store = new HistoryStore(database);
            List<HistoryStore.Sample> day = DemoHistory.day(1, NOW, ZoneOffset.UTC);

            assertThat(store.seed("p1", day, NOW)).isTrue();
            assertThat(store.seed("p1", day, NOW)).isFalse();

            assertThat(store.samples("p1", NOW.minus(HistoryStore.RETENTION))).hasSize(day.size());
        }
    }
}
