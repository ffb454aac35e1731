package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Replies as real players give them: under the firmware's own names, with {@code req_body} the
 * body sent, verbatim (captured: {@code {"status":{"events":"OK","req_body":"interactive-..."}}};
 * cdnninja/yoto_ha #262: {@code card-play} FAIL with the card/start body; #188: {@code events}
 * with {@code ""}).
 */
class PendingCommandsTest {

    private final PendingCommands pending = new PendingCommands(Duration.ofSeconds(30),
            MqttOptions.RequestIds.defaults());

    private static JsonObject reply(String name, String verdict, String reqBody) {
        JsonObject status = new JsonObject();
        status.addProperty(name, verdict);
        if (reqBody != null) {
            status.addProperty("req_body", reqBody);
        }
        return status;
    }

    @Test
    void eachCommandCarriesAUniqueRequestIdInItsJsonBody() {
        PendingCommands.Sent first = pending.register(Command.volume(50));
        PendingCommands.Sent second = pending.register(Command.volume(50));

        assertThat(first.requestId()).isNotEqualTo(second.requestId());
        JsonObject body = JsonParser.parseString(first.payloadText()).getAsJsonObject();
        assertThat(body.get("requestId").getAsString()).isEqualTo(first.requestId());
        assertThat(body.get("volume").getAsInt()).isEqualTo(50);
    }

    @Test
    void eventsAndStatusRequestsCarryTheirIdAsBodyTextAndOtherEmptyCommandsGoEmpty() {
        assertThat(pending.register(Command.eventsRequest()).payloadText()).startsWith("yss");
        assertThat(pending.register(Command.statusRequest()).payloadText()).startsWith("yss");
        assertThat(pending.register(Command.pause()).payloadText()).isEmpty();
        PendingCommands all = new PendingCommands(Duration.ofSeconds(30),
                new MqttOptions.RequestIds(false, MqttOptions.EmptyBodies.ALL));
        assertThat(all.register(Command.pause()).payloadText()).startsWith("yss");
        assertThat(all.register(Command.volume(50)).payloadText()).isEqualTo("{\"volume\":50}");
    }

    @Test
    void aReplyIsMatchedByTheRequestIdItsReqBodyEchoesWhateverItsName() {
        PendingCommands.Sent older = pending.register(Command.start(com.yotosmartstream.client.mqtt.CardStart.of("a")));
        PendingCommands.Sent newer = pending.register(Command.start(com.yotosmartstream.client.mqtt.CardStart.of("b")));

        pending.answer(reply("card-play", "OK", newer.payloadText()));

        assertThat(newer.future()).isCompletedWithValue(CommandResult.OK);
        assertThat(older.future()).isNotDone();
        pending.answer(reply("whatever-new-firmware-says", "FAIL", older.payloadText()));
        assertThat(older.future()).isCompletedWithValue(CommandResult.FAIL);
    }

    @Test
    void anEventsRequestIsAnsweredByItsTextBody() {
        PendingCommands.Sent sent = pending.register(Command.eventsRequest());

        pending.answer(reply("events", "OK", sent.payloadText()));

        assertThat(sent.future()).isCompletedWithValue(CommandResult.OK);
    }

    @Test
    void anEmptyReqBodyFallsBackToTheFirmwareNameOfTheCommand() {
        PendingCommands.Sent volume = pending.register(Command.volume(50));
        PendingCommands.Sent pause = pending.register(Command.pause());
        PendingCommands.Sent events = pending.register(Command.eventsRequest());

        pending.answer(reply("card-pause", "OK", ""));
        pending.answer(reply("events", "OK", ""));

        assertThat(pause.future()).isCompletedWithValue(CommandResult.OK);
        assertThat(events.future()).isCompletedWithValue(CommandResult.OK);
        assertThat(volume.future()).isNotDone();
        pending.answer(reply("set-volume", "FAIL", ""));
        assertThat(volume.future()).isCompletedWithValue(CommandResult.FAIL);
    }

    @Test
    void aKnownNameWithNothingOfItsKindWaitingAnswersNothing() {
        PendingCommands.Sent volume = pending.register(Command.volume(50));

        pending.answer(reply("card-play", "OK", ""));

        assertThat(volume.future()).isNotDone();
    }

    @Test
    void anUnknownNameAnswersTheOldestCommandWaiting() {
        PendingCommands.Sent stop = pending.register(Command.stop());
        PendingCommands.Sent resume = pending.register(Command.resume());

        pending.answer(reply("card-halt", "OK", ""));

        assertThat(stop.future()).isCompletedWithValue(CommandResult.OK);
        assertThat(resume.future()).isNotDone();
    }

    @Test
    void aReplyToOneOfOursThatNoLongerWaitsIsNeverTakenForAnother() {
        PendingCommands.Sent gone = pending.register(Command.volume(10));
        pending.answer(reply("set-volume", "OK", gone.payloadText()));
        PendingCommands.Sent waiting = pending.register(Command.volume(20));

        pending.answer(reply("set-volume", "OK", gone.payloadText()));

        assertThat(waiting.future()).isNotDone();
    }

    @Test
    void unansweredCommandsTimeOut() {
        PendingCommands quick = new PendingCommands(Duration.ofMillis(20), MqttOptions.RequestIds.defaults());
        CompletableFuture<CommandResult> future = quick.register(Command.stop()).future();

        assertThat(future.join()).isEqualTo(CommandResult.TIMED_OUT);
        assertThat(quick.waiting()).isZero();
    }
}
