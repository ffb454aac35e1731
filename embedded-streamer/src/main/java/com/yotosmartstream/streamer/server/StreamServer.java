package com.yotosmartstream.streamer.server;

import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.remote.RemoteAccess;
import com.yotosmartstream.streamer.remote.RemoteRoutes;
import io.javalin.Javalin;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP(S) server players stream from: Javalin on Jetty, with the track byte path as a Jetty
 * core handler in front of Javalin's routes ({@link TrackStreamHandler}). {@code /health} answers
 * without a token. Listens on one address and port, plain or TLS.
 */
public final class StreamServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamServer.class);
    /** Windows will not delete a file while it is mapped, so files are not mapped there. */
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
            .startsWith("windows");
    /**
     * Selector threads: requests for mapped files are answered on them (ADR 0016), so at least two,
     * else Jetty's default (half the cores, at most four). Jetty would give a two-core machine one.
     */
    static final int SELECTORS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));

    /**
     * Where and how to listen.
     *
     * @param host the address to bind ("0.0.0.0" for the LAN, "127.0.0.1" for this computer only)
     * @param port the port, 0 for any free one
     * @param tls the certificate to serve HTTPS with; empty for plain HTTP
     */
    public record Options(String host, int port, Optional<TlsCertificate> tls, Duration headerDeadline) {
        /** A client must have sent its whole request head this long after connecting ({@link HeaderDeadline}). */
        public static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(tls, "tls");
            Objects.requireNonNull(headerDeadline, "headerDeadline");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Port " + port + " is not between 0 and 65535");
            }
            if (headerDeadline.isNegative() || headerDeadline.isZero()) {
                throw new IllegalArgumentException("The header deadline must be positive");
            }
        }

        public Options(String host, int port, Optional<TlsCertificate> tls) {
            this(host, port, tls, HEADER_DEADLINE);
        }
    }

    private final Javalin javalin;
    private final ServerConnector connector;
    private final boolean secure;

    private StreamServer(Javalin javalin, ServerConnector connector, boolean secure) {
        this.javalin = javalin;
        this.connector = connector;
        this.secure = secure;
    }

    /**
     * Starts listening. Throws {@link ServerStartException} (with a message for the user) when the
     * port is taken or the address cannot be bound.
     */
    public static StreamServer start(Options options, StreamTokens tokens, TrackSource tracks, AccessLog accessLog)
            throws ServerStartException {
        return start(options, tokens, tracks, accessLog, Optional.empty());
    }

    /** As {@link #start(Options, StreamTokens, TrackSource, AccessLog)}, with the remote page's routes (ADR 0069). */
    public static StreamServer start(Options options, StreamTokens tokens, TrackSource tracks, AccessLog accessLog,
            Optional<RemoteAccess> remote) throws ServerStartException {
        ServerConnector[] connector = new ServerConnector[1];
        HeaderDeadline deadline = new HeaderDeadline(options.headerDeadline());
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                deadline.setHandler(new TrackStreamHandler(tokens, tracks, accessLog,
                        options.tls().isEmpty() && !WINDOWS));
                server.setHandler(deadline);
                server.setErrorHandler(new BareErrorHandler());
            });
            config.jetty.modifyHttpConfiguration(StreamServer::quiet);
            config.jetty.addConnector((server, http) -> {
                quiet(http);
                ServerConnector c;
                if (options.tls().isPresent()) {
                    HttpConfiguration https = new HttpConfiguration(http);
                    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
                    customizer.setSniHostCheck(false); // players reach us by IP address
                    https.addCustomizer(customizer);
                    c = new ServerConnector(server, -1, SELECTORS,
                            new SslConnectionFactory(sslContext(options.tls().get()), "http/1.1"),
                            new HttpConnectionFactory(https));
                } else {
                    c = new ServerConnector(server, -1, SELECTORS, new HttpConnectionFactory(http));
                }
                c.addEventListener(deadline);
                c.setHost(options.host());
                c.setPort(options.port());
                connector[0] = c;
                return c;
            });
            config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            remote.ifPresent(access -> RemoteRoutes.register(config, access, options.tls().isPresent()));
            config.routes.error(404, ctx -> ctx.contentType("text/plain").result("Not found\n"));
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            javalin.stop();
            throw new ServerStartException("The streaming server could not listen on " + options.host() + ":"
                    + options.port() + " (" + rootMessage(e) + "). Choose another port in Settings, or leave it at 0"
                    + " for any free one.", e);
        }
        StreamServer server = new StreamServer(javalin, connector[0], options.tls().isPresent());
        LOG.info("Streaming server listening on {}://{}:{}", server.secure ? "https" : "http", options.host(),
                server.port());
        return server;
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    public boolean secure() {
        return secure;
    }

    /** The address of this server as seen from this computer: {@code http://127.0.0.1:port}. */
    public URI localBase() {
        return URI.create((secure ? "https" : "http") + "://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        javalin.stop();
        LOG.info("Streaming server stopped");
    }

    private static void quiet(HttpConfiguration http) {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
    }

    private static SslContextFactory.Server sslContext(TlsCertificate certificate) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        KeyStore store = certificate.keyStore();
        ssl.setKeyStore(store);
        ssl.setKeyStorePassword(new String(certificate.password()));
        ssl.setSniRequired(false);
        return ssl;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
