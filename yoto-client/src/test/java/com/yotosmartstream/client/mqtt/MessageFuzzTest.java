package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.testing.FuzzBudget;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fuzz tests of what a player (or anyone who can publish to its topics) sends (ADR 0052, 0056).
 * {@link MessageRouter#route} runs on Paho's thread: whatever the payload, it must drop it or hand
 * back work that runs without throwing, and the player's state must stay readable. Seeds are in
 * {@code MessageFuzzTestInputs/<method>/}: for {@code route}, the first byte picks the topic kind
 * and the rest is the payload.
 */
class MessageFuzzTest {

    private static final String PLAYER = "y23IBS76";
    private static final Topics.Kind[] KINDS = Topics.Kind.values();
    // one router for the whole run, as in the app: its malformed-message log is rate-limited per router
    private static final PlayerStates STATES = new PlayerStates(Clock.systemUTC(), Duration.ofMinutes(11));
    private static final MessageStats STATS = new MessageStats();
    private static final MessageRouter ROUTER = new MessageRouter(STATES, STATS,
            MqttOptions.defaults().twinWindow());
    private static final MessageRouter.Responses RESPONSES = new MessageRouter.Responses() {
        @Override
        public void answer(JsonObject status) {
        }

        @Override
        public void statusArrived() {
        }
    };

    static {
        STATES.track(PLAYER);
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void route(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Topics.Kind kind = KINDS[Math.floorMod(data[0], KINDS.length)];
        byte[] payload = Arrays.copyOfRange(data, 1, data.length);
        MessageStats.Counts before = STATS.counts();
        long handledBefore = STATS.handled();

        Optional<Runnable> work = ROUTER.route(Topics.of(PLAYER, kind), payload, RESPONSES);
        work.ifPresent(Runnable::run);

        MessageStats.Counts after = STATS.counts();
        assertThat(after.received() - before.received()).isEqualTo(1);
        // each message is dealt with once: applied, skipped as a legacy twin, or dropped as malformed
        assertThat(STATS.handled() - handledBefore).isEqualTo(1);
        assertThat(after.applied() + after.malformed() - before.applied() - before.malformed()).isLessThanOrEqualTo(1);
        assertThat(STATES.get(PLAYER).toString()).isNotNull();
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void strictObject(byte[] data) {
        JsonObject json;
        try {
            json = MessageRouter.strictObject(data);
        } catch (IOException e) {
            return;
        } catch (RuntimeException e) {
            // route() drops these too, but a parser that throws unchecked on input is a finding to look at
            assertThat(e).hasMessageNotContaining("\n");
            return;
        }
        assertThat(JsonParser.parseString(json.toString())).isEqualTo(json);
    }
}
