package com.yotosmartstream.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiles on a simulated household whose clock the test moves. */
class PlayerTileViewModelTest {

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T19:00:00Z"));
    private SimulatedHousehold household;
    private HouseholdService service;
    private DashboardViewModel dashboard;

    @BeforeEach
    void start() throws Exception {
        household = SimulatedHousehold.start(clock);
        household.addPlayer("t1", "Bedroom", "v3");
        household.addStoreCards();
        HouseholdConnection connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), clock,
                MqttOptions.defaults());
        service = new HouseholdService(new CurrentThreadTaskExecutor());
        service.start(() -> connection);
        dashboard = new DashboardViewModel(service, clock, Runnable::run, Runnable::run);
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> tile().batteryProperty().get() >= 0,
                () -> "the tile's first battery report");
    }

    @AfterEach
    void stop() {
        dashboard.close();
        service.close();
    }

    private PlayerTileViewModel tile() {
        return dashboard.tiles().get(0);
    }

    @Test
    void aTileTurnsStaleAfterSixSilentMinutesAndOfflineAfterEleven() {
        assertThat(tile().batteryTextProperty().get()).isEqualTo("80 %");
        assertThat(tile().staleProperty().get()).isFalse();

        clock.advance(Duration.ofMinutes(7));
        dashboard.tick();
        assertThat(tile().staleProperty().get()).isTrue();
        assertThat(tile().onlineProperty().get()).isTrue();
        assertThat(tile().lastHeardProperty().get()).isEqualTo("heard 7 min ago");

        clock.advance(Duration.ofMinutes(5));
        dashboard.tick();
        assertThat(tile().onlineProperty().get()).isFalse();
    }

    @Test
    void theVolumeStaysInStepsAcrossStatusPushesAndCommandsSayDone() throws Exception {
        tile().setVolume(69);
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> tile().feedbackProperty().get() != CommandFeedback.PENDING, () -> "the player's answer");
        assertThat(tile().feedbackProperty().get()).isEqualTo(CommandFeedback.CONFIRMED);
        assertThat(tile().feedbackTextProperty().get()).endsWith("done");
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> tile().volumeStepProperty().get() == 11,
                () -> "the volume event");

        // statuses report volume and userVolume in %: 60 % must not become "60/16"
        household.player("t1").setSystemVolume(60);
        household.advance(Duration.ofMinutes(5));
        service.connection().orElseThrow().mqtt().requestStatus("t1");
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> service.connection().orElseThrow().states()
                .get("t1").systemVolumePercent().orElse(0) == 60, () -> "the status push");

        assertThat(tile().volumeStepProperty().get()).isEqualTo(11);
        assertThat(tile().volumeTextProperty().get()).isEqualTo("11/16");
        assertThat(service.connection().orElseThrow().states().get("t1").userVolumePercent()).contains(68);
    }

    @Test
    void aRefusedCommandIsShownAsAFailureNotAsNoAnswer() throws Exception {
        tile().playPause(); // nothing is paused: the player answers "resume" with FAIL

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> tile().feedbackProperty().get() != CommandFeedback.PENDING, () -> "the player's answer");
        assertThat(tile().feedbackProperty().get()).isEqualTo(CommandFeedback.FAILED);
        assertThat(tile().feedbackTextProperty().get()).contains("refused").doesNotContain("did not answer");
    }

    @Test
    void thePositionAdvancesSmoothlyBetweenReportsWhilePlaying() {
        com.google.gson.JsonObject delta = new com.google.gson.JsonObject();
        delta.addProperty("playbackStatus", "playing");
        delta.addProperty("position", 30);
        delta.addProperty("trackLength", 300);
        service.connection().orElseThrow().states().merge("t1",
                com.yotosmartstream.client.player.PlayerField.Source.EVENTS, delta);

        clock.advance(Duration.ofSeconds(2));
        dashboard.tick();

        assertThat(tile().positionProperty().get()).isEqualTo(32.0);
        assertThat(tile().timeTextProperty().get()).isEqualTo("0:32 / 5:00");
    }

    @Test
    void nextChapterOnAStoreCardReadsTheWholeCardAndStartsTheNextChapterByItsOwnKeys() throws Exception {
        merge("{\"cardId\":\"" + com.yotosmartstream.client.sim.StoreCards.ANIMALS
                + "\",\"chapterKey\":\"intro\",\"trackKey\":\"intro\",\"playbackStatus\":\"playing\"}",
                PlayerField.Source.EVENTS);

        tile().nextChapter();

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> household.player("t1").chapterKey().orElse("").equals("lion")
                        && household.player("t1").trackKey().orElse("").equals("lion-roar"),
                () -> "the player at the lion's first track; the tile says " + tile().feedbackTextProperty().get());
    }

    @Test
    void aCardWhoseChaptersCannotBeReadSaysSoInsteadOfNoNextChapter() throws Exception {
        household.cloud().refusePath("/card/" + com.yotosmartstream.client.sim.StoreCards.BEDTIME, 403);
        merge("{\"cardId\":\"" + com.yotosmartstream.client.sim.StoreCards.BEDTIME
                + "\",\"chapterKey\":\"1\",\"trackKey\":\"1\"}", PlayerField.Source.EVENTS);

        tile().nextChapter();

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> tile().feedbackTextProperty().get().startsWith("Next chapter: the card's chapters could not be read"),
                () -> "the failure; the tile says " + tile().feedbackTextProperty().get());
        assertThat(tile().feedbackProperty().get()).isEqualTo(CommandFeedback.FAILED);
    }

    /** An interactive card as twee2yoto builds them: each track its chapter's key, gotos naming it twice. */
    private String storyCard() {
        var start = com.yotosmartstream.client.model.Track.stream("01", "The cave or the river?",
                household.silenceUrl(60).toString(), "mp3").withDuration(60)
                .withAction(com.yotosmartstream.client.model.Track.Event.LEFT_BUTTON,
                        new com.yotosmartstream.client.model.CardAction.Goto("02", "02"))
                .withAction(com.yotosmartstream.client.model.Track.Event.RIGHT_BUTTON,
                        new com.yotosmartstream.client.model.CardAction.Goto("03", "03"));
        var cave = com.yotosmartstream.client.model.Track.stream("02", "Into the cave",
                household.silenceUrl(90).toString(), "mp3").withDuration(90);
        var river = com.yotosmartstream.client.model.Track.stream("03", "Along the river",
                household.silenceUrl(90).toString(), "mp3").withDuration(90);
        var card = com.yotosmartstream.client.model.Card.create("The lost dragon", "interactive", java.util.List.of(
                com.yotosmartstream.client.model.Chapter.of("01", "The start", java.util.List.of(start)),
                com.yotosmartstream.client.model.Chapter.of("02", "The cave", java.util.List.of(cave)),
                com.yotosmartstream.client.model.Chapter.of("03", "The river", java.util.List.of(river))));
        return household.account().saveCard(card.toJson()).orElseThrow().get("cardId").getAsString();
    }

    @Test
    void aStoryCardOffersItsTracksLeftAndRightChoicesAndNoNextChapter() throws Exception {
        String cardId = storyCard();
        merge("{\"cardId\":\"" + cardId + "\",\"chapterKey\":\"01\",\"trackKey\":\"01\",\"playbackStatus\":\"playing\"}",
                PlayerField.Source.EVENTS);

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> !tile().leftChoiceProperty().get().isEmpty(),
                () -> "the card's choices");
        assertThat(tile().leftChoiceProperty().get()).isEqualTo("Left: The cave");
        assertThat(tile().rightChoiceProperty().get()).isEqualTo("Right: The river");
        assertThat(tile().interactiveProperty().get()).isTrue();

        tile().nextChapter();
        assertThat(tile().feedbackProperty().get()).isEqualTo(CommandFeedback.FAILED);
        assertThat(household.player("t1").chapterKey()).as("next chapter does not take the left branch")
                .isNotEqualTo(java.util.Optional.of("02"));

        tile().chooseRight();
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> household.player("t1").chapterKey().orElse("").equals("03"),
                () -> "the player at the river; the tile says " + tile().feedbackTextProperty().get());
    }

    @Test
    void aChapterBookHasNoChoices() throws Exception {
        merge("{\"cardId\":\"" + com.yotosmartstream.client.sim.StoreCards.ANIMALS
                + "\",\"chapterKey\":\"intro\",\"trackKey\":\"intro\",\"playbackStatus\":\"playing\"}",
                PlayerField.Source.EVENTS);
        tile().nextChapter();
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15),
                () -> household.player("t1").chapterKey().orElse("").equals("lion"), () -> "the next chapter");

        assertThat(tile().interactiveProperty().get()).isFalse();
        assertThat(tile().leftChoiceProperty().get()).isEmpty();
        assertThat(tile().rightChoiceProperty().get()).isEmpty();
    }

    private final java.util.List<PlayerAlert> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<PlayerAlert.Kind> wanted = java.util.EnumSet.allOf(PlayerAlert.Kind.class);

    private void listenForAlerts() {
        dashboard.onAlert(wanted::contains, alerts::add);
    }

    private void merge(String json, PlayerField.Source source) {
        service.connection().orElseThrow().states().merge("t1", source,
                com.google.gson.JsonParser.parseString(json).getAsJsonObject());
    }

    @Test
    void aBatteryFallingBelowFifteenPercentRaisesOneAlertUnlessCharging() {
        listenForAlerts();

        merge("{\"batteryLevel\":14,\"charging\":0}", PlayerField.Source.STATUS);
        merge("{\"batteryLevel\":13,\"charging\":0}", PlayerField.Source.STATUS);
        merge("{\"batteryLevel\":40,\"charging\":1}", PlayerField.Source.STATUS);
        merge("{\"batteryLevel\":12,\"charging\":1}", PlayerField.Source.STATUS);

        assertThat(alerts).extracting(PlayerAlert::kind).containsExactly(PlayerAlert.Kind.LOW_BATTERY);
        assertThat(alerts.get(0).text()).contains("14 %");
    }

    @Test
    void aPlayerGoingSilentRaisesAnOfflineAlertOnce() {
        listenForAlerts();

        clock.advance(Duration.ofMinutes(12));
        dashboard.tick();
        dashboard.tick();

        assertThat(alerts).extracting(PlayerAlert::kind).containsExactly(PlayerAlert.Kind.OFFLINE);
    }

    @Test
    void aSleepTimerRunningOutRaisesAnAlertAndSwitchedOffKindsStayQuiet() {
        listenForAlerts();
        merge("{\"sleepTimerActive\":true,\"sleepTimerSeconds\":60}", PlayerField.Source.EVENTS);
        merge("{\"sleepTimerActive\":false,\"sleepTimerSeconds\":0}", PlayerField.Source.EVENTS);
        wanted.remove(PlayerAlert.Kind.LOW_BATTERY);
        merge("{\"batteryLevel\":5,\"charging\":0}", PlayerField.Source.STATUS);

        assertThat(alerts).extracting(PlayerAlert::kind).containsExactly(PlayerAlert.Kind.SLEEP_TIMER_ENDED);
    }

    @Test
    void aTileStartsFromTheStateAlreadyKnownWhenTheHouseholdOpens() {
        HouseholdService other = new HouseholdService(new CurrentThreadTaskExecutor());
        HouseholdConnection connection = service.connection().orElseThrow();
        connection.states().merge("t1", PlayerField.Source.STATUS,
                com.google.gson.JsonParser.parseString("{\"batteryLevel\":55}").getAsJsonObject());
        DashboardViewModel late = new DashboardViewModel(other, clock, Runnable::run, Runnable::run);
        // the household opens after the view model exists, as in the app
        other.start(() -> connection);

        assertThat(late.tiles().get(0).batteryProperty().get()).isEqualTo(55);
        late.close();
    }

    @Test
    void theModelAndCapabilitiesComeFromThePlayersList() {
        assertThat(tile().model()).isEqualTo("Yoto Player (3rd gen)");
        assertThat(tile().hasAmbientLight()).isTrue();
        assertThat(tile().name()).isEqualTo("Bedroom");
    }
}
