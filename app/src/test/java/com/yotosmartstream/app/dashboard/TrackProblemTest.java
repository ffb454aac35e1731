package com.yotosmartstream.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tile says why a track did not play: the simulated player's reason, or what a real player shows. */
class TrackProblemTest {

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T19:00:00Z"));
    private SimulatedHousehold household;
    private HouseholdService service;
    private DashboardViewModel dashboard;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stream/", exchange -> { // what the library served for an M4A before
            byte[] body = new byte[2048];
            exchange.getResponseHeaders().add("Content-Type", "audio/mp4");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        household = SimulatedHousehold.start(clock);
        household.addPlayer("t1", "Bedroom", "v3");
        HouseholdConnection connection = DemoHousehold.connect(household, temp.resolve("tokens.json"), clock,
                MqttOptions.defaults());
        service = new HouseholdService(new CurrentThreadTaskExecutor());
        service.start(() -> connection);
        dashboard = new DashboardViewModel(service, clock, Runnable::run, Runnable::run);
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> tile().batteryProperty().get() >= 0,
                () -> "the tile's first battery report");
    }

    @AfterEach
    void stop() {
        dashboard.close();
        service.close();
        server.stop(0);
    }

    private PlayerTileViewModel tile() {
        return dashboard.tiles().get(0);
    }

    @Test
    void anM4aStreamThatThePlayerRefusesIsExplainedOnTheTile() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/stream/TOKEN123/abc.m4a";
        String cardId = household.account().saveCard(Card.create("Audiobook", "linear", List.of(Chapter.of("01",
                "One", List.of(Track.stream("01", "The Lost Dragon", url, "m4a"))))).toJson())
                .orElseThrow().get("cardId").getAsString();
        service.connection().orElseThrow().putCard(new Card(household.account().card(cardId).orElseThrow()));

        tile().playCard(cardId);

        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), () -> !tile().problemTextProperty().get().isEmpty(),
                () -> "the reason on the tile; it shows " + tile().playbackProperty().get());
        assertThat(tile().problemTextProperty().get())
                .startsWith("'The Lost Dragon' could not play: the server sent 'audio/mp4' (an M4A file)")
                .doesNotContain("TOKEN123");
    }

    @Test
    void aRealPlayerThatStopsWhileLoadingIsShownAsNotPlayingWithWhatToCheck() {
        TrackProblem problem = new TrackProblem();
        PlayerState loading = state("{\"playbackStatus\":\"loading\",\"trackTitle\":\"Chapter 3\"}");
        PlayerState stopped = state("{\"playbackStatus\":\"stopped\",\"trackTitle\":\"Chapter 3\"}");
        PlayerState playing = state("{\"playbackStatus\":\"playing\",\"trackTitle\":\"Chapter 4\"}");

        assertThat(problem.update(loading, stopped, Optional.empty())).isEqualTo("'Chapter 3' did not play: the player"
                + " stopped while loading it. A streamed track must be MP3 or AAC at an address the player can reach.");
        assertThat(problem.update(stopped, playing, Optional.empty())).isEmpty();
        assertThat(problem.update(playing, stopped, Optional.empty())).as("a stop after playing is no problem")
                .isEmpty();
    }

    private PlayerState state(String json) {
        com.yotosmartstream.client.player.PlayerStates states = new com.yotosmartstream.client.player.PlayerStates(
                clock, Duration.ofMinutes(11));
        states.merge("x", PlayerField.Source.EVENTS, com.google.gson.JsonParser.parseString(json).getAsJsonObject());
        return states.get("x");
    }
}
