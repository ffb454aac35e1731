package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.sim.RecordedPlayer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the client sends, answered over the real broker in each shape a real player's
 * reply takes (captured and logged: see {@code ReplyNames}), ends OK or FAIL, never "did not answer".
 */
class CommandRepliesTest {

    private static final String PLAYER = "y1replies";

    /** The firmware's names where known; the topic's name elsewhere (as the simulation answers). */
    private static final Map<String, String> FIRMWARE_NAMES = Map.of("events/request", "events", "card/start",
            "card-play", "card/pause", "card-pause", "volume/set", "set-volume");

    private static final List<Command> COMMANDS = List.of(Command.volume(50), Command.start(CardStart.of("abc12")),
            Command.pause(), Command.resume(), Command.stop(), Command.sleepTimer(Duration.ofMinutes(5)),
            Command.ambientLight(10, 20, 30), Command.reboot(), Command.bluetooth(true),
            Command.displayPreview("yoto:#abc", Duration.ofSeconds(5), false));

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private RecordedPlayer player;
    private YotoMqtt mqtt;

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        player = fixture.household.addRecordedPlayer(PLAYER, "Replies", "v3");
        // the client's own events and status requests are answered as a Mini answered them
        answer((command, body) -> command.endsWith("/request") ? Optional.of(reply(FIRMWARE_NAMES
                .getOrDefault(command, command), "OK", body)) : Optional.empty());
        mqtt = fixture.connect(PLAYER);
        HouseholdFixture.await(() -> player.received().size() >= 2, "the client's first requests");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void answer(BiFunction<String, String, Optional<String>> replies) {
        player.answerWith((command, body) -> command.endsWith("/request")
                ? Optional.of(reply(FIRMWARE_NAMES.getOrDefault(command, command), "OK", body))
                : replies.apply(command, body));
    }

    private static String reply(String name, String verdict, String reqBody) {
        JsonObject status = new JsonObject();
        status.addProperty(name, verdict);
        status.addProperty("req_body", reqBody);
        JsonObject message = new JsonObject();
        message.add("status", status);
        return message.toString();
    }

    private CommandResult send(Command command) throws Exception {
        return mqtt.send(PLAYER, command).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theFirmwaresNameWithTheBodyEchoedIsOk() throws Exception {
        answer((command, body) -> Optional.of(reply(FIRMWARE_NAMES.getOrDefault(command, command), "OK", body)));

        for (Command command : COMMANDS) {
            assertThat(send(command)).as(command.name()).isEqualTo(CommandResult.OK);
        }
    }

    @Test
    void aNameNobodyKnowsIsMatchedByTheRequestIdItEchoes() throws Exception {
        answer((command, body) -> Optional.of(reply("new-firmware-name", "OK", body)));

        for (Command command : COMMANDS) {
            assertThat(send(command)).as(command.name()).isEqualTo(CommandResult.OK);
        }
        assertThat(player.received().stream().filter(r -> r.body().startsWith("{"))
                .allMatch(r -> r.body().contains("\"requestId\":\"yss"))).isTrue();
    }

    @Test
    void anEmptyReqBodyIsMatchedByTheFirmwaresName() throws Exception {
        answer((command, body) -> Optional.of(reply(FIRMWARE_NAMES.getOrDefault(command, command), "OK", "")));

        for (Command command : COMMANDS) {
            assertThat(send(command)).as(command.name()).isEqualTo(CommandResult.OK);
        }
    }

    @Test
    void anUnknownNameWithAnEmptyReqBodyAnswersTheOldestCommand() throws Exception {
        answer((command, body) -> Optional.of(reply("something-else", "OK", "")));

        for (Command command : COMMANDS) {
            assertThat(send(command)).as(command.name()).isEqualTo(CommandResult.OK);
        }
    }

    @Test
    void aFailIsAFailureInEveryShape() throws Exception {
        List<BiFunction<String, String, String>> shapes = List.of(
                (command, body) -> reply(FIRMWARE_NAMES.getOrDefault(command, command), "FAIL", body),
                (command, body) -> reply("new-firmware-name", "FAIL", body),
                (command, body) -> reply(FIRMWARE_NAMES.getOrDefault(command, command), "FAIL", ""));
        for (BiFunction<String, String, String> shape : shapes) {
            answer((command, body) -> Optional.of(shape.apply(command, body)));
            for (Command command : COMMANDS) {
                assertThat(send(command)).as(command.name()).isEqualTo(CommandResult.FAIL);
            }
        }
    }

    @Test
    void aCardPlayFailAsLoggedByYotoHaIsAFailure() throws Exception {
        // cdnninja/yoto_ha #262: {"status":{"card-play":"FAIL","req_body":"{\"uri\": ...}"}}
        answer((command, body) -> Optional.of(reply("card-play", "FAIL", body)));

        assertThat(send(Command.start(CardStart.of("523lC").at("10", "1")))).isEqualTo(CommandResult.FAIL);
    }
}
