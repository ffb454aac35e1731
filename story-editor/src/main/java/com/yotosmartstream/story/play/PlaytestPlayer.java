package com.yotosmartstream.story.play;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.mqtt.YotoMqtt;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A virtual Yoto player to try cards on: a simulated household (cloud, broker, one player) on this
 * machine, and the app's real client signed in to it, so a card travels exactly as it would to a
 * real player (saved to the account, started over MQTT, its state read back from the player's
 * events). The buttons are the virtual player's own hardware buttons. Starting signs in and
 * connects, which takes a moment: do it off the UI thread.
 */
public final class PlaytestPlayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlaytestPlayer.class);
    public static final String DEVICE_ID = "playtest1";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final SimulatedHousehold household;
    private final VirtualPlayer player;
    private final YotoMqtt mqtt;
    private final Path folder;

    private PlaytestPlayer(SimulatedHousehold household, VirtualPlayer player, YotoMqtt mqtt, Path folder) {
        this.household = household;
        this.player = player;
        this.mqtt = mqtt;
        this.folder = folder;
    }

    /** A player whose time runs by itself, as a real one does. {@code workFolder} keeps its sign-in while open. */
    public static PlaytestPlayer startRunning(Path workFolder) throws YotoException, InterruptedException, IOException {
        PlaytestPlayer started = start(workFolder, Clock.systemUTC(), Sleeper.REAL);
        started.household.run(Duration.ofMillis(200), 1.0);
        return started;
    }

    /** A player whose time moves only through {@link #advance} (for tests). */
    public static PlaytestPlayer startManual(Path workFolder, ManualClock clock) throws YotoException,
            InterruptedException, IOException {
        return start(workFolder, clock, clock.sleeper());
    }

    private static PlaytestPlayer start(Path workFolder, Clock clock, Sleeper sleeper) throws YotoException,
            InterruptedException, IOException {
        Files.createDirectories(workFolder);
        Path folder = Files.createTempDirectory(workFolder, "playtest");
        SimulatedHousehold household = SimulatedHousehold.start(clock);
        try {
            household.auth().setPollInterval(Duration.ofMillis(50));
            VirtualPlayer player = household.addPlayer(DEVICE_ID, "Playtest player", "v3");
            YotoConfig config = household.config();
            HttpClient http = new HttpClient(new NetHttpTransport(), sleeper, clock);
            OAuthClient oauth = new OAuthClient(config, http, clock);
            TokenManager tokens = new TokenManager(oauth, new TokenStore(folder.resolve("tokens.json")), clock,
                    TokenManager.DEFAULT_MARGIN);
            DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
            DeviceAuthorization authorization = signIn.start();
            household.auth().approve(authorization.userCode());
            tokens.signedIn(signIn.awaitTokens(authorization, () -> false));
            PlayerStates states = new PlayerStates(clock, Duration.ofMinutes(11));
            YotoMqtt mqtt = new YotoMqtt(config.mqttUri(), tokens, states, MqttOptions.defaults()
                    .withCommandTimeout(Duration.ofSeconds(5)));
            mqtt.connect(List.of(DEVICE_ID));
            PlaytestPlayer ready = new PlaytestPlayer(household, player, mqtt, folder);
            try {
                ready.await(s -> s.volumeStep().isPresent(), "a connection (its first events)");
            } catch (IllegalStateException e) {
                ready.close();
                throw e;
            }
            LOG.info("Playtest player ready");
            return ready;
        } catch (YotoException | InterruptedException | RuntimeException e) {
            household.close();
            deleteQuietly(folder);
            throw e;
        }
    }

    /** A URL of {@code seconds} of silent MP3, for nodes that have no audio yet. */
    public URI silenceUrl(int seconds) {
        return household.silenceUrl(seconds);
    }

    /** Saves the card to the household's account; returns its card id. */
    public String load(Card card) {
        return household.account().saveCard(card.toJson()).orElseThrow().get("cardId").getAsString();
    }

    /**
     * Starts the card at a chapter's first track, as the app would start it on a real player: with
     * the track key the card's content holds (never an assumed "01").
     */
    public CompletableFuture<CommandResult> play(String cardId, String chapterKey) {
        String trackKey = household.account().card(cardId).map(Card::new).stream()
                .flatMap(card -> card.chapters().stream()).filter(c -> c.key().equals(chapterKey))
                .flatMap(c -> c.tracks().stream()).map(com.yotosmartstream.client.model.Track::key).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Card " + cardId + " has no chapter " + chapterKey
                        + " with a track"));
        return mqtt.send(DEVICE_ID, Command.start(CardStart.of(cardId).at(chapterKey, trackKey)));
    }

    public CompletableFuture<CommandResult> stop() {
        return mqtt.send(DEVICE_ID, Command.stop());
    }

    /** Presses the player's left button. */
    public void pressLeft() {
        player.pressLeft();
    }

    public void pressRight() {
        player.pressRight();
    }

    /** Lets the playing track run to its end at once. */
    public void finishTrack() {
        player.finishTrack();
    }

    /** Moves the player's time on (only meaningful for a manual clock). */
    public void advance(Duration elapsed) {
        household.advance(elapsed);
    }

    /** The player as the app sees it, from its MQTT events. */
    public PlayerState state() {
        return mqtt.states().get(DEVICE_ID);
    }

    /**
     * Why the last track did not play ("'Dragon' could not play: the server sent 'audio/mp4'..."), as
     * the virtual player's track loader found when it fetched it; empty when it played. A real
     * player never says; this one can, so the playtest tells the author.
     */
    public java.util.Optional<String> problem() {
        return player.lastProblem();
    }

    /** The player as it is, from the inside (for tests). */
    public VirtualPlayer virtualPlayer() {
        return player;
    }

    /** Hears every change of the player's state, on {@code executor}; close the handle to stop. */
    public AutoCloseable onChange(Executor executor, Consumer<PlayerState> listener) {
        return mqtt.states().addListener(executor, changed -> {
            PlayerState state = changed.get(DEVICE_ID);
            if (state != null) {
                listener.accept(state);
            }
        });
    }

    /** Waits (blocking) until the player reports a state that satisfies the condition. */
    public PlayerState await(java.util.function.Predicate<PlayerState> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test(state())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The playtest player did not reach " + what + "; it is at "
                        + state().reportedFields());
            }
            Thread.sleep(10);
        }
        return state();
    }

    @Override
    public void close() {
        mqtt.close();
        household.close();
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not clean {}", folder, e);
        }
    }
}
