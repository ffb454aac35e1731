package com.yotosmartstream.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.trace.CardMap;
import com.yotosmartstream.story.trace.Choice;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.JourneyStore;
import com.yotosmartstream.story.trace.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJourneyStoreTest {

    private static final Instant T = Instant.parse("2026-11-22T18:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private SqliteJourneyStore store;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp.resolve("j.db"), List.of(CoreSchema.migrations(), SqliteJourneyStore.migrations()),
                temp.resolve("backups"));
        store = new SqliteJourneyStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Journey journey(String card, int minute) {
        Instant start = T.plusSeconds(minute * 60L);
        return new Journey(0, card, "S1", "dev1", "Kitchen", start, start.plusSeconds(50), List.of(
                new Journey.Step("01", Optional.of("n1"), start, Duration.ofMillis(12_345), Choice.LEFT),
                new Journey.Step("07", Optional.empty(), start.plusMillis(12_345), Duration.ofSeconds(3), Choice.UNKNOWN),
                new Journey.Step("02", Optional.of("n2"), start.plusMillis(15_345), Duration.ofSeconds(34), Choice.END)),
                Outcome.ENDING);
    }

    @Test
    void aJourneyReadsBackAsItWasStoredWithItsId() throws Exception {
        Journey saved = store.save(journey("c1", 0));

        assertThat(saved.id()).isPositive();
        assertThat(store.journeys("c1")).containsExactly(saved);
        assertThat(store.journeys("c2")).isEmpty();
    }

    @Test
    void journeysComeNewestFirstAndDeletedOnesAreGone() throws Exception {
        Journey older = store.save(journey("c1", 0));
        Journey newer = store.save(journey("c1", 5));

        assertThat(store.journeys("c1")).containsExactly(newer, older);
        assertThat(store.delete(older.id())).isTrue();
        assertThat(store.delete(older.id())).isFalse();
        assertThat(store.journeys("c1")).containsExactly(newer);
    }

    @Test
    void onlyTheNewestJourneysOfEachCardAreKept() throws Exception {
        for (int i = 0; i < JourneyStore.KEEP_PER_CARD + 3; i++) {
            store.save(journey("c1", i));
        }
        store.save(journey("c2", 0));

        List<Journey> kept = store.journeys("c1");
        assertThat(kept).hasSize(JourneyStore.KEEP_PER_CARD);
        assertThat(kept.get(kept.size() - 1).started()).isEqualTo(T.plusSeconds(3 * 60L));
        assertThat(store.journeys("c2")).hasSize(1);
    }

    @Test
    void aDamagedRowIsLeftOutAndTheRestIsRead() throws Exception {
        Journey good = store.save(journey("c1", 0));
        database.write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO journey (card_id, story_id, device_id,"
                    + " player_name, started_ms, ended_ms, outcome, steps) VALUES ('c1', 'S', 'd', 'n', 1, 2,"
                    + " 'SOMETHING_NEW', 'not json')")) {
                insert.executeUpdate();
            }
            return null;
        });

        assertThat(store.journeys("c1")).containsExactly(good);
    }

    @Test
    void storyCardsAreRememberedOnePerCardAndReadBack() throws Exception {
        CardMap first = new CardMap("c1", "S1", Map.of("n1", new CardMap.Node("01", Map.of(Exit.LEFT, "n2")),
                "n2", new CardMap.Node("02", Map.of(Exit.END, ""))));
        CardMap second = new CardMap("c1", "S1", Map.of("n1", new CardMap.Node("01", Map.of())));
        CardMap other = new CardMap("c2", "S2", Map.of());

        store.rememberCard(first);
        store.rememberCard(other);
        assertThat(store.cards()).containsExactlyInAnyOrder(first, other);
        store.rememberCard(second);

        assertThat(store.cards()).containsExactlyInAnyOrder(second, other);
    }
}
