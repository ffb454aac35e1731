package com.yotosmartstream.app.household;

import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.CardContents;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.mqtt.YotoMqtt;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.traffic.TrafficTap;
import com.yotosmartstream.core.task.NamedThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live household: its players (from the REST API), its cards (family library and own cards),
 * their live state and commands (over MQTT). Open it in the background; it is thread-safe.
 *
 * <p>The card lists carry titles and metadata but no chapters (as Yoto's do); whatever needs a
 * card's chapters or keys asks for the {@linkplain #wholeCard whole card}, fetched once and kept.
 */
public final class HouseholdConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdConnection.class);
    /** A player that says nothing for this long counts as offline (it pushes a status every 5 min). */
    public static final Duration SILENCE = Duration.ofMinutes(11);

    private final boolean demo;
    private final List<PlayerInfo> players;
    private final Map<String, Card> cards;
    private final Map<String, String> icons;
    private final PlayerStates states;
    private final YotoMqtt mqtt;
    private final AutoCloseable resources;
    private final YotoApi api;
    private final CardContents contents;
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(new NamedThreadFactory("card-contents"));
    private final String account;
    private volatile java.util.function.Function<String, Optional<String>> problems = id -> Optional.empty();
    private final List<java.util.function.Consumer<CardChange>> cardListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A card of the account saved whole (made, published, opened) or, with no card, deleted. */
    public record CardChange(String cardId, Optional<Card> card) {
    }

    private HouseholdConnection(boolean demo, List<PlayerInfo> players, Map<String, Card> cards,
            Map<String, String> icons, PlayerStates states, YotoMqtt mqtt, AutoCloseable resources, YotoApi api,
            String account) {
        this.icons = new java.util.concurrent.ConcurrentHashMap<>(icons);
        this.api = api;
        this.contents = new CardContents(api);
        this.account = account;
        this.demo = demo;
        this.players = players;
        this.cards = java.util.Collections.synchronizedMap(new LinkedHashMap<>(cards));
        this.states = states;
        this.mqtt = mqtt;
        this.resources = resources;
    }

    /**
     * Lists the players and cards, then connects to every player. Blocking: call it in the background.
     *
     * @param resources closed with the connection (the simulated household in demo mode)
     */
    public static HouseholdConnection open(YotoConfig config, TokenManager tokens, HttpClient http, Clock clock,
            MqttOptions options, boolean demo, AutoCloseable resources) throws YotoException, InterruptedException {
        YotoApi api = new YotoApi(config, http, tokens);
        List<PlayerInfo> players = api.players();
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Card card : optional(api::familyLibrary, "the family library")) {
            card.cardId().ifPresent(id -> cards.put(id, card));
        }
        java.util.Set<String> ownCards = new java.util.HashSet<>();
        for (Card card : optional(api::myCards, "your own cards")) {
            card.cardId().ifPresent(id -> {
                cards.put(id, card);
                ownCards.add(id);
            });
        }
        Map<String, String> icons = new java.util.HashMap<>();
        for (boolean own : new boolean[] {false, true}) {
            try {
                for (com.yotosmartstream.client.model.DisplayIcon icon : own ? api.myIcons() : api.publicIcons()) {
                    icon.url().ifPresent(url -> icons.put(icon.reference(), url));
                }
            } catch (YotoException e) {
                LOG.warn("Could not list the {} display icons; chapters will show without them: {}",
                        own ? "account's" : "public", e.getMessage());
            }
        }
        PlayerStates states = new PlayerStates(clock, SILENCE);
        YotoMqtt mqtt = new YotoMqtt(config.mqttUri(), tokens, states, options);
        mqtt.connect(players.stream().map(PlayerInfo::deviceId).toList());
        LOG.info("Following {} players ({} cards){}", players.size(), cards.size(), demo ? " in demo mode" : "");
        HouseholdConnection connection = new HouseholdConnection(demo, List.copyOf(players), cards, icons, states,
                mqtt, resources, api, (demo ? "demo@" : "yoto@") + config.apiBase());
        connection.contents.ownCards(ownCards);
        return connection;
    }

    /** A list the household can open without. */
    @FunctionalInterface
    private interface CardList {
        List<Card> get() throws YotoException, InterruptedException;
    }

    /**
     * A list the players do not need: if Yoto refuses it (a scope the account did not grant, a
     * failure of that one endpoint) the household opens without it, with a warning in the log.
     */
    private static List<Card> optional(CardList list, String what) throws InterruptedException {
        try {
            return list.get();
        } catch (YotoException e) {
            LOG.warn("Could not list {}; opening the household without it: {}", what, e.getMessage());
            return List.of();
        }
    }

    /** Whether this is the simulated household of demo mode. */
    public boolean demo() {
        return demo;
    }

    public List<PlayerInfo> players() {
        return players;
    }

    /**
     * Who uploads and grants are remembered for: the simulated household of one run (a fresh one
     * each start has none of the last one's uploads) or the Yoto service.
     */
    public String account() {
        return account;
    }

    /** Cards that can be played, by title. */
    public List<Card> cards() {
        synchronized (cards) {
            return cards.values().stream().sorted(java.util.Comparator.comparing(Card::title)).toList();
        }
    }

    /**
     * Adds or replaces a card the account has now, whole (as a publish returns it), so tiles show
     * its title and its chapters need no fetch.
     */
    public void putCard(Card card) {
        card.cardId().ifPresent(id -> cards.put(id, card));
        contents.put(card);
        card.cardId().ifPresent(id -> tell(new CardChange(id, Optional.of(card))));
    }

    public void removeCard(String cardId) {
        cards.remove(cardId);
        contents.forget(cardId);
        tell(new CardChange(cardId, Optional.empty()));
    }

    /**
     * Hears each change of the account's cards made through this connection ({@link #putCard},
     * {@link #removeCard}): one call per change, on the caller's thread. Pages that list cards (the
     * Cards page) keep their lists fresh with it. Close the handle to stop.
     */
    public AutoCloseable addCardListener(java.util.function.Consumer<CardChange> listener) {
        cardListeners.add(listener);
        return () -> cardListeners.remove(listener);
    }

    private void tell(CardChange change) {
        for (java.util.function.Consumer<CardChange> listener : cardListeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A card listener failed", e);
            }
        }
    }

    /**
     * A card with its chapters and their keys: own cards from {@code /content/{id}}, others from
     * {@code /card/{id}}, fetched the first time and kept. Blocking: call it in the background.
     */
    public Card wholeCard(String cardId) throws YotoException, InterruptedException {
        return contents.get(cardId);
    }

    /** {@link #wholeCard} on this connection's own background thread; completes exceptionally on failure. */
    public CompletableFuture<Card> wholeCardLater(String cardId) {
        Optional<Card> cached = contents.cached(cardId);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        CompletableFuture<Card> result = new CompletableFuture<>();
        try {
            fetcher.execute(() -> {
                try {
                    result.complete(contents.get(cardId));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result.completeExceptionally(e);
                } catch (YotoException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(e); // closed
        }
        return result;
    }

    /** The card with its chapters if it was fetched before; never calls Yoto. */
    public Optional<Card> cachedWholeCard(String cardId) {
        return contents.cached(cardId);
    }

    /**
     * Where the reasons players' tracks did not play come from. Real players never say (the
     * default: none); demo mode's simulated players do ({@code DemoHousehold}).
     */
    public void explainProblemsWith(java.util.function.Function<String, Optional<String>> source) {
        problems = java.util.Objects.requireNonNull(source);
    }

    /** Why the player's last track did not play, when the household can know it. */
    public Optional<String> playbackProblem(String deviceId) {
        return problems.apply(deviceId);
    }

    /** Remembers a display icon's picture address (after an upload). */
    public void putIcon(String reference, String url) {
        icons.put(reference, url);
    }

    public Optional<Card> card(String cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    /** The picture address of a display icon reference ({@code yoto:#<mediaId>}), when known. */
    public Optional<String> iconUrl(String reference) {
        return Optional.ofNullable(icons.get(reference));
    }

    public PlayerStates states() {
        return states;
    }

    public YotoMqtt mqtt() {
        return mqtt;
    }

    /** The REST client of this household's account (icon uploads, card saves); thread-safe, blocking calls. */
    public YotoApi api() {
        return api;
    }

    /** From now on, every REST call and MQTT message of this household is also told to {@code tap}. */
    public void tapTraffic(TrafficTap tap) {
        api.tapTraffic(tap);
        mqtt.tapTraffic(tap);
    }

    public CompletableFuture<CommandResult> send(String deviceId, Command command) {
        return mqtt.send(deviceId, command);
    }

    @Override
    public void close() {
        fetcher.shutdownNow();
        mqtt.close();
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                LOG.warn("Closing the household failed", e);
            }
        }
    }
}
