package com.yotosmartstream.client.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficFormatTest {

    private static final Instant AT = Instant.parse("2025-12-23T18:43:53.996Z");

    @Test
    void anMqttLineRoundTripsWithItsJsonPayload() throws Exception {
        TrafficLine line = TrafficLine.mqtt(3, AT, TrafficLine.Direction.IN, "device/DEVICE_1/data/events",
                "{\"volume\":9,\"volumeMax\":13}".getBytes(StandardCharsets.UTF_8), "capture: volume-event");

        String text = TrafficFormat.write(line);
        TrafficLine back = TrafficFormat.read(text, 1);

        assertThat(text).doesNotContain("\n").contains("\"dir\":\"in\"").contains("\"kind\":\"mqtt\"");
        assertThat(back).isEqualTo(line);
        assertThat(back.payload().getAsJsonObject().get("volume").getAsInt()).isEqualTo(9);
        assertThat(JsonParser.parseString(new String(back.payloadBytes(), StandardCharsets.UTF_8)))
                .isEqualTo(JsonParser.parseString("{\"volume\":9,\"volumeMax\":13}"));
    }

    @Test
    void nullsInAPayloadAreKept() throws Exception {
        // found by TrafficFormatFuzzTest: Gson left null members out when writing, so a replay sent less
        TrafficLine line = TrafficLine.mqtt(4, null, TrafficLine.Direction.IN, "device/DEVICE_1/data/events",
                "{\"cardId\":null,\"volume\":3,\"nested\":{\"chapterKey\":null}}".getBytes(StandardCharsets.UTF_8), "");

        TrafficLine back = TrafficFormat.read(TrafficFormat.write(line), 1);

        assertThat(back).isEqualTo(line);
        assertThat(JsonParser.parseString(new String(back.payloadBytes(), StandardCharsets.UTF_8)).getAsJsonObject()
                .has("cardId")).isTrue();
    }

    @Test
    void anEmptyOrNonJsonPayloadStaysTextAndPublishesTheSameBytes() throws Exception {
        TrafficLine empty = TrafficLine.mqtt(1, null, TrafficLine.Direction.OUT, "device/D/command/card/stop",
                new byte[0], "");
        TrafficLine text = TrafficLine.mqtt(2, null, TrafficLine.Direction.OUT, "device/D/command/events/request",
                "interactive-1766520307411".getBytes(StandardCharsets.UTF_8), "");
        TrafficLine lenient = TrafficLine.mqtt(3, null, TrafficLine.Direction.IN, "device/D/events",
                "{'volume':1}".getBytes(StandardCharsets.UTF_8), "");

        assertThat(TrafficFormat.read(TrafficFormat.write(empty), 1).payloadBytes()).isEmpty();
        assertThat(new String(TrafficFormat.read(TrafficFormat.write(text), 1).payloadBytes(), StandardCharsets.UTF_8))
                .isEqualTo("interactive-1766520307411");
        assertThat(lenient.payload().isJsonPrimitive()).as("lenient JSON is kept as the text it was").isTrue();
        assertThat(new String(lenient.payloadBytes(), StandardCharsets.UTF_8)).isEqualTo("{'volume':1}");
    }

    @Test
    void aRestLineRoundTrips() throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("status", "ok");
        TrafficLine line = TrafficLine.rest(7, AT, TrafficLine.Direction.IN, "DELETE", "/content/abc12", 200, body,
                "docs: yoto.dev");

        assertThat(TrafficFormat.read(TrafficFormat.write(line), 1)).isEqualTo(line);
    }

    @Test
    void aFileSkipsBlankLinesAndNamesTheLineItRefuses() throws Exception {
        String good = TrafficFormat.write(TrafficLine.mqtt(1, null, TrafficLine.Direction.IN, "device/D/events",
                "{}".getBytes(StandardCharsets.UTF_8), "s"));

        List<TrafficLine> lines = TrafficFormat.readAll(new StringReader(good + "\n\n" + good + "\n"));

        assertThat(lines).hasSize(2);
        assertThatThrownBy(() -> TrafficFormat.readAll(new StringReader(good + "\n{\"kind\":\"mqtt\"}\n")))
                .isInstanceOf(TrafficFormatException.class).hasMessageContaining("Line 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "[]", "{\"kind\":\"mqtt\",\"dir\":\"in\"}", "{\"kind\":\"smtp\",\"dir\":\"in\",\"topic\":\"t\"}",
        "{\"kind\":\"mqtt\",\"dir\":\"sideways\",\"topic\":\"t\"}", "{\"kind\":\"rest\",\"dir\":\"in\",\"method\":\"GET\"}",
        "{\"kind\":\"rest\",\"dir\":\"in\",\"method\":\"GET\",\"path\":\"/x\",\"status\":2.5}",
        "{\"kind\":\"mqtt\",\"dir\":\"in\",\"topic\":\"t\",\"at\":\"yesterday\"}",
        "{\"kind\":\"mqtt\",\"dir\":\"in\",\"topic\":\"t\"} trailing", "{\"kind\":'mqtt',\"dir\":\"in\",\"topic\":\"t\"}"})
    void malformedLinesAreRefusedWithAReason(String text) {
        assertThatThrownBy(() -> TrafficFormat.read(text, 4)).isInstanceOf(TrafficFormatException.class)
                .hasMessageStartingWith("Line 4");
    }
}
