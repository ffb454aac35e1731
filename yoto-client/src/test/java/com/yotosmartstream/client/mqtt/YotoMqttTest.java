package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YotoMqttTest {

    @TempDir
    Path temp;

    private HouseholdFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        fixture.household.addPlayer("y1bedroom", "Bedroom", "v3");
        fixture.household.addPlayer("y2kitchen", "Kitchen", "mini");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aConnectedPlayerReportsItsStatusAndEvents() {
        fixture.connect("y1bedroom");

        PlayerState state = fixture.awaitState("y1bedroom", s -> s.batteryLevel().isPresent() && s.volumeStep().isPresent());

        assertThat(state.batteryLevel()).contains(80);
        assertThat(state.volumeStep()).contains(8);
        assertThat(state.playbackStatus()).isEqualTo(PlaybackStatus.STOPPED);
        assertThat(fixture.states.isOnline("y1bedroom")).isTrue();
        assertThat(fixture.household.player("y1bedroom").eventsActive()).isTrue();
    }

    @Test
    void volumeIsSetInPercentAndReportedInSteps() throws Exception {
        YotoMqtt mqtt = fixture.connect("y1bedroom");
        fixture.awaitState("y1bedroom", s -> s.volumeStep().isPresent());

        CommandResult result = mqtt.send("y1bedroom", Command.volume(30)).get(10, TimeUnit.SECONDS);

        assertThat(result).isEqualTo(CommandResult.OK);
        assertThat(fixture.awaitState("y1bedroom", s -> s.volumeStep().orElse(-1) == 5).volumeStep()).contains(5);
    }
}
