package com.yotosmartstream.client.player;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlayerStateTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static PlayerState events(PlayerState state, String delta, Instant at) {
        return state.merge(PlayerField.Source.EVENTS, json(delta), at).state();
    }

    @Test
    void aFieldPresentWithZeroOrFalseIsTheNewValue() {
        PlayerState state = events(PlayerState.unknown("p"), "{\"volume\":9,\"sleepTimerActive\":true,\"position\":120}", T0);

        state = events(state, "{\"volume\":0,\"sleepTimerActive\":false,\"position\":0}", T0.plusSeconds(1));

        assertThat(state.volumeStep()).contains(0);
        assertThat(state.flag(PlayerField.SLEEP_TIMER_ACTIVE)).contains(false);
        assertThat(state.positionSeconds()).contains(0.0);
    }

    @Test
    void aFieldAbsentFromADeltaKeepsItsValueAndItsTime() {
        PlayerState state = events(PlayerState.unknown("p"), "{\"cardId\":\"abc12\",\"position\":5}", T0);

        state = events(state, "{\"position\":10}", T0.plusSeconds(5));

        assertThat(state.cardId()).contains("abc12");
        assertThat(state.reportedAt(PlayerField.CARD_ID)).contains(T0);
        assertThat(state.reportedAt(PlayerField.POSITION)).contains(T0.plusSeconds(5));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndTheOldOneKept() {
        PlayerState state = events(PlayerState.unknown("p"), "{\"volume\":7,\"position\":30}", T0);

        Merge merge = state.merge(PlayerField.Source.EVENTS,
                json("{\"volume\":\"loud\",\"position\":{\"s\":1},\"trackLength\":null,\"streaming\":2}"),
                T0.plusSeconds(1));

        assertThat(merge.rejected()).containsExactlyInAnyOrder("volume", "position", "trackLength", "streaming");
        assertThat(merge.changed()).isEmpty();
        assertThat(merge.state().volumeStep()).contains(7);
        assertThat(merge.state().positionSeconds()).contains(30.0);
    }

    @Test
    void playersLooseSpellingsAreRead() {
        PlayerState state = PlayerState.unknown("p").merge(PlayerField.Source.STATUS,
                json("{\"charging\":1,\"batteryLevel\":\"64\",\"headphones\":\"false\"}"), T0).state();

        assertThat(state.charging()).contains(true);
        assertThat(state.batteryLevel()).contains(64);
        assertThat(state.flag(PlayerField.HEADPHONES)).contains(false);
    }

    @Test
    void unknownFieldsAreListedAndIgnored() {
        Merge merge = PlayerState.unknown("p").merge(PlayerField.Source.EVENTS,
                json("{\"position\":3,\"futureField\":{\"x\":1}}"), T0);

        assertThat(merge.unknown()).containsExactly("futureField");
        assertThat(merge.state().reportedFields()).containsExactly(PlayerField.POSITION);
    }

    @Test
    void reReportingTheSameValueRefreshesItsTimeWithoutCountingAsAChange() {
        PlayerState state = events(PlayerState.unknown("p"), "{\"volume\":7}", T0);

        Merge merge = state.merge(PlayerField.Source.EVENTS, json("{\"volume\":7}"), T0.plusSeconds(60));

        assertThat(merge.changed()).isEmpty();
        assertThat(merge.state().reportedAt(PlayerField.VOLUME)).contains(T0.plusSeconds(60));
        assertThat(merge.state().reported(PlayerField.VOLUME).orElseThrow().age(T0.plusSeconds(90)))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aStatusVolumeIsPercentAndLeavesTheStepsOfEventsAlone() {
        // captured from a Yoto Mini (fw v2.23.2): events in 0-16 steps, statuses in %
        PlayerState state = events(PlayerState.unknown("p"), "{\"volume\":6,\"volumeMax\":13}", T0);

        state = state.merge(PlayerField.Source.STATUS, json("{\"volume\":55,\"userVolume\":50}"), T0).state();

        assertThat(state.volumeStep()).contains(6);
        assertThat(state.volumeMaxStep()).contains(13);
        assertThat(state.systemVolumePercent()).contains(55);
        assertThat(state.userVolumePercent()).contains(50);
    }

    @Test
    void aShutdownIsOfflineAtOnceAndWhatFollowsWithinTheGraceDoesNotCountUntilItStartsAgain() {
        Duration silence = Duration.ofMinutes(11);
        PlayerState state = events(PlayerState.unknown("p"), "{\"position\":1}", T0)
                .withShutdown("userShutdown", T0.plusSeconds(5), Duration.ofSeconds(10));

        assertThat(state.isOnline(T0.plusSeconds(5), silence)).isFalse();
        assertThat(state.shutdownReason()).contains("userShutdown");
        PlayerState late = events(state, "{\"position\":2}", T0.plusSeconds(8));
        assertThat(late.isOnline(T0.plusSeconds(8), silence)).isFalse();
        PlayerState started = late.merge(PlayerField.Source.STATUS, json("{\"shutDown\":\"nA\",\"upTime\":12}"),
                T0.plusSeconds(9)).state();
        assertThat(started.isOnline(T0.plusSeconds(9), silence)).isTrue();
        assertThat(started.shutdownReason()).isEmpty();
        assertThat(events(state, "{\"position\":3}", T0.plusSeconds(16)).isOnline(T0.plusSeconds(16), silence))
                .isTrue();
    }

    @Test
    void noCardIsReportedAsNone() {
        assertThat(events(PlayerState.unknown("p"), "{\"cardId\":\"none\"}", T0).cardId()).isEmpty();
    }

    @Test
    void aPlayerIsOnlineWhileItKeepsTalkingAndOfflineAfterSilence() {
        Duration silence = Duration.ofMinutes(11);
        PlayerState state = events(PlayerState.unknown("p"), "{\"position\":1}", T0);

        assertThat(PlayerState.unknown("p").isOnline(T0, silence)).isFalse();
        assertThat(state.isOnline(T0.plusSeconds(600), silence)).isTrue();
        assertThat(state.isOnline(T0.plusSeconds(661), silence)).isFalse();
    }

    @Test
    void anOfflinePresenceWinsUntilThePlayerSpeaksAgain() {
        Duration silence = Duration.ofMinutes(11);
        PlayerState state = events(PlayerState.unknown("p"), "{\"position\":1}", T0)
                .withPresence(Presence.OFFLINE, T0.plusSeconds(10));

        assertThat(state.isOnline(T0.plusSeconds(11), silence)).isFalse();
        assertThat(events(state, "{\"position\":2}", T0.plusSeconds(20)).isOnline(T0.plusSeconds(21), silence)).isTrue();
        assertThat(state.withPresence(Presence.ONLINE, T0.plusSeconds(30)).isOnline(T0.plusSeconds(31), silence)).isTrue();
    }
}
