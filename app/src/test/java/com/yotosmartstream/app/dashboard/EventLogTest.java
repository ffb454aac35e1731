package com.yotosmartstream.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.mqtt.Topics;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private static final Instant T = Instant.parse("2026-11-21T20:00:00Z");
    private final EventLog log = new EventLog(3);

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void eachMessageCarriesItsChangesSinceThePreviousOfTheSameTopic() {
        log.add("p", Topics.Kind.EVENTS, json("{\"volume\":5,\"position\":1}"), T);
        log.add("p", Topics.Kind.STATUS, json("{\"status\":{\"batteryLevel\":80}}"), T);
        EventLog.Entry entry = log.add("p", Topics.Kind.EVENTS, json("{\"volume\":6,\"trackKey\":\"02\"}"), T);

        assertThat(entry.changes()).containsExactly("+ trackKey: \"02\"", "~ volume: 5 -> 6", "- position");
        assertThat(log.entries("p", Optional.empty(), "").get(1).changes()).containsExactly("+ batteryLevel: 80");
    }

    @Test
    void entriesAreNewestFirstFilteredAndBounded() {
        for (int i = 1; i <= 5; i++) {
            log.add("p", i % 2 == 0 ? Topics.Kind.STATUS : Topics.Kind.EVENTS,
                    json(i % 2 == 0 ? "{\"status\":{\"batteryLevel\":" + i + "}}" : "{\"position\":" + i + "}"), T);
        }

        assertThat(log.entries("p", Optional.empty(), "")).extracting(EventLog.Entry::sequence).containsExactly(5L, 4L, 3L);
        assertThat(log.entries("p", Optional.of(Topics.Kind.STATUS), "")).extracting(EventLog.Entry::sequence)
                .containsExactly(4L);
        assertThat(log.entries("p", Optional.empty(), "BATTERY")).extracting(EventLog.Entry::sequence)
                .containsExactly(4L);
        assertThat(log.entries("other", Optional.empty(), "")).isEmpty();
    }
}
