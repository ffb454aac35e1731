package com.yotosmartstream.client.player;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.yotosmartstream.client.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class PlayerStatesTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final PlayerStates states = new PlayerStates(clock, Duration.ofMinutes(11));
    /** An executor that runs its jobs only when told, like a busy FX thread. */
    private final Queue<Runnable> waitingJobs = new ArrayDeque<>();
    private final List<Map<String, PlayerState>> deliveries = new ArrayList<>();

    private void position(String deviceId, int seconds) {
        states.merge(deviceId, PlayerField.Source.EVENTS,
                JsonParser.parseString("{\"position\":" + seconds + "}").getAsJsonObject());
    }

    private void runWaitingJobs() {
        while (!waitingJobs.isEmpty()) {
            waitingJobs.poll().run();
        }
    }

    @Test
    void changesWaitingForASlowListenerAreCoalescedToTheLatestSnapshot() {
        states.addListener(waitingJobs::add, deliveries::add);

        for (int i = 1; i <= 50; i++) {
            position("a", i);
            position("b", 100 + i);
        }
        assertThat(waitingJobs).hasSize(1);
        runWaitingJobs();

        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0)).containsOnlyKeys("a", "b");
        assertThat(deliveries.get(0).get("a").positionSeconds()).contains(50.0);
        assertThat(deliveries.get(0).get("b").positionSeconds()).contains(150.0);
    }

    @Test
    void aChangeAfterADeliveryIsDeliveredAgain() {
        states.addListener(waitingJobs::add, deliveries::add);
        position("a", 1);
        runWaitingJobs();

        position("a", 2);
        runWaitingJobs();

        assertThat(deliveries).extracting(d -> d.get("a").positionSeconds().orElseThrow()).containsExactly(1.0, 2.0);
    }

    @Test
    void aClosedListenerHearsNothingMore() throws Exception {
        AutoCloseable registration = states.addListener(waitingJobs::add, deliveries::add);
        position("a", 1);
        registration.close();
        runWaitingJobs();
        position("a", 2);
        runWaitingJobs();

        assertThat(deliveries).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        states.addListener(Runnable::run, changed -> {
            throw new IllegalStateException("listener bug");
        });
        states.addListener(Runnable::run, deliveries::add);

        position("a", 1);

        assertThat(deliveries).hasSize(1);
    }

    @Test
    void aPlayerThatFallsSilentIsDeliveredOnceAsOffline() {
        states.addListener(Runnable::run, deliveries::add);
        position("a", 1);
        deliveries.clear();

        clock.advance(Duration.ofMinutes(12));
        states.checkSilence();
        states.checkSilence();

        assertThat(deliveries).hasSize(1);
        assertThat(states.isOnline("a")).isFalse();
    }

    @Test
    void aSilentPlayerThatSpeaksAgainIsDeliveredEvenWithoutAChangedValue() {
        position("a", 1);
        clock.advance(Duration.ofMinutes(12));
        states.checkSilence();
        states.addListener(Runnable::run, deliveries::add);

        position("a", 1);

        assertThat(deliveries).hasSize(1);
        assertThat(states.isOnline("a")).isTrue();
    }
}
