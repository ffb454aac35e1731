package com.yotosmartstream.client.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a virtual player puts on the wire, compared with what a Yoto Mini (fw v2.23.2) was captured sending. */
class VirtualPlayerWireTest {

    private record Message(String topic, JsonObject json, String text) {
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2025-12-23T18:42:30Z"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Message> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private VirtualPlayer player(PlayerModel model) {
        return new VirtualPlayer("p1", model, clock, (topic, payload) -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            sent.add(new Message(topic.substring("device/p1/".length()), JsonParser.parseString(text).getAsJsonObject(),
                    text));
        }, id -> Optional.empty(), track -> CompletableFuture.completedFuture(Duration.ofSeconds(60)), scheduler);
    }

    private void command(VirtualPlayer player, String name, String body) {
        player.command("device/p1/command/" + name, body.getBytes(StandardCharsets.UTF_8));
    }

    private List<Message> on(String topic) {
        return sent.stream().filter(m -> m.topic().equals(topic)).toList();
    }

    private static JsonObject status(Message message) {
        return message.json().getAsJsonObject("status");
    }

    @Test
    void eventsGoOutTwiceWithTheSamePayloadLegacyFirst() {
        VirtualPlayer player = player(PlayerModel.mini());
        command(player, "events/request", "yss1-1");
        sent.clear();

        command(player, "volume/set", "{\"volume\":63,\"requestId\":\"yss1-2\"}");

        assertThat(sent).extracting(Message::topic).containsExactly("events", "data/events", "response");
        assertThat(sent.get(0).text()).isEqualTo(sent.get(1).text());
        assertThat(sent.get(1).json().get("volume").getAsInt()).isEqualTo(10);
    }

    @Test
    void repliesUseTheFirmwaresNamesAndEchoTheBodyVerbatim() {
        VirtualPlayer player = player(PlayerModel.mini());

        command(player, "events/request", "interactive-1766520307411");
        command(player, "volume/set", "{\"volume\":50,\"requestId\":\"r2\"}");
        command(player, "card/pause", "");
        command(player, "card/stop", "");

        assertThat(on("response")).extracting(Message::text).containsExactly(
                "{\"status\":{\"events\":\"OK\",\"req_body\":\"interactive-1766520307411\"}}",
                "{\"status\":{\"set-volume\":\"OK\",\"req_body\":\"{\\\"volume\\\":50,\\\"requestId\\\":\\\"r2\\\"}\"}}",
                "{\"status\":{\"card-pause\":\"FAIL\",\"req_body\":\"\"}}",
                "{\"status\":{\"card/stop\":\"OK\",\"req_body\":\"\"}}");
    }

    @Test
    void statusesReportVolumesInPercentInTheShortAndLongForms() throws Exception {
        VirtualPlayer player = player(PlayerModel.mini());
        command(player, "volume/set", "{\"volume\":44}");
        player.setPoweredOn(false);
        player.setPoweredOn(true);

        JsonObject shutdown = status(on("status").get(0));
        JsonObject boot = status(on("status").get(1));
        JsonObject shortForm = status(on("data/status").get(0));
        assertThat(shutdown.get("shutDown").getAsString()).isEqualTo("userShutdown");
        assertThat(shutdown.get("statusVersion").getAsInt()).isEqualTo(3);
        assertThat(boot.get("shutDown").getAsString()).isEqualTo("nA");
        assertThat(boot.has("wifiStrength")).isTrue();
        assertThat(shortForm.get("statusVersion").getAsInt()).isEqualTo(1);
        assertThat(shortForm.has("shutDown")).isFalse();
        assertThat(shortForm.get("productType").getAsString()).isEqualTo("mini");
        assertThat(shortForm.get("userVolume").getAsInt()).isEqualTo(43); // step 7, as the capture's 7 -> 43
        assertThat(shortForm.get("volume").getAsInt()).isEqualTo(55);
    }

    @Test
    void thePeriodicPushIsAPartialLegacyStatusAndTheShortOne() {
        VirtualPlayer player = player(PlayerModel.mini());

        player.advance(Duration.ofMinutes(5));

        assertThat(sent).extracting(Message::topic).containsExactly("status", "data/status");
        assertThat(status(sent.get(0)).keySet()).containsExactlyInAnyOrder("batteryLevel", "upTime", "utcTime");
    }

    @Test
    void backToBackStatusRequestsLoseAReplyAndOneAtATimeLoseNone() throws Exception {
        VirtualPlayer player = player(PlayerModel.mini().withStatusReplies(Duration.ofMillis(150), true));

        command(player, "status/request", "a");
        command(player, "status/request", "b");
        awaitCount("data/status", 1);
        Thread.sleep(300);
        assertThat(on("data/status")).hasSize(1);
        assertThat(player.statusRepliesLost()).isEqualTo(1);

        command(player, "status/request", "c");
        awaitCount("data/status", 2);
        assertThat(player.statusRepliesLost()).isEqualTo(1);
        assertThat(status(on("data/status").get(1)).has("nightlightMode")).isTrue();
    }

    @Test
    void aMiniHasNoAmbientLightAndAPlayerHas() {
        VirtualPlayer mini = player(PlayerModel.mini());
        command(mini, "ambients/set", "{\"r\":1,\"g\":2,\"b\":3}");
        assertThat(on("response").get(0).text()).contains("\"ambients/set\":\"FAIL\"");

        sent.clear();
        VirtualPlayer three = player(PlayerModel.player3());
        command(three, "ambients/set", "{\"r\":1,\"g\":2,\"b\":3}");
        assertThat(on("response").get(0).text()).contains("\"ambients/set\":\"OK\"");
        assertThat(status(on("status").get(0)).get("nightlightMode").getAsString()).isEqualTo("0x010203");
    }

    @Test
    void legacyOnlyAndDataOnlyFirmwareUseOneTopicEach() {
        VirtualPlayer legacy = player(PlayerModel.mini().withTopics(PlayerModel.TopicSet.LEGACY_ONLY));
        command(legacy, "events/request", "");
        assertThat(sent).extracting(Message::topic).containsExactly("events", "response");

        sent.clear();
        VirtualPlayer data = player(PlayerModel.mini().withTopics(PlayerModel.TopicSet.DATA_ONLY));
        command(data, "events/request", "");
        assertThat(sent).extracting(Message::topic).containsExactly("data/events", "response");
    }

    private void awaitCount(String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (on(topic).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(on(topic)).hasSizeGreaterThanOrEqualTo(count);
    }
}
