package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real client commanding simulated players over the simulated broker. */
class VirtualPlayerTest {

    private static final String BEDROOM = "y1bedroom";
    private static final String KITCHEN = "y2kitchen";

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private YotoMqtt mqtt;
    private VirtualPlayer bedroom;

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        bedroom = fixture.household.addPlayer(BEDROOM, "Bedroom", "v3");
        fixture.household.addPlayer(KITCHEN, "Kitchen", "mini");
        mqtt = fixture.connect(BEDROOM, KITCHEN);
        fixture.awaitState(BEDROOM, s -> s.volumeStep().isPresent() && s.batteryLevel().isPresent());
        fixture.awaitState(KITCHEN, s -> s.volumeStep().isPresent());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private CommandResult send(String deviceId, Command command) throws Exception {
        return mqtt.send(deviceId, command).get(10, TimeUnit.SECONDS);
    }

    private String saveCard(Card card) {
        return fixture.household.account().saveCard(card.toJson()).orElseThrow().get("cardId").getAsString();
    }

    private Track stream(String key, int seconds) {
        return Track.stream(key, "Track " + key, fixture.household.silenceUrl(seconds).toString(), "mp3");
    }

    private String linearCard() {
        return saveCard(Card.create("Three chapters", "linear", List.of(
                Chapter.of("01", "One", List.of(stream("01", 3))),
                Chapter.of("02", "Two", List.of(stream("01", 4), stream("02", 5))),
                Chapter.of("03", "Three", List.of(stream("01", 6))))));
    }

    @Test
    void aStreamedTrackIsFetchedAndDecodedToLearnItsLength() throws Exception {
        String cardId = linearCard();

        assertThat(send(BEDROOM, Command.start(CardStart.of(cardId).at("02", "02")))).isEqualTo(CommandResult.OK);

        PlayerState state = fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);
        assertThat(state.cardId()).contains(cardId);
        assertThat(state.chapterKey()).contains("02");
        assertThat(state.trackKey()).contains("02");
        assertThat(state.trackLengthSeconds()).contains(5.0);
        assertThat(bedroom.trackLengthSeconds()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aStreamThatIsNotAudioStopsThePlayer() throws Exception {
        String cardId = saveCard(Card.create("Broken", "linear", List.of(Chapter.of("01", "One", List.of(
                Track.stream("01", "web page", fixture.household.brokenStreamUrl().toString(), "mp3"))))));

        send(BEDROOM, Command.start(CardStart.of(cardId)));

        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.STOPPED && s.cardId().isPresent());
        assertThat(bedroom.lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("not MP3 audio"));
    }

    @Test
    void aMissingStreamStopsThePlayer() throws Exception {
        String cardId = saveCard(Card.create("Gone", "linear", List.of(Chapter.of("01", "One", List.of(
                Track.stream("01", "gone", fixture.household.cloud().baseUri() + "/nothing-here.mp3", "mp3"))))));

        send(BEDROOM, Command.start(CardStart.of(cardId)));

        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.STOPPED && s.cardId().isPresent());
        assertThat(bedroom.lastProblem()).hasValueSatisfying(p -> assertThat(p)
                .isEqualTo("'gone' could not play: the server answered HTTP 404 (not found)."));
    }

    @Test
    void anUnknownCardOrKeyFails() throws Exception {
        String cardId = linearCard();

        assertThat(send(BEDROOM, Command.start(CardStart.of("nope1")))).isEqualTo(CommandResult.FAIL);
        assertThat(send(BEDROOM, Command.start(CardStart.of(cardId).at("09", "01")))).isEqualTo(CommandResult.FAIL);
    }

    @Test
    void positionAdvancesWithTimeAndALinearCardRunsOnToTheNextTrack() throws Exception {
        String cardId = linearCard();
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        fixture.household.advance(Duration.ofSeconds(4));

        PlayerState state = fixture.awaitState(BEDROOM,
                s -> s.chapterKey().orElse("").equals("02") && s.playbackStatus() == PlaybackStatus.PLAYING);
        assertThat(state.trackKey()).contains("01");
        assertThat(state.trackLengthSeconds()).contains(4.0);
    }

    @Test
    void positionUpdatesArePublishedWhilePlaying() throws Exception {
        String cardId = saveCard(Card.create("Long", "linear",
                List.of(Chapter.of("01", "One", List.of(stream("01", 60))))));
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        fixture.household.advance(Duration.ofSeconds(12));

        assertThat(fixture.awaitState(BEDROOM, s -> s.positionSeconds().orElse(0.0) >= 10).positionSeconds())
                .hasValueSatisfying(p -> assertThat(p).isBetween(10.0, 12.0));
    }

    @Test
    void nextAndPreviousChapterAreBuiltOnCardStart() throws Exception {
        String cardId = linearCard();
        Card card = new Card(fixture.household.account().card(cardId).orElseThrow());
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("01"));

        assertThat(mqtt.nextChapter(BEDROOM, card).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("02"));
        assertThat(mqtt.previousChapter(BEDROOM, card).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("01"));

        assertThat(bedroom.commandsReceived()).filteredOn("card/start"::equals).hasSize(3);
    }

    @Test
    void anInteractiveCardFollowsItsButtonAndEndOfTrackEvents() throws Exception {
        Track start = stream("01", 30)
                .withAction(Track.Event.LEFT_BUTTON, new CardAction.Goto("02", "01"))
                .withAction(Track.Event.RIGHT_BUTTON, new CardAction.Goto("03", "01"));
        Track cave = stream("01", 30).withAction(Track.Event.END, new CardAction.Goto("04", "01"));
        Track forest = stream("01", 30).withAction(Track.Event.END, new CardAction.Stop());
        Track ending = stream("01", 30).withAction(Track.Event.END, new CardAction.Goto("01", "01"));
        String cardId = saveCard(Card.create("Adventure", "interactive", List.of(
                Chapter.of("01", "Start", List.of(start)), Chapter.of("02", "Cave", List.of(cave)),
                Chapter.of("03", "Forest", List.of(forest)), Chapter.of("04", "Treasure", List.of(ending)))));
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        bedroom.pressLeft();
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("02")
                && s.playbackStatus() == PlaybackStatus.PLAYING);
        bedroom.finishTrack();
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("04")
                && s.playbackStatus() == PlaybackStatus.PLAYING);
        fixture.household.advance(Duration.ofSeconds(31));
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("01")
                && s.playbackStatus() == PlaybackStatus.PLAYING);
        bedroom.pressRight();
        fixture.awaitState(BEDROOM, s -> s.chapterKey().orElse("").equals("03")
                && s.playbackStatus() == PlaybackStatus.PLAYING);
        bedroom.finishTrack();

        assertThat(fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.STOPPED).chapterKey())
                .contains("03");
    }

    @Test
    void pauseResumeAndStopChangeThePlaybackStatus() throws Exception {
        String cardId = linearCard();
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        assertThat(send(BEDROOM, Command.pause())).isEqualTo(CommandResult.OK);
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PAUSED);
        assertThat(send(BEDROOM, Command.pause())).isEqualTo(CommandResult.FAIL);
        assertThat(send(BEDROOM, Command.resume())).isEqualTo(CommandResult.OK);
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);
        assertThat(send(BEDROOM, Command.stop())).isEqualTo(CommandResult.OK);
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.STOPPED);
    }

    @Test
    void theSleepTimerCountsDownAndPausesPlayback() throws Exception {
        String cardId = saveCard(Card.create("Long", "linear",
                List.of(Chapter.of("01", "One", List.of(stream("01", 600))))));
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        assertThat(send(BEDROOM, Command.sleepTimer(Duration.ofSeconds(60)))).isEqualTo(CommandResult.OK);
        assertThat(fixture.awaitState(BEDROOM, s -> s.sleepTimerSeconds().isPresent()).sleepTimerSeconds()).contains(60);
        fixture.household.advance(Duration.ofSeconds(61));

        PlayerState state = fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PAUSED);
        assertThat(state.sleepTimerSeconds()).isEmpty();
    }

    @Test
    void theVolumeLimitCapsWhatACommandCanSet() throws Exception {
        bedroom.setVolumeLimit(10);
        fixture.awaitState(BEDROOM, s -> s.volumeMaxStep().orElse(0) == 10);

        assertThat(send(BEDROOM, Command.volume(100))).isEqualTo(CommandResult.OK);

        assertThat(fixture.awaitState(BEDROOM, s -> s.volumeStep().orElse(0) == 10).volumeStep()).contains(10);
    }

    @Test
    void anAmbientLightFailsOnAMiniAndChangesTheNightlightElsewhere() throws Exception {
        assertThat(send(KITCHEN, Command.ambientLight(255, 0, 0))).isEqualTo(CommandResult.FAIL);
        assertThat(send(BEDROOM, Command.ambientLight(255, 0, 0))).isEqualTo(CommandResult.OK);

        fixture.awaitState(BEDROOM, s -> s.text(com.yotosmartstream.client.player.PlayerField.NIGHTLIGHT_MODE)
                .orElse("").equals("0xff0000"));
    }

    @Test
    void rebootDisplayPreviewAndBluetoothAreAnswered() throws Exception {
        assertThat(send(BEDROOM, Command.displayPreview("yoto:#abc", Duration.ofSeconds(5), false)))
                .isEqualTo(CommandResult.OK);
        assertThat(send(BEDROOM, Command.bluetooth(false))).isEqualTo(CommandResult.OK);
        assertThat(send(BEDROOM, Command.reboot())).isEqualTo(CommandResult.OK);
        assertThat(send(BEDROOM, new Command("self-destruct", null))).isEqualTo(CommandResult.FAIL);
    }

    @Test
    void theBatteryDrainsWhilePlayingAndChargesOnTheDock() throws Exception {
        String cardId = saveCard(Card.create("Long", "linear",
                List.of(Chapter.of("01", "One", List.of(stream("01", 3600))))));
        send(BEDROOM, Command.start(CardStart.of(cardId)));
        fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING);

        fixture.household.advance(Duration.ofMinutes(30));
        mqtt.requestStatus(BEDROOM);
        assertThat(fixture.awaitState(BEDROOM, s -> s.batteryLevel().orElse(100) <= 70).batteryLevel().orElseThrow()).isBetween(69, 70);

        bedroom.setCharging(true);
        fixture.household.advance(Duration.ofMinutes(10));
        mqtt.requestStatus(BEDROOM);
        PlayerState state = fixture.awaitState(BEDROOM, s -> s.batteryLevel().orElse(0) >= 79);
        assertThat(state.charging()).contains(true);
    }

    @Test
    void eventsStopFiveMinutesAfterTheLastRequestAndTheHeartbeatKeepsThemComing() throws Exception {
        fixture.household.advance(Duration.ofMinutes(5));
        assertThat(bedroom.eventsActive()).isFalse();

        long before = bedroom.commandsReceived().stream().filter("events/request"::equals).count();
        fixture.close();
        fixture = new HouseholdFixture(temp.resolve("again"));
        VirtualPlayer player = fixture.household.addPlayer(BEDROOM, "Bedroom", "v3");
        fixture.connect(HouseholdFixture.fastOptions().withHeartbeat(Duration.ofMillis(200)), BEDROOM);
        HouseholdFixture.await(() -> player.commandsReceived().stream().filter("events/request"::equals).count() >= 3,
                "three heartbeats");
        fixture.household.advance(Duration.ofMinutes(4));
        HouseholdFixture.await(() -> player.commandsReceived().stream().filter("events/request"::equals).count() >= 4,
                "another heartbeat");
        fixture.household.advance(Duration.ofMinutes(4));

        assertThat(before).isEqualTo(1);
        assertThat(player.eventsActive()).isTrue();
    }

    @Test
    void statusRequestsGoOneAtATime() throws Exception {
        long before = bedroom.commandsReceived().stream().filter("status/request"::equals).count();

        for (int i = 0; i < 10; i++) {
            mqtt.requestStatus(BEDROOM);
        }
        Thread.sleep(500);

        long sent = bedroom.commandsReceived().stream().filter("status/request"::equals).count() - before;
        assertThat(sent).isBetween(1L, 2L);
    }

    @Test
    void aPlayerThatIsSwitchedOffGoesOfflineAndItsCommandsTimeOut() throws Exception {
        YotoMqtt quick = mqtt;
        bedroom.setPoweredOn(false);
        HouseholdFixture.await(() -> !fixture.states.isOnline(BEDROOM), "the player to go offline");

        CommandResult result = quick.send(BEDROOM, Command.volume(50)).get(15, TimeUnit.SECONDS);

        assertThat(result).isEqualTo(CommandResult.TIMED_OUT);
        bedroom.setPoweredOn(true);
        HouseholdFixture.await(() -> fixture.states.isOnline(BEDROOM), "the player to come back");
    }

    @Test
    void aPlayerNotConnectedCannotBeSentCommands() throws Exception {
        assertThat(mqtt.send("unknown", Command.pause()).get(1, TimeUnit.SECONDS)).isEqualTo(CommandResult.NOT_SENT);
    }
}
