package com.yotosmartstream.app.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.StoreCards;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a household through the real client against a simulated one. */
class HouseholdConnectionTest {

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T19:00:00Z"));
    private SimulatedHousehold household;
    private HouseholdConnection connection;
    private String ownId;

    @BeforeEach
    void start() {
        household = SimulatedHousehold.start(clock);
        household.addPlayer("h1", "Bedroom", "v3");
        household.addStoreCards();
        ownId = household.account().saveCard(Card.create("Bedtime", "linear", List.of(Chapter.of("01", "One",
                List.of(Track.stream("01", "One", household.silenceUrl(60).toString(), "mp3"))))).toJson())
                .orElseThrow().get("cardId").getAsString();
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        } else {
            household.close();
        }
    }

    private HouseholdConnection open() throws Exception {
        connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), clock, MqttOptions.defaults());
        return connection;
    }

    @Test
    void aRefusedFamilyLibraryLeavesTheHouseholdOpenWithItsPlayersAndOwnCards() throws Exception {
        household.cloud().refusePath("/card/family/library", 403);

        HouseholdConnection opened = open();

        assertThat(opened.players()).extracting(p -> p.deviceId()).containsExactly("h1");
        assertThat(opened.cards()).extracting(Card::title).containsExactly("Bedtime");
    }

    @Test
    void refusedOwnCardsLeaveTheFamilyLibrary() throws Exception {
        household.cloud().refusePath("/content/mine", 403);

        assertThat(open().cards()).extracting(c -> c.cardId().orElseThrow())
                .containsExactlyInAnyOrder(StoreCards.FARMYARD, StoreCards.BEDTIME, StoreCards.ANIMALS);
    }

    @Test
    void theListsCarryNoChaptersAndTheWholeCardIsFetchedOnDemandFromTheRightAddress() throws Exception {
        HouseholdConnection opened = open();

        assertThat(opened.card(StoreCards.BEDTIME).orElseThrow().chapters()).isEmpty();
        assertThat(opened.wholeCard(StoreCards.BEDTIME).chapters()).extracting(Chapter::key)
                .containsExactly("1", "2", "3");
        assertThat(opened.wholeCard(ownId).chapters()).extracting(Chapter::key).containsExactly("01");
        assertThat(opened.cachedWholeCard(StoreCards.BEDTIME)).isPresent();
    }
}
