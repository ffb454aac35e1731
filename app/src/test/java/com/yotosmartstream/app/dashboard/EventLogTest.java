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

    @Test
    void messagesAreSaidInAParentsWords() {
        log.useCardTitles(id -> id.equals("dragon1") ? Optional.of("The Lost Dragon") : Optional.empty());
        log.add("p", Topics.Kind.EVENTS, json("{\"volume\":7,\"playbackStatus\":\"stopped\",\"cardId\":\"none\"}"), T);

        EventLog.Entry volume = log.add("p", Topics.Kind.EVENTS, json("{\"volume\":9,\"eventUtc\":1}"), T);
        EventLog.Entry started = log.add("p", Topics.Kind.EVENTS, json("{\"cardId\":\"dragon1\",\"chapterKey\":\"03\","
                + "\"chapterTitle\":\"Chapter 3\",\"playbackStatus\":\"playing\",\"position\":0}"), T);
        EventLog.Entry paused = log.add("p", Topics.Kind.EVENTS, json("{\"playbackStatus\":\"paused\"}"), T);
        EventLog.Entry position = log.add("p", Topics.Kind.EVENTS, json("{\"position\":187}"), T);
        log.add("p", Topics.Kind.STATUS, json("{\"status\":{\"batteryLevel\":80,\"charging\":0}}"), T);
        EventLog.Entry battery = log.add("p", Topics.Kind.STATUS, json("{\"status\":{\"batteryLevel\":79,"
                + "\"charging\":1,\"wifiStrength\":-61}}"), T);

        assertThat(volume.summary()).isEqualTo("volume 7 \u2192 9");
        assertThat(started.summary()).isEqualTo("started The Lost Dragon, Chapter 3");
        assertThat(paused.summary()).isEqualTo("paused");
        assertThat(position.summary()).isEqualTo("at 3:07");
        assertThat(battery.summary()).isEqualTo("battery 80 % \u2192 79 %, charging, wifiStrength -61");
        assertThat(battery.changes()).contains("~ batteryLevel: 80 -> 79"); // the field view stays
    }
}
