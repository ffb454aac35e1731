package com.yotosmartstream.story.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory store (tests and no database); the app's SQLite store has its own test. */
class JourneyStoreTest {

    static Journey journey(String card, int minute) {
        return new Journey(0, card, "S", "dev1", "Kitchen", Reports.at(minute * 60.0), Reports.at(minute * 60.0 + 30),
                List.of(new Journey.Step("01", Optional.of("n1"), Reports.at(minute * 60.0), Duration.ofSeconds(30),
                        Choice.END)), Outcome.ENDING);
    }

    private final JourneyStore store = JourneyStore.inMemory();

    @Test
    void savedJourneysGetIdsAndComeBackNewestFirstPerCard() throws Exception {
        Journey first = store.save(journey("a", 1));
        Journey second = store.save(journey("a", 2));
        store.save(journey("b", 3));

        assertThat(first.id()).isPositive();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.journeys("a")).containsExactly(second, first);
        assertThat(store.delete(first.id())).isTrue();
        assertThat(store.delete(first.id())).isFalse();
        assertThat(store.journeys("a")).containsExactly(second);
    }

    @Test
    void onlyTheNewestJourneysOfACardAreKept() throws Exception {
        for (int i = 0; i < JourneyStore.KEEP_PER_CARD + 5; i++) {
            store.save(journey("a", i));
        }
        store.save(journey("b", 0));

        List<Journey> kept = store.journeys("a");
        assertThat(kept).hasSize(JourneyStore.KEEP_PER_CARD);
        assertThat(kept.get(kept.size() - 1).started()).isEqualTo(Reports.at(5 * 60.0));
        assertThat(store.journeys("b")).hasSize(1);
    }

    @Test
    void cardMapsAreRememberedOnePerCard() throws Exception {
        CardMap one = new CardMap("a", "S", Map.of("n1", new CardMap.Node("01", Map.of())));
        CardMap two = new CardMap("a", "S", Map.of("n1", new CardMap.Node("02", Map.of())));

        store.rememberCard(one);
        store.rememberCard(two);

        assertThat(store.cards()).containsExactly(two);
    }
}
