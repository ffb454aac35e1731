package com.yotosmartstream.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrowserSignInTest {

    private final SignInFixture fixture = new SignInFixture();
    private final List<String> pagesSeen = new ArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A browser: follows the emulator's redirect back to the app's loopback server. */
    private Consumer<URI> browser(java.util.function.UnaryOperator<URI> tamper) {
        return uri -> {
            try {
                HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(tamper.apply(uri)).build(),
                        HttpResponse.BodyHandlers.ofString());
                pagesSeen.add(page.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void theBrowserReturnsACodeThatOnlyThisAppCanRedeem() throws Exception {
        Tokens tokens = new BrowserSignIn(fixture.oauth, browser(uri -> uri), Duration.ofMinutes(1))
                .signIn(() -> false);

        assertThat(fixture.cloud.auth().isValidAccessToken(tokens.accessToken())).isTrue();
        assertThat(pagesSeen).singleElement().asString().contains("Signed in");
    }

    @Test
    void theBrowserComesBackToTheGivenPort() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<URI> opened = new ArrayList<>();
        Tokens tokens = new BrowserSignIn(fixture.oauth, uri -> {
            opened.add(uri);
            browser(u -> u).accept(uri);
        }, Duration.ofMinutes(1), port).signIn(() -> false);

        assertThat(fixture.cloud.auth().isValidAccessToken(tokens.accessToken())).isTrue();
        assertThat(opened).singleElement().asString().contains("redirect_uri="
                + java.net.URLEncoder.encode(BrowserSignIn.callbackUri(port).toString(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theAuthorizeAddressCarriesAnS256ChallengeAndTheLoopbackRedirect() {
        URI uri = BrowserSignIn.authorizeUri(fixture.oauth.config(), URI.create("http://127.0.0.1:5555/callback"),
                "st", Pkce.challenge("verifier"));
        assertThat(uri.getPath()).isEqualTo("/authorize");
        assertThat(uri.getQuery()).contains("response_type=code", "code_challenge_method=S256", "state=st",
                "redirect_uri=http://127.0.0.1:5555/callback", "client_id=" + fixture.oauth.config().clientId());
        // RFC 7636 appendix B's example
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void aBrowserReturningFromAnotherAttemptIsRefused() {
        assertThatThrownBy(() -> new BrowserSignIn(fixture.oauth,
                browser(uri -> URI.create(uri.toString().replaceAll("state=[^&]+", "state=forged"))),
                Duration.ofMinutes(1)).signIn(() -> false))
                .isInstanceOf(SignInFailedException.class)
                .hasMessageContaining("different sign-in attempt");
    }

    @Test
    void cancellingWhileTheUserIsInTheBrowserEndsTheSignIn() {
        assertThatThrownBy(() -> new BrowserSignIn(fixture.oauth, uri -> { }, Duration.ofMinutes(1))
                .signIn(() -> true))
                .isInstanceOfSatisfying(SignInFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.CANCELLED));
    }
}
