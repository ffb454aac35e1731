package com.yotosmartstream.client.mqtt;

import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.traffic.TrafficSwitch;
import com.yotosmartstream.client.traffic.TrafficTap;
import com.yotosmartstream.core.task.NamedThreadFactory;
import com.yotosmartstream.core.task.SerialExecutor;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocketFactory;

/**
 * The household over MQTT: a connection per player, live state in {@link PlayerStates}, and
 * commands. Thread-safe; nothing here blocks the caller on the network.
 */
public final class YotoMqtt implements AutoCloseable {

    private final URI broker;
    private final SSLSocketFactory tls;
    private final TokenManager tokens;
    private final MqttOptions options;
    private final PlayerStates states;
    private final MessageStats stats = new MessageStats();
    private final MessageRouter router;
    private final ScheduledExecutorService scheduler;
    private final Executor inbound;
    private final Map<String, PlayerConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, ConnectionStatus> statuses = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<ConnectionStatus>> connectionListeners = new CopyOnWriteArrayList<>();
    private final TrafficSwitch traffic = new TrafficSwitch();

    public YotoMqtt(URI broker, TokenManager tokens, PlayerStates states, MqttOptions options) {
        this(broker, tokens, states, options, null);
    }

    /**
     * @param tls the socket factory for {@code wss://} connections; null for the JVM's default
     *     (which trusts the public certificate authorities, as Yoto's broker needs)
     */
    public YotoMqtt(URI broker, TokenManager tokens, PlayerStates states, MqttOptions options, SSLSocketFactory tls) {
        this.tls = tls;
        this.broker = broker;
        this.tokens = tokens;
        this.options = options;
        this.states = states;
        this.router = new MessageRouter(states, stats, options.twinWindow());
        this.scheduler = Executors.newScheduledThreadPool(2, new NamedThreadFactory("mqtt"));
        this.inbound = new SerialExecutor("mqtt-inbound", scheduler);
        long check = options.silenceCheck().toMillis();
        scheduler.scheduleWithFixedDelay(states::checkSilence, check, check, TimeUnit.MILLISECONDS);
    }

    public PlayerStates states() {
        return states;
    }

    public MessageStats stats() {
        return stats;
    }

    /** Connects to these players and disconnects from any others (call again when the list changes). */
    public synchronized void connect(Collection<String> deviceIds) {
        Set<String> wanted = new HashSet<>(deviceIds);
        for (String id : Set.copyOf(connections.keySet())) {
            if (!wanted.contains(id)) {
                connections.remove(id).close();
            }
        }
        for (String id : wanted) {
            connections.computeIfAbsent(id, key -> {
                states.track(key);
                PlayerConnection connection = new PlayerConnection(key, broker, tokens, options, tls, scheduler,
                        inbound, router, this::statusChanged, traffic);
                connection.start();
                return connection;
            });
        }
    }

    public CompletableFuture<CommandResult> send(String deviceId, Command command) {
        PlayerConnection connection = connections.get(deviceId);
        return connection == null ? CompletableFuture.completedFuture(CommandResult.NOT_SENT) : connection.send(command);
    }

    /** Asks the player for its status (requests to one player go one at a time). */
    public void requestStatus(String deviceId) {
        PlayerConnection connection = connections.get(deviceId);
        if (connection != null) {
            connection.requestStatus();
        }
    }

    /** Skips to the next chapter of the card playing; NOT_SENT when there is none. */
    public CompletableFuture<CommandResult> nextChapter(String deviceId, Card card) {
        return skip(deviceId, card, true);
    }

    public CompletableFuture<CommandResult> previousChapter(String deviceId, Card card) {
        return skip(deviceId, card, false);
    }

    private CompletableFuture<CommandResult> skip(String deviceId, Card card, boolean forward) {
        Optional<CardStart> start = states.get(deviceId).chapterKey().flatMap(key -> forward
                ? ChapterNavigation.next(card, key) : ChapterNavigation.previous(card, key));
        return start.map(s -> send(deviceId, Command.start(s)))
                .orElseGet(() -> CompletableFuture.completedFuture(CommandResult.NOT_SENT));
    }

    /**
     * From now on, every command published and every message received (before it is parsed) is
     * also told to {@code tap}, on the MQTT threads; {@link TrafficTap#NONE} stops it.
     */
    public void tapTraffic(TrafficTap tap) {
        traffic.attach(tap);
    }

    /** Told of every well-formed message, on the inbound MQTT thread (hand off to the UI). */
    public AutoCloseable addMessageListener(MessageListener listener) {
        return router.addListener(listener);
    }

    public Optional<ConnectionStatus> connectionStatus(String deviceId) {
        return Optional.ofNullable(statuses.get(deviceId));
    }

    /** Told of every connection change, on an MQTT thread: hand off to the UI. */
    public AutoCloseable addConnectionListener(Consumer<ConnectionStatus> listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
    }

    private void statusChanged(ConnectionStatus status) {
        statuses.put(status.deviceId(), status);
        connectionListeners.forEach(l -> l.accept(status));
    }

    @Override
    public synchronized void close() {
        connections.values().forEach(PlayerConnection::close);
        connections.clear();
        scheduler.shutdownNow();
    }
}
