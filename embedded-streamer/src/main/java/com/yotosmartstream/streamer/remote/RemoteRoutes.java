package com.yotosmartstream.streamer.remote;

import com.google.gson.JsonObject;
import com.yotosmartstream.core.storage.StorageException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote page's routes on the streaming server (ADR 0069). Each route says what it needs:
 * {@link Need#OPEN} (the page is on and the source is allowed: the pairing page and files that hold
 * nothing of the household), {@link Need#PAIRED} (a paired phone's cookie as well) or
 * {@link Need#CHANGE} (a JSON body and the phone's CSRF token in {@value #CSRF_HEADER} as well).
 * While the page is off every route answers the server's bare 404.
 */
public final class RemoteRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteRoutes.class);

    static final String COOKIE = "yss_phone";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Browsers keep a cookie at most 400 days (RFC 6265bis); the phone renews it by being used. */
    static final int COOKIE_SECONDS = 400 * 24 * 3600;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String WEB = "/com/yotosmartstream/streamer/remote/web/";

    /** What a route asks of a request before it answers. */
    enum Need { OPEN, PAIRED, CHANGE }

    private final RemoteAccess access;
    private final boolean secure;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    private RemoteRoutes(RemoteAccess access, boolean secure) {
        this.access = access;
        this.secure = secure;
    }

    /** Adds the remote page's routes; {@code secure} when the server speaks HTTPS (the cookie is then Secure). */
    public static void register(JavalinConfig config, RemoteAccess access, boolean secure) {
        RemoteRoutes r = new RemoteRoutes(access, secure);
        // a live stream must end while its server still runs: closed after, Jetty fails on a recycled response
        config.events.serverStopping(access.live()::closeStreams);
        RoutesConfig routes = config.routes;
        routes.get("/remote", r.guard(Need.PAIRED, (ctx, phone) -> r.file(ctx, "index.html", "text/html")));
        routes.get("/remote/remote.js", r.guard(Need.PAIRED, (ctx, phone) -> r.file(ctx, "remote.js",
                "text/javascript")));
        routes.get("/remote/pair", r.guard(Need.OPEN, (ctx, phone) -> r.file(ctx, "pair.html", "text/html")));
        routes.get("/remote/pair.js", r.guard(Need.OPEN, (ctx, phone) -> r.file(ctx, "pair.js", "text/javascript")));
        routes.get("/remote/remote.css", r.guard(Need.OPEN, (ctx, phone) -> r.file(ctx, "remote.css", "text/css")));
        routes.get("/remote/manifest.webmanifest", r.guard(Need.OPEN, (ctx, phone) -> r.file(ctx,
                "manifest.webmanifest", "application/manifest+json")));
        for (String icon : new String[] {"icon-192.png", "icon-512.png"}) {
            routes.get("/remote/" + icon, r.guard(Need.OPEN, (ctx, phone) -> r.file(ctx, icon, "image/png")));
        }
        routes.post("/remote/api/pair", r.guard(Need.OPEN, (ctx, phone) -> r.pair(ctx)));
        routes.get("/remote/api/session", r.guard(Need.PAIRED, (ctx, phone) -> json(ctx, RemoteJson.object(
                "phone", phone.get().name(), "csrf", access.csrfToken(phone.get().id())))));
        routes.get("/remote/api/players", r.guard(Need.PAIRED, (ctx, phone) -> json(ctx,
                RemoteJson.players(r.household().players()))));
        routes.get("/remote/api/cards", r.guard(Need.PAIRED, (ctx, phone) -> json(ctx,
                RemoteJson.choices(r.household().cards()))));
        routes.get("/remote/api/cards/{card}/chapters", r.guard(Need.PAIRED, (ctx, phone) -> {
            CompletableFuture<java.util.List<RemoteHousehold.Choice>> chapters =
                    r.household().chapters(ctx.pathParam("card"));
            ctx.future(() -> chapters.handle((list, error) -> {
                if (error != null) {
                    ctx.status(404);
                    json(ctx, RemoteJson.object("error", "That card's chapters could not be read."));
                } else {
                    json(ctx, RemoteJson.choices(list));
                }
                return null;
            }));
        }));
        routes.post("/remote/api/players/{player}/commands", r.guard(Need.CHANGE, (ctx, phone) -> r.command(ctx,
                phone.get())));
        routes.get("/remote/api/routines", r.guard(Need.PAIRED, (ctx, phone) -> json(ctx,
                RemoteJson.choices(r.household().routines()))));
        routes.post("/remote/api/routines/{routine}/run", r.guard(Need.CHANGE, (ctx, phone) -> {
            String routine = ctx.pathParam("routine");
            LOG.info("A routine was started from the phone {}: {}", phone.get().name(), routine);
            CompletableFuture<CommandOutcome> run = r.household().runRoutine(routine);
            ctx.future(() -> run.handle((outcome, error) -> {
                CommandOutcome told = error != null ? CommandOutcome.failed("The routine could not run.") : outcome;
                json(ctx, RemoteJson.object("state", told.state().name().toLowerCase(Locale.ROOT), "text",
                        told.text()));
                return null;
            }));
        }));
        routes.get("/remote/api/events", r.guard(Need.PAIRED, (ctx, phone) -> {
            ctx.header("Cache-Control", "no-store");
            new SseHandler(client -> access.live().open(phone.get().id(), client)).handle(ctx);
        }));
    }

    /** A route's work once the request has what it needs; {@code phone} is present from {@link Need#PAIRED} on. */
    @FunctionalInterface
    interface Route {
        void handle(Context ctx, Optional<PairedPhone> phone) throws Exception;
    }

    private Handler guard(Need need, Route route) {
        return ctx -> {
            headers(ctx);
            if (!access.enabled()) {
                ctx.status(404).contentType("text/plain").result("Not found\n");
                return;
            }
            if (!access.sourceAllowed(ctx.req().getRemoteAddr())) {
                refuse(ctx, 403, "This page answers on the home network only. (Settings > Phones can allow other"
                        + " networks.)");
                return;
            }
            Optional<PairedPhone> phone = Optional.empty();
            if (need != Need.OPEN) {
                phone = access.phone(ctx.cookie(COOKIE));
                if (phone.isEmpty()) {
                    refuse(ctx, 401, "This phone is not paired. In Yoto Smart Stream open Settings > Phones and"
                            + " scan the code.");
                    return;
                }
            }
            if (need == Need.CHANGE && !jsonBody(ctx)) {
                refuse(ctx, 415, "Send JSON.");
                return;
            }
            if (need == Need.CHANGE && !access.csrfMatches(phone.get().id(), ctx.header(CSRF_HEADER))) {
                refuse(ctx, 403, "Reload the page and try again.");
                return;
            }
            route.handle(ctx, phone);
        };
    }

    /** The app's household; before one is attached (or with no window, {@code --headless}) no players at all. */
    private RemoteHousehold household() {
        return access.household().orElse(NONE);
    }

    private static final RemoteHousehold NONE = new RemoteHousehold() {
        @Override
        public java.util.List<RemotePlayer> players() {
            return java.util.List.of();
        }

        @Override
        public java.util.List<Choice> cards() {
            return java.util.List.of();
        }

        @Override
        public CompletableFuture<java.util.List<Choice>> chapters(String cardId) {
            return CompletableFuture.failedFuture(new IllegalStateException("no household"));
        }

        @Override
        public CompletableFuture<CommandOutcome> send(String deviceId, RemoteCommand command) {
            return CompletableFuture.completedFuture(CommandOutcome.failed("No household is open."));
        }

        @Override
        public AutoCloseable onChange(Runnable listener) {
            return () -> { };
        }
    };

    private void pair(Context ctx) throws StorageException {
        if (!jsonBody(ctx)) {
            refuse(ctx, 415, "Send JSON.");
            return;
        }
        Optional<JsonObject> body = RemoteJson.parseObject(ctx.body());
        String code = body.map(b -> RemoteJson.string(b, "code")).orElse(null);
        String name = PhoneNames.chosen(body.map(b -> RemoteJson.string(b, "name")).orElse(null),
                ctx.header("User-Agent"));
        RemoteAccess.PairAttempt attempt = access.pair(code, ctx.req().getRemoteAddr(), name);
        switch (attempt.outcome()) {
            case TOO_MANY -> {
                ctx.header("Retry-After", Long.toString(Math.max(1, attempt.retryAfter().toSeconds() + 1)));
                refuse(ctx, 429, "Too many tries. Wait a minute, then scan a new code.");
            }
            case REFUSED -> refuse(ctx, 403, "This pairing code is used or out of date. Show a new one in Settings"
                    + " > Phones and scan it again.");
            case PAIRED -> {
                PairedPhones.Paired paired = attempt.paired().orElseThrow();
                ctx.header("Set-Cookie", COOKIE + "=" + paired.secret() + "; Path=/remote; Max-Age=" + COOKIE_SECONDS
                        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
                json(ctx, RemoteJson.object("phone", paired.phone().name()));
            }
        }
    }

    private void command(Context ctx, PairedPhone phone) {
        Optional<JsonObject> body = RemoteJson.parseObject(ctx.body());
        Optional<RemoteCommand> command = body.flatMap(b -> RemoteCommand.parse(RemoteJson.string(b, "action"),
                RemoteJson.integer(b, "value"), RemoteJson.string(b, "colour"), RemoteJson.string(b, "card"),
                RemoteJson.string(b, "chapter")));
        String player = ctx.pathParam("player");
        RemoteHousehold household = household();
        if (command.isEmpty()) {
            refuse(ctx, 400, "That is not a command this page sends.");
            return;
        }
        if (household.players().stream().noneMatch(p -> p.id().equals(player))) {
            refuse(ctx, 404, "No such player.");
            return;
        }
        LiveStreams.Sent sent = access.live().command(phone.id(), player, label(command.get()), household,
                command.get());
        ctx.status(202);
        json(ctx, RemoteJson.command(sent));
    }

    static String label(RemoteCommand command) {
        return switch (command.action()) {
            case PLAY_PAUSE -> "Play/pause";
            case STOP -> "Stop";
            case NEXT -> "Next chapter";
            case PREVIOUS -> "Previous chapter";
            case VOLUME -> "Volume " + command.value() + "/16";
            case SLEEP -> command.value() == 0 ? "Sleep timer off" : "Sleep in " + command.value() + " min";
            case LIGHT -> "Night-light colour";
            case PLAY -> command.chapter().isPresent() ? "Play a chapter" : "Play a card";
        };
    }

    private static boolean jsonBody(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, RemoteJson.object("error", message));
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    private void file(Context ctx, String name, String type) {
        byte[] bytes = files.computeIfAbsent(name, RemoteRoutes::read);
        ctx.contentType(type.startsWith("text/") || type.endsWith("json") ? type + "; charset=utf-8" : type)
                .result(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = RemoteRoutes.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new IllegalStateException("The remote page's file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            LOG.error("Could not read the remote page's {}", name, e);
            throw new UncheckedIOException(e);
        }
    }
}
