package com.yotosmartstream.client.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recording as the app's recorder writes it: MQTT both ways, REST, redacted ids. */
class TrafficReplayTest {

    private static final String RECORDING = String.join("\n",
            "{\"seq\":1,\"at\":\"2026-12-01T10:00:00Z\",\"dir\":\"out\",\"kind\":\"rest\",\"method\":\"GET\","
                    + "\"path\":\"/device-v2/devices/mine\",\"status\":null,\"payload\":null,\"source\":\"recorded\"}",
            "{\"seq\":2,\"at\":\"2026-12-01T10:00:01Z\",\"dir\":\"out\",\"kind\":\"mqtt\","
                    + "\"topic\":\"device/DEVICE_1/command/events/request\",\"payload\":\"yss1-1\",\"source\":\"recorded\"}",
            "{\"seq\":3,\"at\":\"2026-12-01T10:00:01.300Z\",\"dir\":\"in\",\"kind\":\"mqtt\","
                    + "\"topic\":\"device/DEVICE_1/data/events\",\"payload\":{\"volume\":6},\"source\":\"recorded\"}",
            "",
            "{\"seq\":4,\"at\":null,\"dir\":\"in\",\"kind\":\"mqtt\",\"topic\":\"device/DEVICE_2/response\","
                    + "\"payload\":{\"status\":{\"events\":\"OK\",\"req_body\":\"\"}},\"source\":\"recorded\"}",
            "{\"seq\":5,\"at\":\"2026-12-01T10:05:01.300Z\",\"dir\":\"in\",\"kind\":\"mqtt\","
                    + "\"topic\":\"device/DEVICE_1/status\",\"payload\":{\"status\":{\"ssid\":\"SSID_1\"}},"
                    + "\"source\":\"recorded\"}");

    @Test
    void aRecordingReplaysItsIncomingMqttInOrderOntoTheMappedPlayersWithItsGaps() throws Exception {
        TrafficReplay replay = TrafficReplay.read(new StringReader(RECORDING));
        List<String> done = new ArrayList<>();

        int published = replay.replay(replay.mapOnto(List.of("y1a", "y1b", "y1c")), new TrafficReplay.Target() {
            @Override
            public void publish(String topic, byte[] payload) {
                done.add(topic + " " + JsonParser.parseString(new String(payload, StandardCharsets.UTF_8)));
            }

            @Override
            public void elapse(Duration gap) {
                done.add("+" + gap.toMillis() + " ms");
            }
        });

        assertThat(replay.lines()).hasSize(5);
        assertThat(replay.deviceIds()).containsExactly("DEVICE_1", "DEVICE_2");
        assertThat(published).isEqualTo(3);
        assertThat(done).containsExactly(
                "device/y1a/data/events {\"volume\":6}",
                "device/y1b/response {\"status\":{\"events\":\"OK\",\"req_body\":\"\"}}",
                "+300000 ms",
                "device/y1a/status {\"status\":{\"ssid\":\"SSID_1\"}}");
    }

    @Test
    void aPlayerNotMappedIsRefusedBeforeAnythingIsPublished() throws Exception {
        TrafficReplay replay = TrafficReplay.read(new StringReader(RECORDING));
        List<String> published = new ArrayList<>();

        assertThatThrownBy(() -> replay.replay(Map.of("DEVICE_1", "y1a"), (topic, payload) -> published.add(topic)))
                .hasMessageContaining("DEVICE_2");
        assertThat(published).isEmpty();
        assertThatThrownBy(() -> replay.mapOnto(List.of("y1a"))).isInstanceOf(IllegalArgumentException.class);
    }
}
