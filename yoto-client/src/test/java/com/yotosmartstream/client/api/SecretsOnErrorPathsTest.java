package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.SignInRequiredException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No token on an error path of the Yoto client (issue 16, ADR 0057): failures are forced on the
 * simulated cloud, and the exception messages and every log line written meanwhile (with their
 * exceptions) are searched for the secrets involved.
 */
class SecretsOnErrorPathsTest {

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    // the client's loggers (the simulated cloud's Jetty logs what it receives at DEBUG: that is the server side)
    private final Logger root = (Logger) LoggerFactory.getLogger("com.yotosmartstream.client");
    private Level rootLevel;

    @BeforeEach
    void start() throws Exception {
        fixture = new ApiFixture(temp);
        log.start();
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
        fixture.close();
    }

    /** Every formatted log line, with its exceptions' messages. */
    private String logText() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : log.list) {
            if (event.getLoggerName().startsWith("com.yotosmartstream.client.sim")) {
                continue;
            }
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void aRefusedRefreshNeverRepeatsTheTokenItSent() {
        fixture.cloud.echoSecretsInErrors(true);
        OAuthClient oauth = new OAuthClient(fixture.config, fixture.http, fixture.clock);
        String opaque = "sim-rt-never-issued-0123456789abcdef";
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl";

        for (String secret : List.of(opaque, jwt)) {
            assertThatThrownBy(() -> oauth.refresh(secret)).isInstanceOf(SignInRequiredException.class)
                    .hasMessageContaining("invalid_grant").hasMessageContaining("Unknown or invalid refresh token")
                    .hasMessageNotContaining(secret);
            assertThat(logText()).doesNotContain(secret);
        }
    }

    @Test
    void serverErrorsAndRefusalsNeverCarryTheAccessToken() throws Exception {
        String token = fixture.tokens.accessToken();

        fixture.cloud.failNextApiCalls(500, 10, null);
        assertThatThrownBy(() -> fixture.api.players()).isInstanceOf(YotoApiException.class)
                .hasMessageNotContaining(token);
        fixture.cloud.refusePath("/card/family/library", 403);
        assertThatThrownBy(() -> fixture.api.familyLibrary()).isInstanceOf(YotoApiException.class)
                .hasMessageNotContaining(token);
        fixture.cloud.auth().expireAccessTokens();
        fixture.cloud.echoSecretsInErrors(true);
        try {
            fixture.api.players();
        } catch (YotoApiException e) {
            assertThat(e.getMessage()).doesNotContain(token);
        }

        assertThat(log.list).extracting(ILoggingEvent::getLoggerName).anyMatch(n -> n.endsWith("HttpClient"));
        assertThat(logText()).doesNotContain(token).doesNotContain("Bearer");
    }
}
