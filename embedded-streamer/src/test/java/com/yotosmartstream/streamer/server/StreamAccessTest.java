package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.access.StreamTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Tokens as capabilities: wrong, revoked and out-of-scope tokens, traversal attempts, /health. */
class StreamAccessTest {

    private static final String TRACK = "1111111111111111";
    private static final String OTHER = "2222222222222222";

    @TempDir
    Path dir;
    ServerFixture fixture;
    byte[] bytes;
    String notFoundBody;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture(dir);
        bytes = fixture.addTrack(TRACK, 5_000);
        fixture.addTrack(OTHER, 5_000);
        Files.writeString(dir.resolve("secret.txt"), "TOP SECRET CONTENT");
        notFoundBody = "Not found\n";
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void assertBareNotFound(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo(notFoundBody);
    }

    @Test
    void theLibraryTokenOpensEveryTrack() throws Exception {
        Grant library = fixture.tokens.library();

        assertThat(fixture.get(fixture.url(library, TRACK)).body()).isEqualTo(bytes);
        assertThat(fixture.get(fixture.url(library, OTHER)).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongTokenGetsABareNotFound() throws Exception {
        Grant library = fixture.tokens.library();
        String wrong = library.token().substring(0, 42) + (library.token().endsWith("A") ? "B" : "A");

        assertBareNotFound(fixture.get(fixture.server.localBase().resolve("/stream/" + wrong + "/" + TRACK + ".mp3")));
        assertBareNotFound(fixture.get(fixture.server.localBase().resolve("/stream/short/" + TRACK + ".mp3")));
        assertBareNotFound(fixture.get(fixture.server.localBase().resolve("/stream/" + TRACK + ".mp3")));
    }

    @Test
    void anUnknownTrackLooksExactlyLikeAWrongToken() throws Exception {
        Grant library = fixture.tokens.library();

        assertBareNotFound(fixture.get(fixture.url(library, "3333333333333333")));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndAfterARestart() throws Exception {
        Grant card = fixture.tokens.grantCard("Bedtime", List.of(TRACK));
        assertThat(fixture.get(fixture.url(card, TRACK)).statusCode()).isEqualTo(200);

        fixture.tokens.revoke(card);

        assertBareNotFound(fixture.get(fixture.url(card, TRACK)));
        assertThat(StreamTokens.load(fixture.database).find(card.token())).isEmpty();
    }

    @Test
    void renewingTheLibraryTokenEndsTheOldOne() throws Exception {
        Grant old = fixture.tokens.library();

        Grant renewed = fixture.tokens.renewLibrary();

        assertThat(renewed.token()).isNotEqualTo(old.token());
        assertBareNotFound(fixture.get(fixture.url(old, TRACK)));
        assertThat(fixture.get(fixture.url(renewed, TRACK)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCardTokenOpensOnlyItsOwnTracks() throws Exception {
        Grant card = fixture.tokens.grantCard("Dinosaurs", List.of(TRACK));

        assertThat(fixture.get(fixture.url(card, TRACK)).statusCode()).isEqualTo(200);
        assertBareNotFound(fixture.get(fixture.url(card, OTHER)));
    }

    @Test
    void grantsSurviveARestartOfTheApp() throws Exception {
        Grant card = fixture.tokens.grantCard("Dinosaurs", List.of(TRACK));

        StreamTokens reloaded = StreamTokens.load(fixture.database);

        assertThat(reloaded.find(card.token())).hasValueSatisfying(g -> {
            assertThat(g.label()).isEqualTo("Dinosaurs");
            assertThat(g.allows(TRACK)).isTrue();
            assertThat(g.allows(OTHER)).isFalse();
        });
    }

    @Test
    void tokensAreLongRandomAndUnlikeEachOther() throws Exception {
        Grant a = fixture.tokens.grantCard("A", List.of(TRACK));
        Grant b = fixture.tokens.grantCard("B", List.of(TRACK));

        assertThat(a.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b.token());
        assertThat(a.toString()).doesNotContain(a.token());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/stream/../secret.txt",
        "/stream/%2e%2e/secret.txt",
        "/stream/%2E%2E%2Fsecret.txt",
        "/stream/TOKEN/..%2f..%2fsecret.txt",
        "/stream/TOKEN/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/stream/TOKEN/1111111111111111.mp3/../../../secret.txt",
        "/stream/TOKEN/..\\..\\secret.txt",
        "/stream/TOKEN/%252e%252e%252fsecret.txt",
        "/stream/TOKEN/1111111111111111.mp3%00.txt",
        "/stream/TOKEN/1111111111111111%2emp3",
        "/stream/TOKEN/./1111111111111111.mp3",
        "/stream//TOKEN/1111111111111111.mp3",
        "/stream/TOKEN/1111111111111111.MP3",
        "/stream/TOKEN/1111111111111111.mp3;jsessionid=1",
        "/stream/TOKEN/1111111111111111.mp3/",
        "/%73tream/TOKEN/1111111111111111.mp3",
        "/secret.txt",
        "/../secret.txt"})
    void noPathOutsideTheOneStreamPatternServesAnything(String target) throws Exception {
        String token = fixture.tokens.library().token();

        String answer = fixture.raw(target.replace("TOKEN", token));

        assertThat(answer).startsWith("HTTP/1.1 40").doesNotContain("SECRET").doesNotContain(token)
                .doesNotStartWith("HTTP/1.1 200");
        assertThat(answer.substring(9, 12)).isIn("400", "404");
    }

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        HttpResponse<byte[]> response = fixture.get(fixture.server.localBase().resolve("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("ok");
    }

    /** Our code at its most detailed level, the server libraries at INFO (the app keeps them at WARN). */
    @Test
    void tokensNeverReachTheLogs() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("com.yotosmartstream");
        Level rootBefore = root.getLevel();
        Level oursBefore = ours.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        ours.setLevel(Level.TRACE);
        Grant library = fixture.tokens.library();
        try {
            fixture.get(fixture.url(library, TRACK), "Range", "bytes=0-99");
            fixture.get(fixture.url(library, "3333333333333333"));
            Files.delete(fixture.tracks.get(OTHER).file());
            fixture.get(fixture.url(library, OTHER));
            fixture.raw("/stream/" + library.token() + "/..%2fsecret.txt");
            fixture.raw("/stream/" + library.token() + "/..\\secret.txt");
        } finally {
            root.setLevel(rootBefore);
            ours.setLevel(oursBefore);
            root.detachAppender(appender);
        }
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(library.token());
            if (event.getThrowableProxy() != null) {
                assertThat(event.getThrowableProxy().getMessage()).doesNotContain(library.token());
            }
        });
    }
}
