package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.task.NamedThreadFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A whole simulated Yoto household on this machine: the cloud emulator (sign-in, REST, audio),
 * the MQTT broker and the virtual players in it. Demo mode runs one with a running clock; tests
 * run one and move time themselves with {@link #advance}.
 */
public final class SimulatedHousehold implements AutoCloseable {

    private final Clock clock;
    private final SimulatedAccount account = new SimulatedAccount();
    private final CloudEmulator cloud;
    private final SimulatedBroker broker;
    private final Map<String, VirtualPlayer> players = new ConcurrentHashMap<>();
    private final Map<String, RecordedPlayer> recorded = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    /**
     * The track loader's own threads: a load blocks one while its HTTP client needs others, so on
     * the two scheduler threads two players starting cards at once waited for each other forever.
     */
    private final java.util.concurrent.ExecutorService loads =
            Executors.newCachedThreadPool(new NamedThreadFactory("simulated-track-loads"));
    private final TrackLoader loader;
    private ScheduledFuture<?> running;

    private SimulatedHousehold(Clock clock, SimulatedBroker.Tls tls, CloudRoutes... extraRoutes) {
        this.clock = clock;
        CloudRoutes[] routes = new CloudRoutes[extraRoutes.length + 2];
        routes[0] = new RestRoutes(account);
        routes[1] = new MediaRoutes();
        System.arraycopy(extraRoutes, 0, routes, 2, extraRoutes.length);
        this.cloud = CloudEmulator.start(clock, routes);
        this.scheduler = Executors.newScheduledThreadPool(2, new NamedThreadFactory("simulated-household"));
        this.loader = new HttpTrackLoader(loads);
        this.broker = SimulatedBroker.start(cloud.auth(), this::command, tls);
        scheduler.scheduleWithFixedDelay(broker::dropExpiredConnections, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts the cloud and the broker on free ports, with no players yet and time standing still. */
    public static SimulatedHousehold start(Clock clock, CloudRoutes... extraRoutes) {
        return new SimulatedHousehold(clock, null, extraRoutes);
    }

    /** As {@link #start}, with the broker also speaking WebSocket over TLS with this certificate. */
    public static SimulatedHousehold startWithTls(Clock clock, SimulatedBroker.Tls tls, CloudRoutes... extraRoutes) {
        return new SimulatedHousehold(clock, tls, extraRoutes);
    }

    public CloudEmulator cloud() {
        return cloud;
    }

    public SimulatedAuth auth() {
        return cloud.auth();
    }

    public SimulatedAccount account() {
        return account;
    }

    public SimulatedBroker broker() {
        return broker;
    }

    /** The client configuration for this household: MQTT over WebSocket (over TLS when it has a certificate). */
    public YotoConfig config() {
        return cloud.config(broker.secureWebSocketUri().orElse(broker.webSocketUri()));
    }

    /** Adds a player of this REST family ({@code v3}, {@code mini}) to the account and switches it on. */
    public VirtualPlayer addPlayer(String deviceId, String name, String family) {
        return addPlayer(deviceId, name, PlayerModel.forFamily(family));
    }

    /** Adds a player of this model to the account and switches it on. */
    public VirtualPlayer addPlayer(String deviceId, String name, PlayerModel model) {
        account.addPlayer(deviceId, name, model.family());
        VirtualPlayer player = new VirtualPlayer(deviceId, model, clock, broker::publish, this::card, loader,
                scheduler);
        players.put(deviceId, player);
        player.followConfig(() -> account.config(deviceId), clock.getZone());
        player.publishPresence();
        return player;
    }

    /**
     * Adds a player to the account whose MQTT traffic comes from a recording or a test (see
     * {@link RecordedPlayer}), not from a simulation.
     */
    public RecordedPlayer addRecordedPlayer(String deviceId, String name, String family) {
        account.addPlayer(deviceId, name, family);
        RecordedPlayer player = new RecordedPlayer(deviceId, broker);
        recorded.put(deviceId, player);
        return player;
    }

    public VirtualPlayer player(String deviceId) {
        VirtualPlayer player = players.get(deviceId);
        if (player == null) {
            throw new IllegalArgumentException("No simulated player " + deviceId);
        }
        return player;
    }

    public List<VirtualPlayer> players() {
        return List.copyOf(players.values());
    }

    /** A URL of {@code seconds} of real MP3 served by the emulator. */
    public URI silenceUrl(int seconds) {
        return URI.create(cloud.baseUri() + MediaRoutes.SILENCE + seconds + ".mp3");
    }

    /** A URL that answers 200 with an HTML page: a stream no player can play. */
    public URI brokenStreamUrl() {
        return URI.create(cloud.baseUri() + "/sim-audio/not-audio.mp3");
    }

    /**
     * Moves every player's time on by {@code elapsed}; with a {@link ManualClock} the clock moves
     * too (in one-second steps, so lapses and timers fall where they should).
     */
    public void advance(Duration elapsed) {
        Duration left = elapsed;
        while (!left.isZero() && !left.isNegative()) {
            Duration step = left.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : left;
            if (clock instanceof ManualClock manual) {
                manual.advance(step);
            }
            for (VirtualPlayer player : players.values()) {
                player.advance(step);
            }
            left = left.minus(step);
        }
    }

    /** Lets time run by itself: every {@code tick} of real time, players move on {@code tick x speed}. */
    public synchronized void run(Duration tick, double speed) {
        if (running != null) {
            running.cancel(false);
        }
        Duration playerStep = Duration.ofNanos((long) (tick.toNanos() * speed));
        running = scheduler.scheduleAtFixedRate(() -> players.values().forEach(p -> p.advance(playerStep)),
                tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Puts Yoto-made cards, each with keys of its own form, in the family library ({@link StoreCards}). */
    public List<String> addStoreCards() {
        return StoreCards.addTo(account);
    }

    /** What a player finds when told to play a card: one of the account's own, or of the family library. */
    private Optional<Card> card(String cardId) {
        return account.card(cardId).or(() -> account.libraryCard(cardId)).map(Card::new);
    }

    private void command(String topic, byte[] payload) {
        String rest = topic.startsWith("device/") ? topic.substring("device/".length()) : "";
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return;
        }
        VirtualPlayer player = players.get(rest.substring(0, slash));
        if (player != null) {
            player.command(topic, payload);
        }
        RecordedPlayer other = recorded.get(rest.substring(0, slash));
        if (other != null) {
            other.command(topic, payload);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        loads.shutdownNow();
        broker.close();
        cloud.close();
    }
}
