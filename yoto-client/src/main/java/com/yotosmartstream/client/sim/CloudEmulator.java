package com.yotosmartstream.client.sim;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for Yoto's cloud (Javalin on 127.0.0.1, port 0 by default): the OAuth
 * endpoints of login.yotoplay.com with their documented answers (403 {@code
 * authorization_pending}, {@code slow_down}, rotating refresh tokens...) and, through {@link
 * CloudRoutes}, the REST API with 401 for a missing or expired token.
 */
public final class CloudEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEmulator.class);
    public static final String CLIENT_ID = "yoto-smart-stream-demo";

    private final Gson gson = new Gson();
    private final SimulatedAuth auth;
    private final Set<String> clientIds = ConcurrentHashMap.newKeySet();
    private final Javalin server;

    private CloudEmulator(Clock clock, int port, List<CloudRoutes> routes) {
        this.auth = new SimulatedAuth(clock);
        clientIds.add(CLIENT_ID);
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/oauth/device/code", this::deviceCode);
            config.routes.post("/oauth/token", this::token);
            config.routes.get("/authorize", this::authorize);
            for (CloudRoutes extra : routes) {
                extra.register(config.routes, this);
            }
        });
        server.start("127.0.0.1", port);
        LOG.info("Simulated Yoto cloud listening on {}", baseUri());
    }

    /** Starts on a free port. */
    public static CloudEmulator start(Clock clock, CloudRoutes... routes) {
        return new CloudEmulator(clock, 0, List.of(routes));
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A configuration that points the real client here; the MQTT address is the caller's. */
    public YotoConfig config(URI mqttUri) {
        return new YotoConfig(baseUri(), baseUri(), mqttUri, CLIENT_ID, "https://api.yotoplay.com",
                YotoConfig.DEFAULT_SCOPES);
    }

    public SimulatedAuth auth() {
        return auth;
    }

    private volatile boolean echoSecrets;

    /**
     * A hostile or careless server: OAuth errors repeat the secret that was sent (a refresh token)
     * in their {@code error_description}, to test that the client never passes it on.
     */
    public void echoSecretsInErrors(boolean echo) {
        echoSecrets = echo;
    }

    /** A fault to answer the next API calls with, instead of their real answer. */
    private record Fault(int status, String retryAfter) {
    }

    private final java.util.Deque<Fault> faults = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** The next {@code count} API calls are answered {@code status} (with Retry-After if given). */
    public void failNextApiCalls(int status, int count, String retryAfter) {
        for (int i = 0; i < count; i++) {
            faults.add(new Fault(status, retryAfter));
        }
    }

    private final java.util.Map<String, Integer> refusedPaths = new ConcurrentHashMap<>();

    /**
     * Every later API call to exactly {@code path} (e.g. {@code /card/family/library}) is answered
     * {@code status}, as Yoto answers a call the token's scopes do not allow (403); 0 lifts it.
     */
    public void refusePath(String path, int status) {
        if (status == 0) {
            refusedPaths.remove(path);
        } else {
            refusedPaths.put(path, status);
        }
    }

    /**
     * The bearer token of an API request if it is valid now; otherwise (or when a fault is queued,
     * or the path is refused) answers the request and returns null.
     */
    public String authorized(Context ctx) {
        Integer refused = refusedPaths.get(ctx.path());
        if (refused != null) {
            json(ctx, refused, error("forbidden", "Simulated refusal " + refused));
            return null;
        }
        Fault fault = faults.poll();
        if (fault != null) {
            if (fault.retryAfter() != null) {
                ctx.header("Retry-After", fault.retryAfter());
            }
            json(ctx, fault.status(), error("simulated_failure", "Simulated failure " + fault.status()));
            return null;
        }
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
        if (!auth.isValidAccessToken(token)) {
            json(ctx, 401, error("unauthorized", token == null ? "Missing token" : "Token expired or invalid"));
            return null;
        }
        return token;
    }

    public void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(gson.toJson(body));
    }

    private void deviceCode(Context ctx) {
        if (!clientIds.contains(ctx.formParam("client_id"))) {
            json(ctx, 401, error("unauthorized_client", "Unknown client"));
            return;
        }
        SimulatedAuth.DeviceCode code = auth.newDeviceCode();
        JsonObject body = new JsonObject();
        body.addProperty("device_code", code.deviceCode());
        body.addProperty("user_code", code.userCode());
        body.addProperty("verification_uri", baseUri() + "/activate");
        body.addProperty("verification_uri_complete", baseUri() + "/activate?user_code=" + code.userCode());
        body.addProperty("expires_in", secondsUntil(code));
        body.addProperty("interval", code.interval().toSeconds());
        json(ctx, 200, body);
    }

    private long secondsUntil(SimulatedAuth.DeviceCode code) {
        return Math.max(0, code.expiresAt().getEpochSecond() - auth.clockNow().getEpochSecond());
    }

    private void token(Context ctx) {
        if (!clientIds.contains(ctx.formParam("client_id"))) {
            json(ctx, 401, error("invalid_client", "Unknown client"));
            return;
        }
        String grant = String.valueOf(ctx.formParam("grant_type"));
        switch (grant) {
            case "urn:ietf:params:oauth:grant-type:device_code" -> {
                String outcome = auth.poll(ctx.formParam("device_code"));
                switch (outcome) {
                    case "ok" -> grantTokens(ctx);
                    case "slow_down" -> json(ctx, 429, error("slow_down", "You are polling faster than allowed"));
                    case "authorization_pending" -> json(ctx, 403, error(outcome, "User has yet to authorize device code."));
                    case "expired_token" -> json(ctx, 403, error(outcome, "The device code has expired."));
                    case "access_denied" -> json(ctx, 403, error(outcome, "User cancelled the confirmation prompt"));
                    default -> json(ctx, 403, error("invalid_grant", "Invalid or expired device code."));
                }
            }
            case "refresh_token" -> {
                if (auth.spendRefreshToken(ctx.formParam("refresh_token"))) {
                    grantTokens(ctx);
                } else {
                    json(ctx, 403, error("invalid_grant", "Unknown or invalid refresh token."
                            + (echoSecrets ? " " + ctx.formParam("refresh_token") : "")));
                }
            }
            case "authorization_code" -> {
                if (auth.redeemAuthCode(ctx.formParam("code"), ctx.formParam("code_verifier"),
                        ctx.formParam("redirect_uri"))) {
                    grantTokens(ctx);
                } else {
                    json(ctx, 403, error("invalid_grant", "Invalid authorization code or code verifier."));
                }
            }
            default -> json(ctx, 400, error("unsupported_grant_type", "Unsupported grant type"));
        }
    }

    /** The browser step of the PKCE flow: the simulated user consents at once and is sent back. */
    private void authorize(Context ctx) {
        String redirect = ctx.queryParam("redirect_uri");
        String challenge = ctx.queryParam("code_challenge");
        if (!clientIds.contains(ctx.queryParam("client_id")) || redirect == null || challenge == null
                || !"S256".equals(ctx.queryParam("code_challenge_method"))
                || !redirect.startsWith("http://127.0.0.1:")) {
            ctx.status(400).result("Invalid authorization request");
            return;
        }
        String code = auth.newAuthCode(challenge, redirect);
        String state = ctx.queryParam("state");
        ctx.redirect(redirect + "?code=" + code + (state == null ? "" : "&state=" + state));
    }

    private void grantTokens(Context ctx) {
        String[] issued = auth.issueTokens();
        JsonObject body = new JsonObject();
        body.addProperty("access_token", issued[0]);
        body.addProperty("refresh_token", issued[1]);
        body.addProperty("expires_in", Long.parseLong(issued[2]));
        body.addProperty("token_type", "Bearer");
        json(ctx, 200, body);
    }

    static JsonObject error(String code, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("error_description", description);
        return body;
    }

    @Override
    public void close() {
        server.stop();
    }
}
