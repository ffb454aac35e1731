package com.yotosmartstream.streamer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote page's pairing and access over real HTTP, on a real server on port 0 (ADR 0069). */
class RemoteAccessTest {

    /** Every route of the page and its API, as method and path. */
    static final List<String[]> PAIRED_ROUTES = List.of(
            new String[] {"GET", "/remote"},
            new String[] {"GET", "/remote/remote.js"},
            new String[] {"GET", "/remote/api/session"},
            new String[] {"GET", "/remote/api/players"},
            new String[] {"GET", "/remote/api/cards"},
            new String[] {"GET", "/remote/api/cards/c1/chapters"},
            new String[] {"GET", "/remote/api/events"},
            new String[] {"POST", "/remote/api/players/p1/commands"},
            new String[] {"GET", "/remote/api/routines"},
            new String[] {"POST", "/remote/api/routines/Bedtime/run"});
    static final List<String> OPEN_ROUTES = List.of("/remote/pair", "/remote/pair.js", "/remote/remote.css",
            "/remote/manifest.webmanifest", "/remote/icon-192.png", "/remote/icon-512.png");

    @TempDir
    Path dir;
    RemoteFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new RemoteFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private int call(String method, String path, String secret) throws Exception {
        return method.equals("GET") ? fixture.get(path, secret).statusCode()
                : fixture.post(path, secret, null, "application/json", "{\"action\":\"stop\"}").statusCode();
    }

    @Test
    void everyRouteAnswersNotFoundUntilTheFirstPairingOpens() throws Exception {
        for (String[] route : PAIRED_ROUTES) {
            assertThat(call(route[0], route[1], null)).as(route[1]).isEqualTo(404);
        }
        for (String path : OPEN_ROUTES) {
            assertThat(fixture.get(path, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(fixture.pair("anything").statusCode()).isEqualTo(404);
        assertThat(fixture.access.enabled()).isFalse();
    }

    @Test
    void everyRouteOfThePageAndItsApiRefusesAPhoneThatIsNotPaired() throws Exception {
        fixture.newCode();
        String wrongSecret = "A".repeat(43);
        for (String[] route : PAIRED_ROUTES) {
            assertThat(call(route[0], route[1], null)).as(route[1] + " without a cookie").isEqualTo(401);
            assertThat(call(route[0], route[1], wrongSecret)).as(route[1] + " with a wrong one").isEqualTo(401);
        }
        HttpResponse<String> page = fixture.get("/remote", null);
        assertThat(page.body()).doesNotContain("Emma", "Gruffalo", "player-template");
        // the pairing page and files that hold nothing of the household answer while a pairing is open
        for (String path : OPEN_ROUTES) {
            assertThat(fixture.get(path, null).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(fixture.household.sent).isEmpty();
    }

    @Test
    void aCodePairsOnceOnlyAndTheCookieIsHttpOnlyAndStrict() throws Exception {
        String code = fixture.newCode();
        HttpResponse<String> paired = fixture.pair(code);
        assertThat(paired.statusCode()).isEqualTo(200);
        String cookie = paired.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(RemoteRoutes.COOKIE + "=").contains("; Path=/remote", "; HttpOnly",
                "; SameSite=Strict");
        String secret = RemoteFixture.secretOf(paired);
        assertThat(secret).hasSize(43);
        assertThat(fixture.get("/remote/api/session", secret).statusCode()).isEqualTo(200);
        assertThat(fixture.get("/remote", secret).body()).contains("player-template");

        HttpResponse<String> again = fixture.pair(code);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(fixture.access.phones()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Mum"));
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() throws Exception {
        String code = fixture.newCode();
        fixture.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(fixture.access.enabled()).isFalse();
        assertThat(fixture.pair(code).statusCode()).isEqualTo(404); // nothing paired, nothing open: off

        fixture.pairPhone(); // on again
        String late = fixture.newCode();
        fixture.clock.advance(Duration.ofMinutes(5));
        assertThat(fixture.pair(late).statusCode()).isEqualTo(403);
        String inTime = fixture.newCode();
        fixture.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(fixture.pair(inTime).statusCode()).isEqualTo(200);
    }

    @Test
    void theSecretIsKeptOnlyAsItsHash() throws Exception {
        String secret = fixture.pairPhone();
        List<String> stored = fixture.database.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM remote_phone")) {
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        rows.add(String.valueOf(r.getString(i)));
                    }
                }
            }
            return rows;
        });
        assertThat(stored).doesNotContain(secret).contains(PairedPhones.hash(secret));
        // a phone paired before a restart is still paired after it
        PairedPhones reloaded = PairedPhones.load(fixture.database, fixture.clock);
        assertThat(reloaded.find(secret)).isPresent();
    }

    @Test
    void revokingAPhoneRefusesItsNextRequestAndClosesItsLiveStream() throws Exception {
        String secret = fixture.pairPhone();
        String other = fixture.pairPhone();
        EventStream stream = EventStream.open(fixture, secret);
        assertThat(stream.status).isEqualTo(200);
        stream.await(e -> e.name().equals("players") && e.data().contains("Emma's room"), Duration.ofSeconds(5));

        long id = fixture.access.phones().stream().filter(p -> fixture.access.phone(secret).map(PairedPhone::id)
                .orElse(-1L) == p.id()).findFirst().orElseThrow().id();
        fixture.access.revoke(id);
        stream.ended.get(5, TimeUnit.SECONDS);
        assertThat(fixture.get("/remote/api/players", secret).statusCode()).isEqualTo(401);
        assertThat(EventStream.open(fixture, secret).status).isEqualTo(401);
        assertThat(fixture.get("/remote/api/players", other).statusCode()).isEqualTo(200);
    }

    @Test
    void failedPairingsAreLimitedPerSourceUntilTheWindowPasses() throws Exception {
        String code = fixture.newCode();
        for (int i = 0; i < PairingLimiter.PER_SOURCE; i++) {
            assertThat(fixture.pair("wrong-" + i).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> limited = fixture.pair(code);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        fixture.clock.advance(PairingLimiter.WINDOW.minusSeconds(1));
        assertThat(fixture.pair(code).statusCode()).isEqualTo(429);
        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(fixture.pair(code).statusCode()).as("the right code, once the window has passed").isEqualTo(200);
    }

    @Test
    void aCommandNeedsJsonAndTheSessionsCsrfToken() throws Exception {
        String secret = fixture.pairPhone();
        String stop = "{\"action\":\"stop\"}";
        String path = "/remote/api/players/p1/commands";
        assertThat(fixture.post(path, secret, null, "application/json", stop).statusCode()).isEqualTo(403);
        String csrf = fixture.csrf(secret);
        assertThat(fixture.post(path, secret, "x" + csrf, "application/json", stop).statusCode()).isEqualTo(403);
        assertThat(fixture.post(path, secret, csrf, "text/plain", stop).statusCode()).isEqualTo(415);
        assertThat(fixture.post(path, secret, csrf, "application/x-www-form-urlencoded", "action=stop")
                .statusCode()).isEqualTo(415);
        assertThat(fixture.post(path, secret, csrf, "application/json", "{\"action\":\"volume\",\"value\":99}")
                .statusCode()).isEqualTo(400);
        assertThat(fixture.post("/remote/api/players/nobody/commands", secret, csrf, "application/json", stop)
                .statusCode()).isEqualTo(404);
        assertThat(fixture.household.sent).isEmpty();
        // another phone's token is not this one's
        String other = fixture.pairPhone();
        assertThat(fixture.post(path, secret, fixture.csrf(other), "application/json", stop).statusCode())
                .isEqualTo(403);

        HttpResponse<String> accepted = fixture.post(path, secret, csrf, "application/json; charset=utf-8", stop);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"state\":\"pending\"", "\"label\":\"Stop\"");
        assertThat(fixture.household.sent).singleElement().satisfies(s -> {
            assertThat(s.player()).isEqualTo("p1");
            assertThat(s.command().action()).isEqualTo(RemoteCommand.Action.STOP);
        });
    }

    @Test
    void aPairedPhoneListsTheRoutinesAndRunsOneWithItsCsrfToken() throws Exception {
        String secret = fixture.pairPhone();
        assertThat(fixture.get("/remote/api/routines", secret).body()).isEqualTo("[{\"id\":\"Bedtime\",\"title\":\"Bedtime\"}]");
        String path = "/remote/api/routines/Bedtime/run";
        assertThat(fixture.post(path, secret, null, "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(fixture.household.routinesRun).isEmpty();

        HttpResponse<String> ran = fixture.post(path, secret, fixture.csrf(secret), "application/json", "{}");

        assertThat(ran.statusCode()).isEqualTo(200);
        assertThat(ran.body()).contains("\"state\":\"done\"", "Bedtime: 6 steps done.");
        assertThat(fixture.household.routinesRun).containsExactly("Bedtime");
        assertThat(fixture.post("/remote/api/routines/Nothing/run", secret, fixture.csrf(secret), "application/json",
                "{}").body()).contains("\"state\":\"failed\"", "no routine called Nothing");
    }

    @Test
    void eachCommandsOutcomeReachesThePhonesStream() throws Exception {
        String secret = fixture.pairPhone();
        String csrf = fixture.csrf(secret);
        EventStream stream = EventStream.open(fixture, secret);
        String path = "/remote/api/players/p1/commands";
        fixture.post(path, secret, csrf, "application/json", "{\"action\":\"volume\",\"value\":9}");
        fixture.post(path, secret, csrf, "application/json", "{\"action\":\"sleep\",\"value\":20}");
        fixture.post(path, secret, csrf, "application/json", "{\"action\":\"light\",\"colour\":\"#FF8A30\"}");
        assertThat(fixture.household.sent).hasSize(3);
        assertThat(fixture.household.sent.get(0).command().value()).isEqualTo(9);
        assertThat(fixture.household.sent.get(2).command().rgb()).containsExactly(255, 138, 48);

        fixture.household.sent.get(0).result().complete(CommandOutcome.done("Volume 9/16: done"));
        fixture.household.sent.get(1).result().complete(new CommandOutcome(CommandOutcome.State.TIMED_OUT,
                "Sleep in 20 min: Emma's room did not answer."));
        fixture.household.sent.get(2).result().complete(CommandOutcome.failed("Night-light colour: refused"));
        stream.await(e -> e.name().equals("command") && e.data().contains("\"state\":\"done\"")
                && e.data().contains("Volume 9/16"), Duration.ofSeconds(5));
        stream.await(e -> e.data().contains("\"state\":\"timed-out\""), Duration.ofSeconds(5));
        stream.await(e -> e.data().contains("\"state\":\"failed\""), Duration.ofSeconds(5));

        // a change of the household reaches the stream as the players' new state
        fixture.household.volume = 9;
        fixture.household.changed();
        stream.await(e -> e.name().equals("players") && e.data().contains("\"volume\":9"), Duration.ofSeconds(5));
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndIsNotCached() throws Exception {
        String secret = fixture.pairPhone();
        for (String path : List.of("/remote", "/remote/remote.js", "/remote/api/players", "/remote/pair")) {
            HttpResponse<String> response = fixture.get(path, secret);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "script-src 'self'",
                            "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        // no inline script anywhere in the page
        assertThat(fixture.get("/remote", secret).body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        assertThat(fixture.get("/remote/pair", secret).body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }
}
