package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.sim.StoreCards;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists without chapters, and whole cards fetched once, against the simulated cloud. */
class CardContentsTest {

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private YotoApi api;
    private String ownId;

    @BeforeEach
    void signIn() throws Exception {
        fixture = new ApiFixture(temp);
        api = fixture.api;
        StoreCards.addTo(fixture.account);
        ownId = api.save(Card.create("Bedtime", "linear", List.of(
                Chapter.of("01", "One", List.of(Track.stream("01", "One", "https://example.test/1.mp3", "mp3")
                        .withDuration(60))),
                Chapter.of("02", "Two", List.of(Track.stream("01", "Two", "https://example.test/2.mp3", "mp3")
                        .withDuration(90)))))).cardId().orElseThrow();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void listsGiveTitlesAndMetadataButNoChaptersAsYotosDo() throws Exception {
        Card mine = api.myCards().get(0);
        assertThat(mine.title()).isEqualTo("Bedtime");
        assertThat(mine.chapters()).isEmpty();
        assertThat(mine.toJson().getAsJsonObject("metadata").getAsJsonObject("media").get("duration").getAsLong())
                .isEqualTo(150);

        assertThat(api.familyLibrary()).extracting(Card::cardId).extracting(o -> o.orElseThrow())
                .containsExactly(StoreCards.FARMYARD, StoreCards.BEDTIME, StoreCards.ANIMALS);
        assertThat(api.familyLibrary()).allSatisfy(card -> assertThat(card.chapters()).isEmpty());
    }

    @Test
    void aStoreCardsChaptersComeFromCardIdWithTheKeysTheCardHolds() throws Exception {
        Card animals = api.libraryCard(StoreCards.ANIMALS);

        assertThat(animals.cardId()).contains(StoreCards.ANIMALS);
        assertThat(animals.chapters()).extracting(Chapter::key).containsExactly("intro", "lion", "owl");
        assertThat(animals.chapters().get(1).tracks()).extracting(Track::key).containsExactly("lion-roar", "lion-sleep");
        assertThat(api.libraryCard(StoreCards.BEDTIME).chapters()).extracting(Chapter::key)
                .containsExactly("1", "2", "3");
        assertThatThrownBy(() -> api.libraryCard("nope1")).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void ownCardsAreReadFromContentAndOthersFromCardAndEachIsFetchedOnce() throws Exception {
        CardContents contents = new CardContents(api);
        contents.ownCards(List.of(ownId));

        assertThat(contents.cached(ownId)).isEmpty();
        assertThat(contents.get(ownId).chapters()).extracting(Chapter::key).containsExactly("01", "02");
        assertThat(contents.get(StoreCards.BEDTIME).chapters()).extracting(Chapter::key).containsExactly("1", "2", "3");

        fixture.cloud.refusePath("/content/" + ownId, 500);
        fixture.cloud.refusePath("/card/" + StoreCards.BEDTIME, 500);
        assertThat(contents.get(ownId).title()).as("from the cache, no call").isEqualTo("Bedtime");
        assertThat(contents.get(StoreCards.BEDTIME).chapters()).hasSize(3);
        assertThat(contents.cached(StoreCards.BEDTIME)).isPresent();

        contents.forget(StoreCards.BEDTIME);
        assertThatThrownBy(() -> contents.get(StoreCards.BEDTIME)).isInstanceOf(YotoApiException.class);
    }

    @Test
    void aCardOnTheOtherListIsFoundThereAfterA404() throws Exception {
        CardContents contents = new CardContents(api);

        assertThat(contents.get(ownId).chapters()).as("not said to be own: /card 404s, then /content").hasSize(2);
        contents.ownCards(List.of(StoreCards.FARMYARD));
        assertThat(contents.get(StoreCards.FARMYARD).chapters()).extracting(Chapter::key)
                .containsExactly("01", "02", "03");
    }
}
