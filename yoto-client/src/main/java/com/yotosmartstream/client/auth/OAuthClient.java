package com.yotosmartstream.client.auth;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.core.text.Secrets;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The OAuth endpoints of Yoto's sign-in server (Auth0): device code, token, refresh, code exchange. */
public final class OAuthClient {

    /** One poll of the token endpoint during a device-code sign-in. */
    public sealed interface Poll {
        record Granted(Tokens tokens) implements Poll { }

        record Pending() implements Poll { }

        record SlowDown() implements Poll { }
    }

    private final YotoConfig config;
    private final HttpClient http;
    private final Clock clock;

    public OAuthClient(YotoConfig config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    public YotoConfig config() {
        return config;
    }

    public DeviceAuthorization requestDeviceCode() throws YotoException, InterruptedException {
        Map<String, String> form = form();
        form.put("scope", config.scope());
        HttpResult result = post("/oauth/device/code", form);
        if (!result.ok()) {
            throw refused(result, form, "start the sign-in");
        }
        JsonObject json = result.json();
        try {
            URI verification = URI.create(json.get("verification_uri").getAsString());
            URI complete = json.has("verification_uri_complete")
                    ? URI.create(json.get("verification_uri_complete").getAsString()) : verification;
            return new DeviceAuthorization(json.get("device_code").getAsString(), json.get("user_code").getAsString(),
                    verification, complete,
                    clock.instant().plusSeconds(json.has("expires_in") ? json.get("expires_in").getAsLong() : 300),
                    Duration.ofSeconds(json.has("interval") ? json.get("interval").getAsLong() : 5));
        } catch (RuntimeException e) {
            throw new YotoException("Yoto's sign-in server gave an answer this app does not understand. Try again"
                    + " later; if it keeps happening, report it with the log file.", e);
        }
    }

    /** Polls once; denial and expiry end the sign-in with a {@link SignInFailedException}. */
    public Poll pollDeviceCode(DeviceAuthorization authorization) throws YotoException, InterruptedException {
        Map<String, String> form = form();
        form.put("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
        form.put("device_code", authorization.deviceCode());
        HttpResult result = post("/oauth/token", form);
        if (result.ok()) {
            return new Poll.Granted(tokens(result.json(), Optional.empty()));
        }
        return switch (result.error()) {
            case "authorization_pending" -> new Poll.Pending();
            case "slow_down" -> new Poll.SlowDown();
            case "expired_token" -> throw new SignInFailedException(SignInFailedException.Reason.EXPIRED,
                    "The sign-in code expired before it was confirmed. Start the sign-in again and confirm the code"
                            + " within a few minutes.");
            case "access_denied" -> throw new SignInFailedException(SignInFailedException.Reason.DENIED,
                    "The sign-in was refused on Yoto's page. Start it again and choose Allow to connect this app.");
            default -> throw refused(result, form, "finish the sign-in");
        };
    }

    /** Renews the tokens; the answer carries a new refresh token (they are single-use). */
    public Tokens refresh(String refreshToken) throws YotoException, InterruptedException {
        Map<String, String> form = form();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        HttpResult result = post("/oauth/token", form);
        if (result.ok()) {
            return tokens(result.json(), Optional.of(refreshToken));
        }
        if (result.status() == 400 || result.status() == 401 || result.status() == 403) {
            throw new SignInRequiredException("Yoto no longer accepts this app's saved sign-in (" + describe(result, form)
                    + "). Sign in again.");
        }
        throw refused(result, form, "renew the sign-in");
    }

    /** The last step of the browser (PKCE) sign-in. */
    public Tokens exchangeCode(String code, String verifier, URI redirectUri) throws YotoException,
            InterruptedException {
        Map<String, String> form = form();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirectUri.toString());
        HttpResult result = post("/oauth/token", form);
        if (!result.ok()) {
            throw refused(result, form, "finish the sign-in");
        }
        return tokens(result.json(), Optional.empty());
    }

    private Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", config.clientId());
        form.put("audience", config.audience());
        return form;
    }

    private static final java.util.List<String> SENT_SECRETS = java.util.List.of("refresh_token", "code",
            "code_verifier", "device_code");

    private HttpResult post(String path, Map<String, String> form) throws YotoException, InterruptedException {
        URI uri = config.auth(path);
        try {
            return http.postForm(uri, form, false);
        } catch (IOException e) {
            throw new YotoException("Cannot reach Yoto's sign-in server (" + uri.getHost() + "): "
                    + e.getClass().getSimpleName() + ". Check the internet connection and try again.", e);
        }
    }

    private Tokens tokens(JsonObject json, Optional<String> previousRefresh) throws YotoException {
        try {
            String access = json.get("access_token").getAsString();
            String refresh = json.has("refresh_token") ? json.get("refresh_token").getAsString()
                    : previousRefresh.orElseThrow(() -> new IllegalStateException("no refresh_token"));
            long expiresIn = json.has("expires_in") ? json.get("expires_in").getAsLong() : 3600;
            Instant now = clock.instant();
            return new Tokens(access, refresh, now.plusSeconds(expiresIn), now);
        } catch (RuntimeException e) {
            throw new YotoException("Yoto's sign-in server answered without usable tokens (" + e.getMessage()
                    + "). Check that the app asks for the offline_access scope, then sign in again.");
        }
    }

    private static YotoException refused(HttpResult result, Map<String, String> form, String what) {
        if (result.status() >= 500 || result.status() == 429) {
            return new YotoException("Yoto's sign-in server is having trouble (HTTP " + result.status()
                    + ") and could not " + what + ". Try again in a few minutes.");
        }
        return new SignInFailedException(SignInFailedException.Reason.REFUSED, "Yoto's sign-in server refused to "
                + what + " (" + describe(result, form) + "). Check the client id in Settings: it must be the one"
                + " registered for this app at dashboard.yoto.dev.");
    }

    /**
     * The error code and description only: never the body, which may echo what was sent; and the
     * description without anything of what was sent (a refresh token, a code) or shaped like a token.
     */
    private static String describe(HttpResult result, Map<String, String> form) {
        // the form fields that are secrets (RFC 6749 4.1.3 and 6, RFC 7636, RFC 8628 3.4)
        JsonObject json = result.json();
        String error = result.error().isBlank() ? "HTTP " + result.status() : result.error();
        if (json.has("error_description") && json.get("error_description").isJsonPrimitive()) {
            String description = Secrets.without(json.get("error_description").getAsString(),
                    SENT_SECRETS.stream().map(form::get).toArray(String[]::new));
            return Secrets.redact(error) + ": " + (description.length() > 120 ? description.substring(0, 120) + "..." : description);
        }
        return error;
    }
}
