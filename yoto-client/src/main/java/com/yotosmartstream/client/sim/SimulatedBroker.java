package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.mqtt.Topics;
import com.yotosmartstream.core.task.NamedThreadFactory;
import io.moquette.broker.ClientDescriptor;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.InterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MQTT broker (Moquette) that behaves like Yoto's: plain TCP and WebSocket on
 * 127.0.0.1, a sign-in checked like the custom authorizer (username
 * {@code <deviceId>?x-amz-customauthorizer-name=PublicJWTAuthorizer}, password a valid access token),
 * each connection limited to its player's topics, and connections dropped once their token
 * expires. It can be restarted on the same ports, as a real broker outage would look.
 */
public final class SimulatedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedBroker.class);
    static final String AUTHORIZER_SUFFIX = "?x-amz-customauthorizer-name=PublicJWTAuthorizer";
    private static final String INTERNAL_CLIENT = "simulated-players";

    private final SimulatedAuth auth;
    private final BiConsumer<String, byte[]> commands;
    private final Path dataDir;
    private final Map<String, String> tokenByClient = new ConcurrentHashMap<>();
    private final Tls tls;
    private Server server;
    private int tcpPort;
    private int webSocketPort;
    private int secureWebSocketPort;

    /**
     * A certificate for WebSocket over TLS, as Yoto's broker speaks it.
     *
     * @param keyStore a PKCS12 key store holding the private key and certificate
     * @param password the key store's (and key's) password
     */
    public record Tls(Path keyStore, String password) {
    }

    /**
     * @param commands receives every message published on a {@code device/+/command/...} topic,
     *     on a broker thread (the simulated players take them from there)
     */
    private SimulatedBroker(SimulatedAuth auth, BiConsumer<String, byte[]> commands, Tls tls) {
        this.auth = auth;
        this.commands = commands;
        this.tls = tls;
        try {
            this.dataDir = Files.createTempDirectory("yss-broker");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the simulated broker's folder", e);
        }
    }

    /** Starts on free ports. */
    public static SimulatedBroker start(SimulatedAuth auth, BiConsumer<String, byte[]> commands) {
        return start(auth, commands, null);
    }

    /** Starts on free ports, with WebSocket over TLS too when {@code tls} is given. */
    public static SimulatedBroker start(SimulatedAuth auth, BiConsumer<String, byte[]> commands, Tls tls) {
        SimulatedBroker broker = new SimulatedBroker(auth, commands, tls);
        broker.startOn(0, 0, 0);
        return broker;
    }

    /** {@code wss://127.0.0.1:port/mqtt}, when started with a certificate. */
    public Optional<URI> secureWebSocketUri() {
        return tls == null ? Optional.empty()
                : Optional.of(URI.create("wss://127.0.0.1:" + secureWebSocketPort + "/mqtt"));
    }

    /** {@code tcp://127.0.0.1:port}. */
    public URI tcpUri() {
        return URI.create("tcp://127.0.0.1:" + tcpPort);
    }

    /** {@code ws://127.0.0.1:port/mqtt}: the transport the app uses with Yoto (there over TLS). */
    public URI webSocketUri() {
        return URI.create("ws://127.0.0.1:" + webSocketPort + "/mqtt");
    }

    /** Publishes as the players do (QoS 1, not retained). */
    public synchronized void publish(String topic, byte[] payload) {
        if (server == null) {
            return;
        }
        server.internalPublish(MqttMessageBuilders.publish().topicName(topic).retained(false)
                .qos(MqttQoS.AT_LEAST_ONCE).payload(Unpooled.wrappedBuffer(payload)).build(), INTERNAL_CLIENT);
    }

    /** Drops every connection whose access token is no longer valid (as Yoto's broker does at expiry). */
    public synchronized int dropExpiredConnections() {
        if (server == null) {
            return 0;
        }
        int dropped = 0;
        for (ClientDescriptor client : server.listConnectedClients()) {
            String token = tokenByClient.get(client.getClientID());
            if (token != null && !auth.isValidAccessToken(token) && server.disconnectClient(client.getClientID())) {
                tokenByClient.remove(client.getClientID());
                dropped++;
            }
        }
        return dropped;
    }

    public synchronized int connectedClients() {
        return server == null ? 0 : server.listConnectedClients().size();
    }

    /** Stops and starts again on the same ports: every client is disconnected and must come back. */
    public synchronized void restart() {
        stop();
        startOn(tcpPort, webSocketPort, secureWebSocketPort);
    }

    /** Stops the broker (clients lose their connections) until {@link #resume()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
            tokenByClient.clear();
        }
    }

    public synchronized void resume() {
        if (server == null) {
            startOn(tcpPort, webSocketPort, secureWebSocketPort);
        }
    }

    /**
     * Stops for good. Netty's graceful shutdown waits a 2 s quiet period, so the stopping
     * finishes in the background; nothing is accepted meanwhile.
     */
    @Override
    public synchronized void close() {
        Server closing = server;
        server = null;
        tokenByClient.clear();
        Runnable stopAndClean = () -> {
            if (closing != null) {
                closing.stopServer();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.debug("Could not delete {}", dataDir);
            }
        };
        new NamedThreadFactory("simulated-broker-stop").newThread(stopAndClean).start();
    }

    private void startOn(int tcp, int ws, int wss) {
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(tcp));
        properties.setProperty("websocket_port", Integer.toString(ws));
        properties.setProperty("allow_anonymous", "false");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("data_path", dataDir.toString());
        properties.setProperty("telemetry_enabled", "false");
        properties.setProperty("netty.mqtt.message_size", Integer.toString(256 * 1024));
        if (tls != null) {
            properties.setProperty("secure_websocket_port", Integer.toString(wss));
            properties.setProperty("ssl_provider", "JDK");
            properties.setProperty("jks_path", tls.keyStore().toAbsolutePath().toString());
            properties.setProperty("key_store_type", "pkcs12");
            properties.setProperty("key_store_password", tls.password());
            properties.setProperty("key_manager_password", tls.password());
        }
        Server next = new Server();
        List<InterceptHandler> handlers = List.of(new CommandInterceptor());
        try {
            next.startServer(new MemoryConfig(properties), handlers, null, new Authenticator(), new Authorizer());
        } catch (IOException e) {
            throw new UncheckedIOException("The simulated MQTT broker did not start", e);
        }
        server = next;
        tcpPort = next.getPort();
        webSocketPort = boundPort(next, "Websocket MQTT");
        if (tls != null) {
            secureWebSocketPort = boundPort(next, "Secure websocket");
        }
        LOG.info("Simulated MQTT broker on {} and {}", tcpUri(), webSocketUri());
    }

    /** Moquette records the ports it bound (port 0 included) but exposes only the TCP one. */
    @SuppressWarnings("unchecked")
    private static int boundPort(Server server, String protocol) {
        try {
            Field acceptorField = Server.class.getDeclaredField("acceptor");
            acceptorField.setAccessible(true);
            Object acceptor = acceptorField.get(server);
            Field portsField = acceptor.getClass().getDeclaredField("ports");
            portsField.setAccessible(true);
            Map<String, Integer> ports = (Map<String, Integer>) portsField.get(acceptor);
            // Netty records the bound port from a listener on its event loop, just after binding
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (ports.get(protocol) == null && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Integer port = ports.get(protocol);
            if (port == null) {
                throw new IllegalStateException("Moquette did not bind " + protocol);
            }
            return port;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the simulated broker", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Moquette version hides its " + protocol + " port", e);
        }
    }

    private static String deviceOf(String username) {
        return username != null && username.endsWith(AUTHORIZER_SUFFIX)
                ? username.substring(0, username.length() - AUTHORIZER_SUFFIX.length()) : null;
    }

    private final class Authenticator implements IAuthenticator {
        @Override
        public boolean checkValid(String clientId, String username, byte[] password) {
            String device = deviceOf(username);
            String token = password == null ? null : new String(password, StandardCharsets.UTF_8);
            boolean valid = device != null && !device.isBlank() && clientId != null && !clientId.contains("-")
                    && auth.isValidAccessToken(token);
            if (valid) {
                tokenByClient.put(clientId, token);
            }
            return valid;
        }
    }

    /** A connection may only use its own player's topics. */
    private static final class Authorizer implements IAuthorizatorPolicy {
        @Override
        public boolean canWrite(Topic topic, String user, String client) {
            return allowed(topic, user, client);
        }

        @Override
        public boolean canRead(Topic topic, String user, String client) {
            return allowed(topic, user, client);
        }

        private static boolean allowed(Topic topic, String user, String client) {
            if (INTERNAL_CLIENT.equals(client)) {
                return true;
            }
            String device = deviceOf(user);
            return device != null && topic.toString().startsWith("device/" + device + "/");
        }
    }

    private final class CommandInterceptor extends AbstractInterceptHandler {
        @Override
        public String getID() {
            return "simulated-players";
        }

        @Override
        public void onSessionLoopError(Throwable error) {
            LOG.warn("Simulated broker session loop error", error);
        }

        @Override
        public void onPublish(InterceptPublishMessage message) {
            // Moquette hands each handler a retained duplicate: the handler releases it
            ByteBuf payload = message.getPayload();
            try {
                String topic = message.getTopicName();
                if (!topic.contains("/command/") || Topics.parse(topic).isPresent()) {
                    return;
                }
                byte[] bytes = new byte[payload.readableBytes()];
                payload.getBytes(payload.readerIndex(), bytes);
                commands.accept(topic, bytes);
            } finally {
                payload.release();
            }
        }
    }
}
