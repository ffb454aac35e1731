package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HundredPlayersTest {

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private final List<String> ids = IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("y%03dplayer", i)).toList();

    @BeforeEach
    void start() throws Exception {
        fixture = new HouseholdFixture(temp);
        for (String id : ids) {
            fixture.household.addPlayer(id, "Player " + id, id.hashCode() % 3 == 0 ? "mini" : "v3");
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aHouseholdOfAHundredPlayersIsFollowedAndCommanded() throws Exception {
        YotoMqtt mqtt = fixture.connect(ids.toArray(String[]::new));

        HouseholdFixture.await(() -> ids.stream().allMatch(id -> fixture.states.get(id).batteryLevel().isPresent()
                && fixture.states.get(id).volumeStep().isPresent()), "every player's status and events");
        List<CompletableFuture<CommandResult>> results = ids.stream()
                .map(id -> mqtt.send(id, Command.volumeStep(ids.indexOf(id) % 17))).toList();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(results).allMatch(r -> r.join() == CommandResult.OK);
        HouseholdFixture.await(() -> ids.stream().allMatch(id -> fixture.states.get(id).volumeStep().orElse(-1)
                == ids.indexOf(id) % 17), "every player's new volume");
        assertThat(ids).allMatch(fixture.states::isOnline);
        assertThat(mqtt.stats().counts().malformed()).isZero();
        assertThat(fixture.household.broker().connectedClients()).isEqualTo(100);
    }
}
