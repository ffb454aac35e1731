package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.sim.CloudEmulator;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.RestRoutes;
import com.yotosmartstream.client.sim.SimulatedAccount;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YotoApiTest {

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = d -> {
        waits.add(d);
        clock.advance(d);
    };
    private final SimulatedAccount account = new SimulatedAccount();
    private final CloudEmulator cloud = CloudEmulator.start(clock, new RestRoutes(account));
    private YotoApi api;

    @BeforeEach
    void signIn() throws Exception {
        var config = cloud.config(URI.create("tcp://127.0.0.1:1"));
        HttpClient http = new HttpClient(new NetHttpTransport(), sleeper, clock);
        OAuthClient oauth = new OAuthClient(config, http, clock);
        TokenManager tokens = new TokenManager(oauth, new TokenStore(temp.resolve("tokens.json")), clock,
                TokenManager.DEFAULT_MARGIN);
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
        DeviceAuthorization authorization = signIn.start();
        cloud.auth().approve(authorization.userCode());
        tokens.signedIn(signIn.awaitTokens(authorization, () -> false));
        waits.clear();
        api = new YotoApi(config, http, tokens);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void listsTheHouseholdsPlayers() throws Exception {
        account.addPlayer("y1abc", "Bedroom", "v3");
        account.addPlayer("y2def", "Kitchen", "mini");

        List<PlayerInfo> players = api.players();

        assertThat(players).extracting(PlayerInfo::deviceId, PlayerInfo::name, PlayerInfo::hasAmbientLight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("y1abc", "Bedroom", true),
                        org.assertj.core.groups.Tuple.tuple("y2def", "Kitchen", false));
    }

    @Test
    void aCardIsCreatedReadUpdatedAndDeletedWithUnknownFieldsKept() throws Exception {
        Card draft = Card.create("Bedtime", "linear", List.of(Chapter.of("01", "One",
                List.of(Track.stream("01", "One", "https://example.test/one.mp3", "mp3")))));
        var withExtra = draft.toJson();
        withExtra.addProperty("somethingNew", "kept");
        draft = new Card(withExtra);

        Card created = api.save(draft);
        String id = created.cardId().orElseThrow();
        assertThat(id).matches("[A-Za-z0-9]{5}");
        Card fetched = api.card(id);
        assertThat(fetched.toJson().get("somethingNew").getAsString()).isEqualTo("kept");
        assertThat(fetched.chapters().get(0).tracks().get(0).trackUrl()).isEqualTo("https://example.test/one.mp3");

        api.save(fetched.withTitle("Bedtime stories"));
        assertThat(api.myCards()).extracting(Card::title).containsExactly("Bedtime stories");

        api.delete(id);
        assertThat(api.myCards()).isEmpty();
        assertThatThrownBy(() -> api.card(id)).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(404)).hasMessageContaining("may have been deleted");
    }

    @Test
    void theFamilyLibraryListsItsCardsWithTheirIds() throws Exception {
        account.addToFamilyLibrary("lib01", JsonParser.parseString("{\"title\":\"The Gruffalo\"}").getAsJsonObject());
        assertThat(api.familyLibrary()).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("The Gruffalo");
            assertThat(card.cardId()).contains("lib01");
        });
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallGoesThrough() throws Exception {
        account.addPlayer("y1abc", "Bedroom", "v3");
        cloud.auth().expireAccessTokens();

        assertThat(api.players()).hasSize(1);
        assertThat(cloud.auth().refreshCount()).isEqualTo(1);
    }

    @Test
    void rateLimitingIsWaitedOutAsRetryAfterSays() throws Exception {
        cloud.failNextApiCalls(429, 2, "3");
        assertThat(api.myCards()).isEmpty();
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReportedWithWhatToDo() {
        cloud.failNextApiCalls(503, 10, null);
        assertThatThrownBy(() -> api.players()).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(503)).hasMessageContaining("Try again in a few minutes");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void creatingACardIsNotRetriedBlindly() {
        cloud.failNextApiCalls(502, 1, null);
        Card draft = Card.create("Once", "linear", List.of());
        assertThatThrownBy(() -> api.save(draft)).isInstanceOf(YotoApiException.class);
        assertThat(account.cards()).as("a retried POST could create the card twice").isEmpty();
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefusedCardSaysWhy() {
        Card untitled = Card.create("", "linear", List.of());
        assertThatThrownBy(() -> api.save(untitled)).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void errorMessagesNeverCarryTheToken() {
        cloud.failNextApiCalls(500, 10, null);
        assertThatThrownBy(() -> api.players()).isInstanceOf(YotoApiException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sim-at-", "Bearer"));
    }
}
