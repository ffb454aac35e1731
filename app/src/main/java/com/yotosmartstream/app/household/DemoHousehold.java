package com.yotosmartstream.app.household;

import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Keys;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Demo mode: a simulated household on this machine (cloud, broker, players that play, drain their
 * batteries and answer commands), signed in to through the real client, so every screen works
 * without a Yoto account.
 */
public final class DemoHousehold {

    private static final String[] NAMES = {"Bedroom", "Kitchen", "Playroom", "Living room", "Grandma's", "Car"};
    private static final String[] FAMILIES = {"v3", "mini", "v3", "v2", "mini", "v3"};

    private DemoHousehold() {
    }

    /** Starts the simulated household with {@code count} players and connects to it. Blocking. */
    public static HouseholdConnection start(int count, Path tokenFile, Clock clock)
            throws YotoException, InterruptedException {
        SimulatedHousehold household = SimulatedHousehold.start(clock);
        try {
            List<String> ids = populate(household, count);
            HouseholdConnection connection = connect(household, tokenFile, clock, MqttOptions.defaults());
            household.run(Duration.ofSeconds(1), 1.0);
            startSomething(connection, ids);
            return connection;
        } catch (YotoException | InterruptedException | RuntimeException e) {
            household.close();
            throw e;
        }
    }

    /**
     * Signs in to a simulated household through the real device-code flow (approved at once) and
     * connects to its players; the connection closes the household when it closes. Blocking.
     */
    public static HouseholdConnection connect(SimulatedHousehold household, Path tokenFile, Clock clock,
            MqttOptions options) throws YotoException, InterruptedException {
        HttpClient http = HttpClient.create();
        OAuthClient oauth = new OAuthClient(household.config(), http, clock);
        TokenManager tokens = new TokenManager(oauth, new TokenStore(tokenFile), clock, TokenManager.DEFAULT_MARGIN);
        household.auth().setAutoApprove(true);
        household.auth().setPollInterval(Duration.ofMillis(50));
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, Sleeper.REAL, clock);
        DeviceAuthorization authorization = signIn.start();
        tokens.signedIn(signIn.awaitTokens(authorization, () -> Thread.currentThread().isInterrupted()));
        HouseholdConnection connection = HouseholdConnection.open(household.config(), tokens, http, clock, options,
                true, household);
        // a simulated player's track loader knows why a track did not play; the dashboard shows it
        connection.explainProblemsWith(id -> household.players().stream().filter(p -> p.deviceId().equals(id))
                .findFirst().flatMap(com.yotosmartstream.client.sim.VirtualPlayer::lastProblem));
        return connection;
    }

    private static List<String> populate(SimulatedHousehold household, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i < NAMES.length ? NAMES[i] : "Player " + (i + 1);
            String id = String.format(Locale.ROOT, "demo%03d", i + 1);
            VirtualPlayer player = household.addPlayer(id, name, FAMILIES[i % FAMILIES.length]);
            player.setBattery(95 - (i * 23) % 80);
            if (i % 4 == 1) {
                player.setCharging(true);
            }
            ids.add(id);
        }
        household.account().saveCard(bedtime(household).toJson());
        household.account().saveCard(dragon(household).toJson());
        household.account().addToFamilyLibrary("songs1", songs(household).withCardId("songs1").toJson());
        if (!ids.isEmpty()) { // a weekday wake-up alarm with the morning songs, in yoto_api's alarm form
            com.google.gson.JsonObject config = household.account().config(ids.get(0)).orElseThrow();
            com.google.gson.JsonArray alarms = new com.google.gson.JsonArray();
            alarms.add("1111100,07:00,songs1,,,6,1");
            config.add("alarms", alarms);
            household.account().replaceConfig(ids.get(0), config);
        }
        household.addStoreCards(); // Yoto-made cards, with keys of their own form
        return ids;
    }

    private static Card bedtime(SimulatedHousehold household) {
        List<Chapter> chapters = new ArrayList<>();
        String[] titles = {"The sleepy owl", "A boat made of moonlight", "Counting clouds", "The quiet forest"};
        for (int i = 0; i < titles.length; i++) {
            String key = Keys.of(i + 1);
            Track track = Track.stream("01", titles[i], household.silenceUrl(240 + 60 * i).toString(), "mp3")
                    .withDuration(240 + 60 * i);
            Chapter chapter = Chapter.of(key, titles[i], List.of(track));
            chapters.add(icon(household, i % 2 == 0 ? "Moon" : "Star").map(chapter::withIcon).orElse(chapter));
        }
        return Card.create("Bedtime stories", "linear", chapters);
    }

    /** A public icon of the simulated cloud, as a {@code yoto:#} reference. */
    private static java.util.Optional<String> icon(SimulatedHousehold household, String title) {
        return household.account().images().publicIcons().stream()
                .filter(i -> i.has("title") && i.get("title").getAsString().equals(title))
                .map(i -> "yoto:#" + i.get("mediaId").getAsString()).findFirst();
    }

    private static Card songs(SimulatedHousehold household) {
        return Card.create("Morning songs", "linear", List.of(
                Chapter.of("01", "Wake up!", List.of(Track.stream("01", "Wake up!",
                        household.silenceUrl(150).toString(), "mp3").withDuration(150))),
                Chapter.of("02", "Brush your teeth", List.of(Track.stream("01", "Brush your teeth",
                        household.silenceUrl(120).toString(), "mp3").withDuration(120)))));
    }

    private static Card dragon(SimulatedHousehold household) {
        // As twee2yoto builds interactive cards: each track has its chapter's key, gotos name it twice.
        Track start = Track.stream("01", "The cave or the river?", household.silenceUrl(60).toString(), "mp3").withDuration(60)
                .withAction(Track.Event.LEFT_BUTTON, new CardAction.Goto("02", "02"))
                .withAction(Track.Event.RIGHT_BUTTON, new CardAction.Goto("03", "03"));
        Track cave = Track.stream("02", "Into the cave", household.silenceUrl(90).toString(), "mp3").withDuration(90)
                .withAction(Track.Event.END, new CardAction.Stop());
        Track river = Track.stream("03", "Along the river", household.silenceUrl(90).toString(), "mp3").withDuration(90)
                .withAction(Track.Event.END, new CardAction.Stop());
        return Card.create("The lost dragon", "interactive", List.of(Chapter.of("01", "The start", List.of(start)),
                Chapter.of("02", "The cave", List.of(cave)), Chapter.of("03", "The river", List.of(river))));
    }

    /** The first player plays a bedtime story, so the dashboard shows life at once. */
    private static void startSomething(HouseholdConnection connection, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String deviceId = ids.get(0);
        connection.cards().stream().filter(c -> c.title().equals("Bedtime stories")).findFirst()
                .flatMap(Card::cardId).ifPresent(cardId -> {
                    AtomicBoolean started = new AtomicBoolean();
                    Runnable play = () -> {
                        if (started.compareAndSet(false, true)) {
                            connection.send(deviceId, Command.start(CardStart.of(cardId).secondsIn(35)));
                        }
                    };
                    connection.mqtt().addConnectionListener(status -> {
                        if (status.deviceId().equals(deviceId) && status.connected()) {
                            play.run();
                        }
                    });
                    if (connection.mqtt().connectionStatus(deviceId).map(s -> s.connected()).orElse(false)) {
                        play.run();
                    }
                });
    }
}
