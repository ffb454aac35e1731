package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.PlayerModel;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broker outages, token expiry and bad payloads, over real sockets. */
class MqttResilienceTest {

    private static final String PLAYER = "y1bedroom";

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private VirtualPlayer player;
    private YotoMqtt mqtt;
    private final List<Map<String, PlayerState>> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        player = fixture.household.addPlayer(PLAYER, "Bedroom", "v3");
        fixture.states.addListener(Runnable::run, heard::add);
        mqtt = fixture.connect(PLAYER);
        fixture.awaitState(PLAYER, s -> s.volumeStep().isPresent() && s.batteryLevel().isPresent());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private boolean connected() {
        return mqtt.connectionStatus(PLAYER).map(ConnectionStatus::connected).orElse(false);
    }

    private long requests(String command) {
        return player.commandsReceived().stream().filter(command::equals).count();
    }

    @Test
    void aBrokerRestartMidSessionIsRecoveredWithoutLosingListeners() throws Exception {
        String cardId = fixture.household.account().saveCard(Card.create("Long", "linear", List.of(Chapter.of("01",
                "One", List.of(Track.stream("01", "t", fixture.household.silenceUrl(600).toString(), "mp3")))))
                .toJson()).orElseThrow().get("cardId").getAsString();
        mqtt.send(PLAYER, Command.start(CardStart.of(cardId))).get(10, TimeUnit.SECONDS);
        fixture.awaitState(PLAYER, s -> s.playbackStatus() == PlaybackStatus.PLAYING);
        long eventRequestsBefore = requests("events/request");

        fixture.household.broker().restart();
        HouseholdFixture.await(() -> !connected(), "the client to notice the outage");
        HouseholdFixture.await(this::connected, "the client to reconnect");
        heard.clear();

        assertThat(mqtt.send(PLAYER, Command.volumeStep(12)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        HouseholdFixture.await(() -> heard.stream().anyMatch(m -> m.containsKey(PLAYER)
                && m.get(PLAYER).volumeStep().orElse(0) == 12), "the listener to hear the new volume");
        assertThat(requests("events/request")).isGreaterThan(eventRequestsBefore);
        assertThat(fixture.states.get(PLAYER).playbackStatus()).isEqualTo(PlaybackStatus.PLAYING);
        assertThat(fixture.states.get(PLAYER).cardId()).contains(cardId);
    }

    @Test
    void aBrokerOutageIsRetriedWithGrowingWaitsUntilItComesBack() throws Exception {
        fixture.household.broker().stop();
        HouseholdFixture.await(() -> mqtt.connectionStatus(PLAYER).map(ConnectionStatus::attempts).orElse(0) >= 3,
                "several reconnection attempts");
        ConnectionStatus waiting = mqtt.connectionStatus(PLAYER).orElseThrow();
        assertThat(waiting.connected()).isFalse();
        assertThat(waiting.reason()).isPresent();

        fixture.household.broker().resume();

        HouseholdFixture.await(this::connected, "the client to reconnect");
        assertThat(mqtt.send(PLAYER, Command.pause()).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.FAIL);
    }

    @Test
    void anExpiredTokenForcesAReconnectionWithARenewedOne() throws Exception {
        int refreshesBefore = fixture.household.auth().refreshCount();

        fixture.household.auth().expireAccessTokens();
        HouseholdFixture.await(() -> !connected(), "the broker to drop the expired session");
        HouseholdFixture.await(this::connected, "the client to reconnect with a renewed token");

        assertThat(fixture.household.auth().refreshCount()).isGreaterThan(refreshesBefore);
        assertThat(mqtt.send(PLAYER, Command.volumeStep(3)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
    }

    @Test
    void malformedPayloadsAreCountedAndDroppedWithoutCorruptingTheState() throws Exception {
        String events = Topics.of(PLAYER, Topics.Kind.EVENTS);
        long receivedBefore = mqtt.stats().counts().received();
        MessageStats.Counts before = mqtt.stats().counts();
        List<byte[]> malformed = List.of(
                bytes("hello"), bytes("{\"volume\":"), bytes("[1,2,3]"), bytes("{volume:3}"),
                bytes("{\"volume\":3} trailing"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                new byte[0], bytes("null"));
        for (byte[] payload : malformed) {
            fixture.household.broker().publish(events, payload);
        }
        fixture.household.broker().publish(Topics.of(PLAYER, Topics.Kind.STATUS), bytes("{\"status\":5}"));
        fixture.household.broker().publish(Topics.of(PLAYER, Topics.Kind.PRESENCE), bytes("{\"state\":\"maybe\"}"));
        fixture.household.broker().publish(Topics.of(PLAYER, Topics.Kind.RESPONSE), bytes("{\"status\":\"OK\"}"));
        fixture.household.broker().publish(events, bytes("{\"volume\":4,\"newThing\":{\"a\":1}}"));
        fixture.household.broker().publish(events, bytes("{\"volume\":\"loud\",\"position\":17}"));

        HouseholdFixture.await(() -> mqtt.stats().counts().received() - receivedBefore >= 13, "all 13 messages");
        HouseholdFixture.await(() -> fixture.states.get(PLAYER).positionSeconds().orElse(0.0) == 17.0,
                "the last good message");

        MessageStats.Counts counts = mqtt.stats().counts();
        assertThat(counts.malformed() - before.malformed()).isEqualTo(11);
        assertThat(counts.unknownFields() - before.unknownFields()).isEqualTo(1);
        assertThat(counts.rejectedFields() - before.rejectedFields()).isEqualTo(1);
        assertThat(fixture.states.get(PLAYER).volumeStep()).contains(4);
        assertThat(connected()).isTrue();
        assertThat(mqtt.send(PLAYER, Command.volumeStep(9)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
    }

    @Test
    void firmwareThatSpeaksOnlyOnTheLegacyTopicsIsReadFromThem() throws Exception {
        String old = "y1oldfirmware";
        VirtualPlayer legacy = fixture.household.addPlayer(old, "Old", PlayerModel.player3()
                .withTopics(PlayerModel.TopicSet.LEGACY_ONLY));
        mqtt.connect(List.of(PLAYER, old));
        fixture.awaitState(old, s -> s.volumeStep().isPresent() && s.batteryLevel().isPresent());

        assertThat(mqtt.send(old, Command.volumeStep(11)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        legacy.setBattery(42);

        fixture.awaitState(old, s -> s.batteryLevel().orElse(0) == 42);
        mqtt.requestStatus(old);

        PlayerState state = fixture.awaitState(old, s -> s.userVolumePercent().orElse(0) == 11 * 100 / 16);
        assertThat(state.volumeStep()).contains(11);
    }

    @Test
    void theLegacyTwinOfADataMessageIsNotAppliedAgain() throws Exception {
        long twins = mqtt.stats().twins();
        int changes = heard.size();

        fixture.household.broker().publish("device/" + PLAYER + "/events", bytes("{\"trackTitle\":\"Once\"}"));
        fixture.household.broker().publish("device/" + PLAYER + "/data/events", bytes("{\"trackTitle\":\"Once\"}"));
        fixture.household.broker().publish("device/" + PLAYER + "/events", bytes("{\"position\":99}"));

        HouseholdFixture.await(() -> mqtt.stats().twins() - twins >= 2, "both legacy twins to be skipped");
        PlayerState state = fixture.states.get(PLAYER);
        assertThat(state.text(com.yotosmartstream.client.player.PlayerField.TRACK_TITLE)).contains("Once");
        assertThat(state.positionSeconds()).isNotEqualTo(java.util.Optional.of(99.0));
        assertThat(heard.size() - changes).isEqualTo(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
