package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.traffic.TrafficFormat;
import com.yotosmartstream.client.traffic.TrafficLine;
import com.yotosmartstream.client.traffic.TrafficRecorder;
import com.yotosmartstream.client.traffic.TrafficReplay;
import com.yotosmartstream.client.traffic.TrafficTap;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.SerialExecutor;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder on the real client against the simulated household, used as the app's demo mode
 * uses it: sign in, list players and cards, read and change settings, send commands, hear
 * events. The file must read back in the corpus format and hold none of the secrets used.
 */
class RecordedTrafficTest {

    private static final String BEDROOM = "y23IBS76kCaOSrGlz29XhIFO";
    private static final String KITCHEN = "bX9c2kQ7pLm4Qw81";
    private static final String USER = "auth0|65a1b2c3d4e5f60718293a4b";
    private static final String EMAIL = "parent.smith@example.org";
    private static final String SSID = "Smith Family WiFi";
    private static final String SD_SERIAL = "1100876108";
    private static final String MAC = "a4:cf:12:9b:00:7e";

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private ExecutorService pool;
    private YotoMqtt mqtt;

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        fixture.household.addPlayer(BEDROOM, "Emma's room", "mini");
        fixture.household.addPlayer(KITCHEN, "Kitchen", "v3");
        pool = Executors.newSingleThreadExecutor(new NamedThreadFactory("traffic-test"));
    }

    @AfterEach
    void stop() {
        if (mqtt != null) {
            mqtt.close();
        }
        fixture.close();
        pool.shutdownNow();
    }

    @Test
    void aRecordedSessionReadsBackAsTrafficAndHoldsNoSecret() throws Exception {
        // a card as Yoto answers it: with its owner's id and e-mail (yoto-nodejs-client content.d.ts)
        JsonObject stored = Card.create("Bedtime", "linear", List.of(Chapter.of("01", "Owl", List.of(
                Track.stream("01", "Owl", fixture.household.silenceUrl(60).toString(), "mp3"))))).toJson();
        stored.addProperty("userId", USER);
        stored.addProperty("creatorEmail", EMAIL);
        String cardId = fixture.household.account().saveCard(stored).orElseThrow().get("cardId").getAsString();

        TrafficRecorder recorder = TrafficRecorder.start(temp.resolve("diagnostics"), "1.2.3-test", fixture.clock,
                new SerialExecutor("traffic-recorder", pool));
        YotoApi api = new YotoApi(fixture.config, fixture.http, fixture.tokens);
        api.tapTraffic(recorder);
        mqtt = new YotoMqtt(fixture.config.mqttUri(), fixture.tokens, fixture.states, HouseholdFixture.fastOptions());
        mqtt.tapTraffic(recorder);

        List<String> ids = api.players().stream().map(PlayerInfo::deviceId).toList();
        api.myCards();
        api.familyLibrary();
        api.config(BEDROOM);
        api.updateConfig(BEDROOM, Map.of("maxVolumeLimit", "12"));
        mqtt.connect(ids);
        fixture.awaitState(BEDROOM, s -> s.volumeStep().isPresent());
        fixture.awaitState(KITCHEN, s -> s.volumeStep().isPresent());
        assertThat(mqtt.send(BEDROOM, Command.volume(50)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        assertThat(mqtt.send(BEDROOM, Command.start(CardStart.of(cardId))).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.OK);
        mqtt.send(KITCHEN, Command.pause()).get(10, TimeUnit.SECONDS);
        // what a real Mini also sends (the legacy long status; bcomnes/yoto-nodejs-client collected-data/)
        fixture.household.broker().publish("device/" + BEDROOM + "/status", ("{\"status\":{\"statusVersion\":3,"
                + "\"shutDown\":\"nA\",\"ssid\":\"" + SSID + "\",\"sd_info\":\"0xad, 0x4c53(LS), USD00, 16, "
                + SD_SERIAL + ", 04-2023\",\"mac\":\"" + MAC + "\",\"volume\":55,\"userVolume\":50}}")
                .getBytes(StandardCharsets.UTF_8));
        // wait for that status itself: another message (an event) may be heard first
        fixture.awaitState(BEDROOM, s -> s.text(PlayerField.SSID).filter(SSID::equals).isPresent());
        mqtt.tapTraffic(TrafficTap.NONE);
        api.tapTraffic(TrafficTap.NONE);
        TrafficRecorder.Stats stats = recorder.stop().get(10, TimeUnit.SECONDS);

        Path file = stats.file();
        String text = Files.readString(file);
        List<TrafficLine> lines;
        try (Reader in = Files.newBufferedReader(file)) {
            lines = TrafficFormat.readAll(in);
        }
        StringBuilder decoded = new StringBuilder();
        lines.forEach(l -> decoded.append(l.topic()).append(' ').append(l.path()).append(' ').append(l.payload())
                .append('\n'));
        JsonObject saved = JsonParser.parseString(Files.readString(temp.resolve("tokens.json"))).getAsJsonObject();
        List<String> secrets = new ArrayList<>(List.of(BEDROOM, KITCHEN, USER, EMAIL, SSID, SD_SERIAL, MAC,
                "Emma's room", fixture.tokens.accessToken(), saved.get("accessToken").getAsString(),
                saved.get("refreshToken").getAsString()));
        for (String secret : secrets) {
            assertThat(text).as("the file").doesNotContain(secret);
            assertThat(decoded.toString()).as("the file, decoded").doesNotContain(secret);
        }

        assertThat(stats.open()).isFalse();
        assertThat(stats.problem()).isEmpty();
        assertThat(lines).hasSize((int) stats.lines());
        assertThat(stats.bytes()).isEqualTo(Files.size(file));
        assertThat(lines).extracting(TrafficLine::seq).isSorted().doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(l -> assertThat(l.source()).startsWith("recorded: Yoto Smart Stream 1.2.3-test "));
        assertThat(lines).anySatisfy(l -> assertThat(l.path()).isEqualTo("/device-v2/devices/mine"));
        assertThat(lines).anySatisfy(l -> assertThat(l.path()).isEqualTo("/device-v2/DEVICE_1/config"));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.dir()).isEqualTo(TrafficLine.Direction.OUT);
            assertThat(l.topic()).isEqualTo("device/DEVICE_1/command/volume/set");
            assertThat(l.payload().getAsJsonObject().get("volume").getAsInt()).isEqualTo(50);
        });
        assertThat(lines).anySatisfy(l -> assertThat(l.topic()).isEqualTo("device/DEVICE_2/command/card/pause"));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.dir()).isEqualTo(TrafficLine.Direction.IN);
            assertThat(l.topic()).isEqualTo("device/DEVICE_1/response");
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.topic()).isEqualTo("device/DEVICE_1/status");
            JsonObject status = l.payload().getAsJsonObject().getAsJsonObject("status");
            assertThat(status.get("ssid").getAsString()).isEqualTo("SSID");
            assertThat(status.get("volume").getAsInt()).isEqualTo(55);
        });
        assertThat(text).contains(cardId);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aRecordedSessionReplaysAsItIsToTheStateTheClientSaw() throws Exception {
        JsonObject stored = Card.create("Bedtime", "linear", List.of(Chapter.of("01", "Owl", List.of(
                Track.stream("01", "Owl", fixture.household.silenceUrl(60).toString(), "mp3"))))).toJson();
        String cardId = fixture.household.account().saveCard(stored).orElseThrow().get("cardId").getAsString();
        TrafficRecorder recorder = TrafficRecorder.start(temp.resolve("diagnostics"), "1.2.3-test", fixture.clock,
                new SerialExecutor("traffic-recorder", pool));
        mqtt = new YotoMqtt(fixture.config.mqttUri(), fixture.tokens, fixture.states, HouseholdFixture.fastOptions());
        mqtt.tapTraffic(recorder);
        mqtt.connect(List.of(BEDROOM, KITCHEN));
        fixture.awaitState(KITCHEN, s -> s.volumeStep().isPresent() && s.systemVolumePercent().isPresent());
        assertThat(mqtt.send(BEDROOM, Command.volume(75)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        assertThat(mqtt.send(BEDROOM, Command.start(CardStart.of(cardId))).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.OK);
        PlayerState playing = fixture.awaitState(BEDROOM, s -> s.playbackStatus() == PlaybackStatus.PLAYING
                && s.volumeStep().equals(Optional.of(12)) && s.systemVolumePercent().isPresent());
        mqtt.tapTraffic(TrafficTap.NONE);
        PlayerState bedroomSeen = fixture.states.get(BEDROOM);
        PlayerState kitchenSeen = fixture.states.get(KITCHEN);
        Path file = recorder.stop().get(10, TimeUnit.SECONDS).file();
        assertThat(playing.cardId()).contains(cardId);

        TrafficReplay replay;
        try (Reader in = Files.newBufferedReader(file)) {
            replay = TrafficReplay.read(in);
        }
        // the recorder numbers players as it first meets them, which depends on which connects first:
        // the bedroom is the one the volume was sent to
        String bedroom = replay.lines().stream().filter(l -> l.dir() == TrafficLine.Direction.OUT
                && l.topic() != null && l.topic().endsWith("/command/volume/set")).findFirst().orElseThrow()
                .topic().split("/")[1];
        Map<String, PlayerState> seen = Map.of(bedroom, bedroomSeen,
                bedroom.equals("DEVICE_1") ? "DEVICE_2" : "DEVICE_1", kitchenSeen);
        Files.createDirectories(temp.resolve("replay"));
        try (HouseholdFixture other = new HouseholdFixture(temp.resolve("replay"))) {
            Map<String, String> map = other.replayOntoRecordedPlayers(replay, client -> { }, (line, ids) -> { });

            assertThat(map).containsOnlyKeys("DEVICE_1", "DEVICE_2");
            for (Map.Entry<String, PlayerState> recorded : seen.entrySet()) {
                PlayerState replayed = other.states.get(map.get(recorded.getKey()));
                assertThat(fields(replayed)).as(recorded.getKey()).isEqualTo(fields(recorded.getValue()))
                        .containsKeys(PlayerField.VOLUME, PlayerField.SYSTEM_VOLUME, PlayerField.PLAYBACK_STATUS);
            }
        }
    }

    /** What a player reported, but for what the recorder redacts. */
    private static Map<PlayerField, Object> fields(PlayerState state) {
        Map<PlayerField, Object> values = new java.util.EnumMap<>(PlayerField.class);
        for (PlayerField field : state.reportedFields()) {
            if (field != PlayerField.SSID) {
                state.reported(field).ifPresent(r -> values.put(field, r.value()));
            }
        }
        return values;
    }
}
