package com.yotosmartstream.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where the Yoto platform is and who the app is to it. Every address is configurable, so the
 * simulated household can stand in for the real cloud.
 *
 * @param authBase the OAuth server, e.g. {@code https://login.yotoplay.com}
 * @param apiBase the REST API, e.g. {@code https://api.yotoplay.com}
 * @param mqttUri the MQTT broker, e.g. {@code wss://...amazonaws.com/mqtt}
 * @param clientId the user's own client id from dashboard.yoto.dev
 * @param audience the OAuth audience
 * @param scopes the OAuth scopes asked for
 */
public record YotoConfig(URI authBase, URI apiBase, URI mqttUri, String clientId, String audience,
        List<String> scopes) {

    /**
     * The scopes asked for: what the app uses (cards, the family library, players, their settings and
     * MQTT control) and refresh tokens. Not {@code family:device-status:view}: Yoto's scope page no
     * longer lists it, and cdnninja/yoto_api dropped it (MIGRATION_3.md "no longer required",
     * MIGRATION_4.md "Yoto is dropping access to it") in favour of {@code /config}'s
     * {@code device.status}; bcomnes/yoto-nodejs-client asks only {@code openid profile offline_access}
     * by default ({@code lib/api-endpoints/constants.js} {@code DEFAULT_SCOPE}).
     */
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "offline_access",
            "family:library:view", "family:devices:view", "family:devices:manage", "family:devices:control",
            "user:content:view", "user:content:manage");

    public YotoConfig {
        Objects.requireNonNull(authBase, "authBase");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(mqttUri, "mqttUri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(audience, "audience");
        scopes = List.copyOf(scopes);
    }

    /** Yoto's production addresses, with the user's client id. */
    public static YotoConfig production(String clientId) {
        return new YotoConfig(URI.create("https://login.yotoplay.com"), URI.create("https://api.yotoplay.com"),
                URI.create("wss://aqrphjqbp3u2z-ats.iot.eu-west-2.amazonaws.com/mqtt"), clientId,
                "https://api.yotoplay.com", DEFAULT_SCOPES);
    }

    public String scope() {
        return String.join(" ", scopes);
    }

    /** {@code authBase} joined with a path such as {@code /oauth/token}. */
    public URI auth(String path) {
        return join(authBase, path);
    }

    /** {@code apiBase} joined with a path such as {@code /content/mine}. */
    public URI api(String path) {
        return join(apiBase, path);
    }

    private static URI join(URI base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }
}
