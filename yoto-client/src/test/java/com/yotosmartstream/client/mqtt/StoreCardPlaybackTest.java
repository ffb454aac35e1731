package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.api.CardContents;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.StoreCards;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Yoto-made cards of the family library, whose keys are their own ("1", "lion-roar"...), played
 * and skipped through on a virtual player by the real client, with chapters read from
 * {@code GET /card/{id}} because the library lists none.
 */
class StoreCardPlaybackTest {

    private static final String PLAYER = "y1store";

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private YotoMqtt mqtt;
    private CardContents contents;

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        fixture.household.addStoreCards();
        fixture.household.addPlayer(PLAYER, "Bedroom", "v3");
        mqtt = fixture.connect(PLAYER);
        fixture.awaitState(PLAYER, s -> s.batteryLevel().isPresent());
        contents = new CardContents(new YotoApi(fixture.config, fixture.http, fixture.tokens));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private CommandResult send(Command command) throws Exception {
        return mqtt.send(PLAYER, command).get(10, TimeUnit.SECONDS);
    }

    @Test
    void nextChapterOnAStoreCardWithUnpaddedKeysSendsTheKeysTheCardHolds() throws Exception {
        assertThat(send(Command.start(CardStart.of(StoreCards.BEDTIME)))).isEqualTo(CommandResult.OK);
        fixture.awaitState(PLAYER, s -> s.playbackStatus() == PlaybackStatus.PLAYING
                && s.chapterKey().orElse("").equals("1"));
        Card whole = contents.get(StoreCards.BEDTIME);

        assertThat(mqtt.nextChapter(PLAYER, whole).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        fixture.awaitState(PLAYER, s -> s.chapterKey().orElse("").equals("2") && s.trackKey().orElse("").equals("1"));

        assertThat(mqtt.previousChapter(PLAYER, whole).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        fixture.awaitState(PLAYER, s -> s.chapterKey().orElse("").equals("1"));

        assertThat(send(Command.start(CardStart.of(StoreCards.BEDTIME).at("02", "01"))))
                .as("an assumed, padded key is not the card's: the player refuses it").isEqualTo(CommandResult.FAIL);
    }

    @Test
    void nextChapterOnAStoreCardWithNamedKeysGoesToTheChaptersOwnFirstTrack() throws Exception {
        assertThat(send(Command.start(CardStart.of(StoreCards.ANIMALS)))).isEqualTo(CommandResult.OK);
        fixture.awaitState(PLAYER, s -> s.chapterKey().orElse("").equals("intro"));

        assertThat(mqtt.nextChapter(PLAYER, contents.get(StoreCards.ANIMALS)).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.OK);
        fixture.awaitState(PLAYER, s -> s.playbackStatus() == PlaybackStatus.PLAYING
                && s.chapterKey().orElse("").equals("lion") && s.trackKey().orElse("").equals("lion-roar"));
    }

    @Test
    void theFamilyLibraryListCarriesNoChaptersSoNavigationNeedsTheWholeCard() throws Exception {
        Card listed = new YotoApi(fixture.config, fixture.http, fixture.tokens).familyLibrary().stream()
                .filter(c -> c.cardId().orElse("").equals(StoreCards.BEDTIME)).findFirst().orElseThrow();

        assertThat(listed.chapters()).isEmpty();
        assertThat(ChapterNavigation.next(listed, "1")).isEmpty();
        assertThat(ChapterNavigation.next(contents.get(StoreCards.BEDTIME), "1"))
                .contains(CardStart.of(StoreCards.BEDTIME).at("2", "1"));
    }
}
