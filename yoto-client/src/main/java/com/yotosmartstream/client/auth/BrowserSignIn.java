package com.yotosmartstream.client.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The browser sign-in (authorization code with PKCE, RFC 7636): the user signs in on Yoto's page
 * in their browser, which sends them back to a one-off server on 127.0.0.1 with a code that only
 * this process can redeem (it alone knows the verifier).
 */
public final class BrowserSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DONE_PAGE = "<!doctype html><meta charset=utf-8><title>Yoto Smart Stream</title>"
            + "<body style='font-family:sans-serif;margin:3em'><h1>%s</h1><p>%s</p></body>";

    /**
     * The port of the loopback address Yoto's page sends the browser back to. Yoto only sends it to
     * a callback URL registered for the app at dashboard.yoto.dev, port included; its docs use
     * {@code http://127.0.0.1:8787/callback} ("If you're using a different port, make sure to
     * register the matching URL": yoto.dev/authentication/device-code-migration).
     */
    public static final int DEFAULT_PORT = 8787;

    private final OAuthClient oauth;
    private final Consumer<URI> openBrowser;
    private final Duration timeout;
    private final int port;

    /** On any free port (for the simulated cloud, which accepts any loopback port). */
    public BrowserSignIn(OAuthClient oauth, Consumer<URI> openBrowser, Duration timeout) {
        this(oauth, openBrowser, timeout, 0);
    }

    /**
     * @param openBrowser opens the sign-in page for the user
     * @param timeout how long to wait for the user to finish
     * @param port the loopback port to listen on (0 for any free one)
     */
    public BrowserSignIn(OAuthClient oauth, Consumer<URI> openBrowser, Duration timeout, int port) {
        this.oauth = oauth;
        this.openBrowser = openBrowser;
        this.timeout = timeout;
        this.port = port;
    }

    /** The address the browser comes back to on {@code port}: register it at dashboard.yoto.dev. */
    public static URI callbackUri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/callback");
    }

    /** Runs the whole sign-in; blocking, so run it as a background task. */
    public Tokens signIn(BooleanSupplier cancelled) throws YotoException, InterruptedException {
        String verifier = random(48);
        String state = random(24);
        CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new YotoException("Could not open local port " + port + " for the browser to return to ("
                    + e.getMessage() + "). Use the sign-in with a code instead.", e);
        }
        server.createContext("/callback", exchange -> answer(exchange, callback));
        server.start();
        try {
            URI redirect = callbackUri(server.getAddress().getPort());
            openBrowser.accept(authorizeUri(oauth.config(), redirect, state, Pkce.challenge(verifier)));
            Map<String, String> params = await(callback, cancelled);
            if (!state.equals(params.get("state"))) {
                throw new SignInFailedException(SignInFailedException.Reason.REFUSED,
                        "The browser came back from a different sign-in attempt. Start the sign-in again.");
            }
            if (params.containsKey("error")) {
                boolean denied = "access_denied".equals(params.get("error"));
                throw new SignInFailedException(denied ? SignInFailedException.Reason.DENIED
                        : SignInFailedException.Reason.REFUSED, denied
                        ? "The sign-in was refused in the browser. Start it again and choose Allow."
                        : "Yoto's sign-in page reported '" + params.get("error") + "'. Start the sign-in again.");
            }
            String code = params.get("code");
            if (code == null) {
                throw new SignInFailedException(SignInFailedException.Reason.REFUSED,
                        "The browser came back without a sign-in code. Start the sign-in again.");
            }
            return oauth.exchangeCode(code, verifier, redirect);
        } finally {
            server.stop(0);
        }
    }

    static URI authorizeUri(YotoConfig config, URI redirect, String state, String challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("audience", config.audience());
        query.put("scope", config.scope());
        query.put("response_type", "code");
        query.put("client_id", config.clientId());
        query.put("redirect_uri", redirect.toString());
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        return URI.create(config.auth("/authorize") + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private Map<String, String> await(CompletableFuture<Map<String, String>> callback, BooleanSupplier cancelled)
            throws YotoException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new SignInFailedException(SignInFailedException.Reason.CANCELLED, "Sign-in cancelled.");
            }
            try {
                return callback.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new SignInFailedException(SignInFailedException.Reason.EXPIRED, "The sign-in in the"
                            + " browser was not finished within " + timeout.toMinutes() + " minutes. Start it again.");
                }
            } catch (ExecutionException e) {
                throw new YotoException("The browser's answer could not be read. Start the sign-in again.", e);
            }
        }
    }

    private static void answer(HttpExchange exchange, CompletableFuture<Map<String, String>> callback)
            throws IOException {
        Map<String, String> params = parseQuery(exchange.getRequestURI().getRawQuery());
        boolean ok = params.containsKey("code");
        byte[] page = String.format(DONE_PAGE, ok ? "Signed in" : "Sign-in not finished",
                ok ? "You can close this tab and go back to Yoto Smart Stream."
                        : "Go back to Yoto Smart Stream to try again.").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        callback.complete(params);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String random(int bytes) {
        byte[] data = new byte[bytes];
        RANDOM.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }
}
