package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.access.TokenRedaction;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A failure outside the stream handler's guard (issue 16: the catalogue lookup threw, and Jetty
 * logged {@code writeError: status=500 ... GET /stream/<token>/...}): the answer is a bare 500 and
 * no log line, message or stack trace holds the token.
 */
class TokenRedactionTest {

    private static final String TRACK = "1111111111111111";

    @TempDir
    Path dir;
    ServerFixture fixture;
    ListAppender<ILoggingEvent> appender;
    Logger root;
    Level rootBefore;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture(dir);
        fixture.addTrack(TRACK, 5_000);
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootBefore = root.getLevel();
        appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO); // more than the app logs (WARN for libraries)
    }

    @AfterEach
    void stop() {
        root.setLevel(rootBefore);
        root.detachAppender(appender);
        fixture.close();
    }

    /** Everything a log line carries: the message and each exception of its chain, with stack traces. */
    private static String everything(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            text.append('\n').append(ThrowableProxyUtil.asString(proxy));
        }
        return text.toString();
    }

    private void assertNoTokenLogged(Grant grant) {
        assertThat(appender.list).as("the failure is logged").isNotEmpty();
        assertThat(appender.list).allSatisfy(event -> assertThat(everything(event)).doesNotContain(grant.token()));
    }

    @Test
    void aCatalogueThatThrowsGivesABare500AndNoTokenInTheLog() throws Exception {
        Grant library = fixture.tokens.library();
        fixture.lookupFailure = new IllegalStateException("The database is closed");

        var response = fixture.get(fixture.url(library, TRACK));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(new String(response.body())).doesNotContain(library.token());
        assertNoTokenLogged(library);
        assertThat(appender.list).anySatisfy(event -> assertThat(everything(event))
                .contains("GET /stream/\u2026").contains("The database is closed"));
    }

    @Test
    void anExceptionWhoseMessageHoldsTheUrlIsLoggedRedacted() throws Exception {
        Grant library = fixture.tokens.library();
        URI url = fixture.url(library, TRACK);
        fixture.lookupFailure = new IllegalArgumentException("Cannot serve " + url,
                new IllegalStateException("token " + library.token() + " is odd"));

        assertThat(fixture.get(url).statusCode()).isEqualTo(500);

        assertNoTokenLogged(library);
        assertThat(appender.list).anySatisfy(event -> assertThat(everything(event))
                .contains("IllegalArgumentException: Cannot serve").contains("IllegalStateException: token \u2026"));
    }

    @Test
    void theServerStillServesAfterTheFailure() throws Exception {
        Grant library = fixture.tokens.library();
        fixture.lookupFailure = new IllegalStateException("once");
        fixture.get(fixture.url(library, TRACK));
        fixture.lookupFailure = null;

        assertThat(fixture.get(fixture.url(library, TRACK)).statusCode()).isEqualTo(200);
    }

    @Test
    void redactionHidesStreamPathsAndBareTokensOnly() {
        String token = "A".repeat(20) + "-_" + "b".repeat(21);
        assertThat(TokenRedaction.redact("GET http://h:1/stream/" + token + "/1111111111111111.mp3 x"))
                .isEqualTo("GET http://h:1/stream/\u2026/1111111111111111.mp3 x");
        assertThat(TokenRedaction.redact("/stream/" + token.substring(3) + "%2f..")).isEqualTo("/stream/\u2026");
        assertThat(TokenRedaction.redact("token=" + token + ".")).isEqualTo("token=\u2026.");
        String sha = "0123456789abcdef".repeat(4);
        assertThat(TokenRedaction.redact("originals/01/" + sha + ".mp3")).isEqualTo("originals/01/" + sha + ".mp3");
        RuntimeException plain = new RuntimeException("no secret");
        assertThat(TokenRedaction.redact(plain)).isSameAs(plain);
        assertThat(List.of(TokenRedaction.redact(new RuntimeException(token)).getStackTrace()))
                .isNotEmpty();
    }
}
