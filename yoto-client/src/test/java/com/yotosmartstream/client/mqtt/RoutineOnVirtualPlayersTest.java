package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.api.CardContents;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.RoutineReport;
import com.yotosmartstream.client.routine.RoutineRunner;
import com.yotosmartstream.client.routine.RoutineStep;
import com.yotosmartstream.client.routine.StepOutcome;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routine run by the real client (REST and MQTT over real sockets, port 0) on the simulated
 * household: two players on, one switched off. The clock starts Saturday 2026-11-21 09:00 UTC.
 */
class RoutineOnVirtualPlayersTest {

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private YotoApi api;
    private VirtualPlayer bedroom;
    private VirtualPlayer kitchen;
    private VirtualPlayer attic;
    private String cardId;
    private YotoMqtt mqtt;

    @BeforeEach
    void household() throws Exception {
        fixture = new HouseholdFixture(temp);
        api = new YotoApi(fixture.config, fixture.http, fixture.tokens);
        bedroom = fixture.household.addPlayer("rt1", "Bedroom", "v3");
        kitchen = fixture.household.addPlayer("rt2", "Kitchen", "mini");
        attic = fixture.household.addPlayer("rt3", "Attic", "v3");
        attic.setPoweredOn(false);
        cardId = fixture.household.account().saveCard(Card.create("Sleepy stories", "linear", List.of(
                Chapter.of("01", "The moon", List.of(Track.stream("01", "Moon", fixture.household.silenceUrl(300)
                        .toString(), "mp3"))),
                Chapter.of("02", "The owl", List.of(Track.stream("t2", "Owl", fixture.household.silenceUrl(300)
                        .toString(), "mp3"))))).toJson()).orElseThrow().get("cardId").getAsString();
        mqtt = fixture.connect("rt1", "rt2", "rt3");
        fixture.awaitState("rt1", s -> s.volumeStep().isPresent());
        fixture.awaitState("rt2", s -> s.volumeStep().isPresent());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RoutineRunner runner() throws Exception {
        return new RoutineRunner(api, mqtt, api.players(), new CardContents(api)::get);
    }

    @Test
    void aBedtimeRoutineChangesEveryPlayerThatIsOnAndSaysWhatItSkipped() throws Exception {
        JsonObject before = fixture.household.account().config("rt1").orElseThrow();
        before.addProperty("futureSetting", "kept");
        fixture.household.account().replaceConfig("rt1", before);
        Routine bedtime = new Routine("Bedtime", List.of("rt1", "rt2", "rt3"), List.of(
                new RoutineStep.NightLight("#f57399"),
                new RoutineStep.SetVolume(5),
                new RoutineStep.PlayCard(cardId, "Sleepy stories", Optional.of("02")),
                new RoutineStep.SleepTimer(20),
                new RoutineStep.VolumeLimit(true, 6),
                new RoutineStep.DayAndNight(LocalTime.of(7, 15), LocalTime.of(18, 45))), Optional.empty());
        List<StepOutcome> heard = new ArrayList<>();

        RoutineReport report = runner().run(bedtime, heard::add);

        assertThat(heard).isEqualTo(report.outcomes()).hasSize(18);
        List<StepOutcome> bed = report.byPlayer().get("rt1");
        assertThat(bed).extracting(StepOutcome::result).containsOnly(StepOutcome.Result.DONE);
        List<StepOutcome> mini = report.byPlayer().get("rt2");
        assertThat(mini.get(0).result()).isEqualTo(StepOutcome.Result.FAILED);
        assertThat(mini.get(0).detail()).isEqualTo("Kitchen has no night light");
        assertThat(mini.subList(1, 6)).extracting(StepOutcome::result).containsOnly(StepOutcome.Result.DONE);
        assertThat(report.byPlayer().get("rt3")).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(StepOutcome.Result.OFFLINE);
            assertThat(o.describe()).contains("Attic").contains("offline");
        });
        assertThat(report.summary()).isEqualTo("Bedtime: 11 done, 1 failed, 6 skipped (player offline)");

        // each step is visible in what the players report to the client
        for (String id : List.of("rt1", "rt2")) {
            fixture.awaitState(id, s -> s.volumeStep().equals(Optional.of(5))
                    && s.cardId().equals(Optional.of(cardId)) && s.chapterKey().equals(Optional.of("02"))
                    && s.sleepTimerSeconds().map(t -> t > 1100 && t <= 1200).orElse(false));
        }
        assertThat(bedroom.nightlight()).isEqualTo("0xf57399");
        awaitPlaying(bedroom); // both players load their track at once
        awaitPlaying(kitchen);
        assertThat(kitchen.trackKey()).contains("t2");
        JsonObject config = fixture.household.account().config("rt1").orElseThrow();
        assertThat(config.get("nightMaxVolumeLimit").getAsString()).isEqualTo("6");
        assertThat(config.get("dayTime").getAsString()).isEqualTo("07:15");
        assertThat(config.get("nightTime").getAsString()).isEqualTo("18:45");
        assertThat(config.get("futureSetting").getAsString()).as("other keys kept").isEqualTo("kept");
        assertThat(attic.commandsReceived()).as("nothing sent to the player that is off").isEmpty();
        assertThat(fixture.household.account().configWrites("rt3")).isZero();
    }

    @Test
    void anAlarmWrittenByARoutineStartsItsCardWithTheAppsConnectionClosed() throws Exception {
        Routine morning = new Routine("Wake up", List.of("rt1"), List.of(
                new RoutineStep.WakeAlarm("0000011", LocalTime.of(9, 3), cardId, 7)), Optional.empty());

        RoutineReport report = runner().run(morning, outcome -> { });
        assertThat(report.outcomes()).extracting(StepOutcome::result).containsExactly(StepOutcome.Result.DONE);
        runner().run(morning, outcome -> { }); // run twice: the alarm is replaced, not doubled
        assertThat(api.config("rt1").alarms()).hasSize(1);

        mqtt.close(); // the app is gone: only the player and the cloud's config remain
        fixture.household.advance(Duration.ofSeconds(150));
        assertThat(bedroom.alarmsRung()).as("09:02:30").isEmpty();
        fixture.household.advance(Duration.ofSeconds(40));

        assertThat(bedroom.alarmsRung()).containsExactly(cardId);
        awaitPlaying(bedroom);
        assertThat(bedroom.volumeStep()).isEqualTo(7);
        assertThat(kitchen.alarmsRung()).isEmpty();
    }

    private static void awaitPlaying(VirtualPlayer player) throws InterruptedException {
        long until = System.nanoTime() + HouseholdFixture.WAIT.toNanos();
        while (player.playback() != PlaybackStatus.PLAYING && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(player.playback()).isEqualTo(PlaybackStatus.PLAYING);
    }
}
