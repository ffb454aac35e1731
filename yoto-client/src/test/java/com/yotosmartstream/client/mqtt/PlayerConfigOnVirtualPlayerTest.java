package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings written through the real REST client, then no connection at all: the virtual player
 * obeys the config the simulated cloud keeps (sim.PlayerSchedule) on the simulated clock. The
 * clock starts on Saturday 2026-11-21 at 09:00 UTC (the players' zone).
 */
class PlayerConfigOnVirtualPlayerTest {

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private YotoApi api;
    private VirtualPlayer bedroom;
    private VirtualPlayer mini;
    private String cardId;

    @BeforeEach
    void household() throws Exception {
        fixture = new HouseholdFixture(temp);
        api = new YotoApi(fixture.config, fixture.http, fixture.tokens);
        bedroom = fixture.household.addPlayer("cfg1", "Bedroom", "v3");
        mini = fixture.household.addPlayer("cfg2", "Kitchen", "mini");
        cardId = fixture.household.account().saveCard(Card.create("Wake up", "linear", List.of(Chapter.of("01",
                "Morning", List.of(Track.stream("01", "Morning", fixture.household.silenceUrl(120).toString(),
                        "mp3"))))).toJson()).orElseThrow().get("cardId").getAsString();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAlarmStartsItsCardAtItsTimeWithNoAppConnected() throws Exception {
        api.updateConfig("cfg1", c -> c.withAlarms(List.of(
                Alarm.of("0000010", LocalTime.of(9, 2), cardId, 5, true), // Saturdays 09:02
                Alarm.of("1111111", LocalTime.of(9, 1), cardId, 5, false)))); // switched off

        fixture.household.advance(Duration.ofSeconds(61));
        assertThat(bedroom.alarmsRung()).as("09:01: the alarm that is off stays quiet").isEmpty();
        assertThat(bedroom.playback()).isEqualTo(PlaybackStatus.STOPPED);

        fixture.household.advance(Duration.ofSeconds(60));
        assertThat(bedroom.alarmsRung()).containsExactly(cardId);
        awaitPlaying(bedroom);
        assertThat(bedroom.chapterKey()).contains("01");
        assertThat(bedroom.volumeStep()).isEqualTo(5);

        fixture.household.advance(Duration.ofSeconds(60));
        assertThat(bedroom.alarmsRung()).as("once a day").hasSize(1);
        assertThat(mini.alarmsRung()).as("another player's config").isEmpty();
    }

    @Test
    void nightModeClampsTheVolumeAndChangesTheLightAtTheNightTime() throws Exception {
        fixture.household.advance(Duration.ofSeconds(1));
        bedroom.setVolumeLimit(16);
        api.updateConfig("cfg1", c -> c.withNightTime("09:05").withNightMaxVolumeLimit("4")
                .withNightAmbientColour("#ff8c00").withNightDisplayBrightness("20"));
        api.updateConfig("cfg2", c -> c.withNightTime("09:05").withNightMaxVolumeLimit("3"));
        fixture.household.advance(Duration.ofSeconds(1));
        assertThat(bedroom.dayMode()).isTrue();
        assertThat(bedroom.volumeStep()).isEqualTo(8);

        fixture.household.advance(Duration.ofMinutes(5));

        assertThat(bedroom.dayMode()).isFalse();
        assertThat(bedroom.volumeStep()).as("clamped to the night limit").isEqualTo(4);
        assertThat(bedroom.nightlight()).isEqualTo("0xff8c00");
        assertThat(bedroom.displayBrightness()).isEqualTo("20");
        assertThat(mini.volumeStep()).isEqualTo(3);
        assertThat(mini.nightlight()).as("a Mini has no night light").isEqualTo("off");
    }

    @Test
    void aChangedDayLimitTakesEffectAtOnce() throws Exception {
        fixture.household.advance(Duration.ofSeconds(1));

        api.updateConfig("cfg1", c -> c.withMaxVolumeLimit("6"));
        fixture.household.advance(Duration.ofSeconds(1));

        assertThat(bedroom.volumeStep()).isEqualTo(6);
    }

    @Test
    void theShutdownTimeoutSwitchesAnIdlePlayerOff() throws Exception {
        api.updateConfig("cfg2", c -> c.with(PlayerConfig.SHUTDOWN_TIMEOUT, "600"));

        fixture.household.advance(Duration.ofSeconds(590));
        assertThat(mini.poweredOn()).isTrue();
        fixture.household.advance(Duration.ofSeconds(20));

        assertThat(mini.poweredOn()).isFalse();
        assertThat(bedroom.poweredOn()).as("no timeout set").isTrue();
    }

    private static void awaitPlaying(VirtualPlayer player) throws InterruptedException {
        long until = System.nanoTime() + HouseholdFixture.WAIT.toNanos();
        while (player.playback() != PlaybackStatus.PLAYING && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(player.playback()).isEqualTo(PlaybackStatus.PLAYING);
    }
}
