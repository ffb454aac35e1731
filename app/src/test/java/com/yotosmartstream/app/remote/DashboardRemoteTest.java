package com.yotosmartstream.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.Await;
import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.streamer.remote.CommandOutcome;
import com.yotosmartstream.streamer.remote.RemoteCommand;
import com.yotosmartstream.streamer.remote.RemoteHousehold;
import com.yotosmartstream.streamer.remote.RemotePlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote page's household is the dashboard's: its players from the tiles, its commands through
 * the tiles (the real client, a simulated household), each ending in the tile's words (ADR 0069).
 */
class DashboardRemoteTest {

    @TempDir
    Path temp;

    private SimulatedHousehold household;
    private VirtualPlayer bedroom;
    private HouseholdService service;
    private DashboardViewModel dashboard;
    private DashboardRemote remote;
    private String cardId;

    @BeforeEach
    void start() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        bedroom = household.addPlayer("remote-t1", "Bedroom", "v3");
        household.addPlayer("remote-t2", "Kitchen", "mini");
        cardId = household.account().saveCard(Card.create("Bedtime stories", "linear", List.of(
                Chapter.of("01", "The sleepy owl", List.of(Track.stream("01", "The sleepy owl",
                        household.silenceUrl(300).toString(), "mp3"))),
                Chapter.of("02", "Counting clouds", List.of(Track.stream("07", "Counting clouds",
                        household.silenceUrl(300).toString(), "mp3"))))).toJson())
                .orElseThrow().get("cardId").getAsString();
        HouseholdConnection connection = DemoHousehold.connect(household, temp.resolve("tokens.json"),
                Clock.systemUTC(), MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2)));
        service = new HouseholdService(new CurrentThreadTaskExecutor());
        service.start(() -> connection);
        dashboard = new DashboardViewModel(service, Clock.systemUTC(), Runnable::run, Runnable::run);
        remote = new DashboardRemote(dashboard, service, Runnable::run);
        Await.until(Duration.ofSeconds(15), () -> remote.players().stream().allMatch(p -> p.battery() >= 0),
                () -> "both players' first reports");
    }

    @AfterEach
    void stop() throws Exception {
        remote.close();
        dashboard.close();
        service.close();
    }

    private RemotePlayer player(String name) {
        return remote.players().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private CommandOutcome send(String name, RemoteCommand command) throws Exception {
        return remote.send(player(name).id(), command).get(15, TimeUnit.SECONDS);
    }

    private static RemoteCommand command(RemoteCommand.Action action, int value) {
        return new RemoteCommand(action, value, "", "", Optional.empty());
    }

    @Test
    void playersAreTheTilesWithoutTheirDeviceIds() {
        assertThat(remote.players()).extracting(RemotePlayer::name).containsExactly("Bedroom", "Kitchen");
        assertThat(remote.players()).allSatisfy(p -> {
            assertThat(p.id()).matches("[0-9a-f]{12}").doesNotContain("remote");
            assertThat(p.model()).startsWith("Yoto");
        });
        assertThat(player("Bedroom").hasLight()).isTrue();
        assertThat(player("Kitchen").hasLight()).isFalse();
        assertThat(remote.cards()).contains(new RemoteHousehold.Choice(cardId, "Bedtime stories"));
    }

    @Test
    void aVolumeFromThePhoneGoesThroughTheTileAndEndsInItsWords() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        remote.onChange(changes::incrementAndGet);
        CommandOutcome outcome = send("Bedroom", command(RemoteCommand.Action.VOLUME, 9));
        assertThat(outcome.state()).isEqualTo(CommandOutcome.State.DONE);
        assertThat(outcome.text()).isEqualTo("Volume 9/16: done");
        assertThat(bedroom.volumeStep()).isEqualTo(9);
        PlayerTileViewModel tile = dashboard.tiles().get(0);
        assertThat(tile.feedbackTextProperty().get()).isEqualTo("Volume 9/16: done"); // the desktop shows it too
        Await.until(Duration.ofSeconds(15), () -> player("Bedroom").volume() == 9, () -> "the player's report");
        assertThat(changes.get()).isPositive();
    }

    @Test
    void aChapterStartsAtItsFirstTrackByTheKeysTheCardHolds() throws Exception {
        CommandOutcome outcome = send("Bedroom", new RemoteCommand(RemoteCommand.Action.PLAY, 0, "", cardId,
                Optional.of("02")));
        assertThat(outcome.state()).isEqualTo(CommandOutcome.State.DONE);
        assertThat(outcome.text()).isEqualTo("Play Bedtime stories, Counting clouds: done");
        Await.until(Duration.ofSeconds(15), () -> bedroom.playback() == PlaybackStatus.PLAYING, () -> "playing");
        assertThat(bedroom.chapterKey()).contains("02");
        assertThat(bedroom.trackKey()).contains("07");
        assertThat(remote.chapters(cardId).get(15, TimeUnit.SECONDS)).extracting(RemoteHousehold.Choice::title)
                .containsExactly("The sleepy owl", "Counting clouds");

        CommandOutcome missing = send("Bedroom", new RemoteCommand(RemoteCommand.Action.PLAY, 0, "", cardId,
                Optional.of("09")));
        assertThat(missing.state()).isEqualTo(CommandOutcome.State.FAILED);
        assertThat(missing.text()).contains("no such chapter");
        CommandOutcome unknownCard = send("Bedroom", new RemoteCommand(RemoteCommand.Action.PLAY, 0, "", "nope",
                Optional.empty()));
        assertThat(unknownCard.state()).isEqualTo(CommandOutcome.State.FAILED);
    }

    @Test
    void aPlayerThatDoesNotAnswerIsReportedAsTimedOutAndASkipWithNothingPlayingAsFailed() throws Exception {
        CommandOutcome skip = send("Kitchen", command(RemoteCommand.Action.NEXT, 0));
        assertThat(skip.state()).isEqualTo(CommandOutcome.State.FAILED);
        assertThat(skip.text()).isEqualTo("No next chapter.");

        bedroom.setPoweredOn(false);
        CommandOutcome sleep = send("Bedroom", command(RemoteCommand.Action.SLEEP, 20));
        assertThat(sleep.state()).isEqualTo(CommandOutcome.State.TIMED_OUT);
        assertThat(sleep.text()).startsWith("Sleep in 20 min: Bedroom did not answer.");
    }

    @Test
    void aRoutineRunFromThePhoneRunsThroughTheDashboardsRoutinesAndSaysHowItEnded() throws Exception {
        com.yotosmartstream.core.storage.Database database = com.yotosmartstream.core.storage.Database.open(
                temp.resolve("routines.db"), List.of(com.yotosmartstream.core.storage.CoreSchema.migrations(),
                        com.yotosmartstream.app.routines.RoutineStore.migrations()), temp.resolve("backups"));
        try (database) {
            var store = new com.yotosmartstream.app.routines.RoutineStore(database);
            var routines = new com.yotosmartstream.app.routines.RoutinesViewModel(store,
                    new com.yotosmartstream.app.routines.RoutineSource() {
                        @Override
                        public Optional<com.yotosmartstream.client.routine.RoutineRunner> runner() {
                            return service.connection().map(c -> new com.yotosmartstream.client.routine.RoutineRunner(
                                    c.api(), c.mqtt(), c.players(), c::wholeCard));
                        }

                        @Override
                        public List<com.yotosmartstream.client.model.PlayerInfo> players() {
                            return service.connection().map(HouseholdConnection::players).orElse(List.of());
                        }

                        @Override
                        public java.util.Map<String, String> cards() {
                            return java.util.Map.of(cardId, "Bedtime stories");
                        }
                    }, com.yotosmartstream.core.storage.SettingsStore.load(database, Runnable::run),
                    new CurrentThreadTaskExecutor());
            store.save(new com.yotosmartstream.client.routine.Routine("Quiet", List.of("remote-t1"), List.of(
                    new com.yotosmartstream.client.routine.RoutineStep.SetVolume(3)), Optional.empty()), null);
            routines.load();
            remote.attachRoutines(routines);

            assertThat(remote.routines()).extracting(RemoteHousehold.Choice::title).contains("Quiet");
            CommandOutcome ran = remote.runRoutine("Quiet").get(20, TimeUnit.SECONDS);

            assertThat(ran.state()).isEqualTo(CommandOutcome.State.DONE);
            assertThat(ran.text()).contains("Quiet");
            Await.until(Duration.ofSeconds(10), () -> bedroom.volumeStep() == 3, () -> "the volume the routine set");
            assertThat(remote.runRoutine("Nothing").get(5, TimeUnit.SECONDS).text())
                    .isEqualTo("There is no routine called Nothing.");
        }
    }
}
