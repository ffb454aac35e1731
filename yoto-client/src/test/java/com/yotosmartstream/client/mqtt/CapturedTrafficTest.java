package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.RecordedPlayer;
import com.yotosmartstream.client.traffic.TrafficLine;
import com.yotosmartstream.client.traffic.TrafficReplay;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus ({@code src/test/resources/captured/}, written from captures and logs of real
 * players, each line citing its source) replayed through the simulated broker, in order, to the
 * real client, which must show what a correct client shows.
 */
class CapturedTrafficTest {

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private YotoMqtt mqtt;
    private final List<String> eventLog = new CopyOnWriteArrayList<>();
    private final List<Integer> volumesHeard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Replays a corpus file onto recorded players; {@code after} sees each line once the client has dealt with it. */
    private Map<String, String> replay(String file, BiConsumer<TrafficLine, Map<String, String>> after) throws Exception {
        TrafficReplay replay;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/captured/" + file),
                StandardCharsets.UTF_8)) {
            replay = TrafficReplay.read(in);
        }
        Map<String, String> map = fixture.replayOntoRecordedPlayers(replay, client -> {
            mqtt = client;
            client.addMessageListener((id, kind, message, at) -> eventLog.add(id + " " + kind));
            fixture.states.addListener(Runnable::run, changed -> changed.values()
                    .forEach(s -> s.volumeStep().ifPresent(volumesHeard::add)));
        }, after);
        return map;
    }

    private PlayerState state(Map<String, String> map, String recordedId) {
        return fixture.states.get(map.get(recordedId));
    }

    @Test
    void aMiniSessionShowsTheStepsOfEventsThroughEveryStatusAndEachEventOnce() throws Exception {
        List<String> checks = new ArrayList<>();
        Map<String, String> map = replay("mini-fw2.23.2-session.jsonl", (line, ids) -> {
            PlayerState s = fixture.states.get(ids.get("DEVICE_1"));
            if (line.topic().endsWith("/data/status")) {
                // a status's volume is % and must not reach the steps: the tile would read "55/16"
                checks.add(s.volumeStep().map(String::valueOf).orElse("?") + "/"
                        + s.volumeMaxStep().map(String::valueOf).orElse("?") + " user "
                        + s.userVolumePercent().orElseThrow() + "% system " + s.systemVolumePercent().orElseThrow() + "%");
            }
        });

        PlayerState state = state(map, "DEVICE_1");
        assertThat(checks).containsExactly("?/? user 50% system 55%", "7/13 user 43% system 50%");
        assertThat(state.volumeStep()).contains(6);
        assertThat(state.volumeMaxStep()).contains(13);
        assertThat(state.text(PlayerField.PRODUCT_TYPE)).contains("mini");
        assertThat(state.integer(PlayerField.WIFI_STRENGTH)).contains(-26L);
        assertThat(state.integer(PlayerField.UP_TIME)).contains(2114L);
        assertThat(state.shutdownReason()).isEmpty();
        // 7 events deltas, each sent twice: taken once, told to the event log once
        assertThat(mqtt.stats().twins()).isEqualTo(6);
        assertThat(eventLog.stream().filter(e -> e.endsWith("EVENTS")).count()).isEqualTo(7);
        assertThat(volumesHeard).containsSubsequence(8, 9, 10, 8, 6, 7, 6);
        assertThat(volumesHeard.stream().filter(v -> v > 16)).isEmpty();
    }

    @Test
    void aMiniSwitchingOffIsOfflineAtOnceAndOnlineWhenItStartsAgain() throws Exception {
        List<String> seen = new ArrayList<>();
        Map<String, String> map = replay("mini-fw2.23.2-shutdown.jsonl", (line, ids) -> {
            String id = ids.get("DEVICE_1");
            seen.add(line.seq() + (fixture.states.isOnline(id) ? " online" : " offline")
                    + fixture.states.get(id).shutdownReason().map(r -> " " + r).orElse(""));
        });

        assertThat(seen).containsExactly("1 online", "2 offline userShutdown", "3 online");
        assertThat(state(map, "DEVICE_1").text(PlayerField.SHUT_DOWN)).contains("nA");
    }

    @Test
    void firmwareSpeakingOnlyOnTheLegacyTopicsIsReadFromThem() throws Exception {
        Map<String, String> map = replay("legacy-topics-yoto-ha.jsonl", (line, ids) -> { });

        PlayerState playing = state(map, "DEVICE_1");
        assertThat(playing.playbackStatus()).isEqualTo(PlaybackStatus.PLAYING);
        assertThat(playing.cardId()).contains("eBpqG");
        assertThat(playing.chapterKey()).contains("03");
        assertThat(playing.positionSeconds()).contains(84.0);
        assertThat(playing.volumeStep()).contains(4);
        PlayerState idle = state(map, "DEVICE_2");
        assertThat(idle.volumeStep()).contains(8);
        assertThat(idle.volumeMaxStep()).contains(12);
        assertThat(idle.batteryLevel()).contains(100);
        assertThat(idle.text(PlayerField.NIGHTLIGHT_MODE)).contains("off");
        assertThat(mqtt.stats().twins()).isZero();
    }
}
