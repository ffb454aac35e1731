package com.yotosmartstream.app.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.stories.DemoSampleStory;
import com.yotosmartstream.app.stories.SettingsRecentStories;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode's sample story (ADR 0088) with the real Library, streaming server, publisher and a
 * simulated household made afresh at each "start": added once, published each time as an
 * interactive card streamed from this computer, whose two endings a virtual player reaches with
 * the left and the right button; never added again once the user deleted it.
 */
class DemoSampleStoryTest {

    @TempDir
    Path temp;
    private AppServices services;
    private DemoSampleStory sample;
    private final List<SimulatedHousehold> households = new ArrayList<>();
    private final List<HouseholdConnection> connections = new ArrayList<>();
    private final List<Path> added = new ArrayList<>();

    @BeforeEach
    void openTheApp() throws Exception {
        services = Startup.prepare(LaunchOptions.parse("--data-dir=" + temp.resolve("data")),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        sample = new DemoSampleStory(services.streamer(), services.settings(), stories(),
                CardsFeature.publishers(services.streamer(), services.settings(),
                        new IconLibrary(services.database(), Clock.systemUTC()),
                        new CardStore(services.database(), Clock.systemUTC())),
                services.executor(), Speech.none());
        sample.addListener(new DemoSampleStory.Listener() {
            @Override
            public void added(Path file) {
                added.add(file);
            }

            @Override
            public void published(Path file, PublishedCard card) {
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        for (HouseholdConnection connection : connections) {
            connection.close();
        }
        for (SimulatedHousehold household : households) {
            household.close();
        }
        services.close();
    }

    private Path stories() {
        return temp.resolve("data").resolve("stories");
    }

    /** Demo mode opening: a new simulated household with one player, signed in to through the real client. */
    private HouseholdConnection demoStarts() throws Exception {
        SimulatedHousehold household = SimulatedHousehold.start(Clock.systemUTC());
        households.add(household);
        household.addPlayer("demo001", "Bedroom", "v3");
        HouseholdConnection connection = DemoHousehold.connect(household, temp.resolve("tokens.json"),
                Clock.systemUTC(), MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(3)));
        connections.add(connection);
        sample.householdOpened(connection);
        return connection;
    }

    private Story storyOnDisk() throws Exception {
        try (var files = Files.list(stories())) {
            List<Path> found = files.filter(f -> f.toString().endsWith(StoryFiles.EXTENSION)).toList();
            assertThat(found).as("one story file, never a second").hasSize(1);
            return StoryFiles.open(found.get(0)).story();
        }
    }

    @Test
    void theFirstDemoStartAddsTheStoryItsTracksAndPublishesItAsAnInteractiveCard() throws Exception {
        HouseholdConnection connection = demoStarts();
        assertThat(services.settings().get(DemoSampleStory.ADDED)).as("nothing before the stream server runs").isEmpty();

        assertThat(services.streamer().start().running()).isTrue(); // the library's start-up, a little later

        Story story = storyOnDisk();
        assertThat(story.title()).isEqualTo("Pip and the Sleepy Lighthouse");
        assertThat(story.nodes()).hasSize(8);
        assertThat(story.nodes().stream().filter(n -> n.isEnding())).hasSize(2);
        assertThat(story.nodes()).allSatisfy(n -> assertThat(n.audio()).isPresent());
        Path file = Path.of(services.settings().get(DemoSampleStory.ADDED));
        assertThat(new SettingsRecentStories(services.settings()).load()).containsExactly(file);
        assertThat(added).containsExactly(file);

        List<Track> tracks = services.streamer().library().catalogue().all();
        assertThat(tracks).hasSize(8).allSatisfy(t -> {
            assertThat(t.artist()).isEqualTo("Generated narration");
            assertThat(t.duration()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(30));
        });

        String cardId = story.info().cardId().orElseThrow();
        Card card = connection.card(cardId).orElseThrow();
        assertThat(card.title()).isEqualTo("Pip and the Sleepy Lighthouse");
        Card whole = connection.wholeCard(cardId);
        assertThat(whole.isInteractive()).isTrue();
        assertThat(whole.chapters()).hasSize(8);
        assertThat(whole.chapters().get(0).tracks().get(0).trackUrl()).contains("/stream/");
    }

    @Test
    void aVirtualPlayerReachesOneEndingWithTheLeftButtonAndTheOtherWithTheRight() throws Exception {
        assertThat(services.streamer().start().running()).isTrue();
        HouseholdConnection connection = demoStarts();
        Story story = storyOnDisk();
        PublishedCard card = story.info().card().orElseThrow();
        VirtualPlayer player = households.get(0).player("demo001");

        walk(connection, player, card, true, List.of("n1", "n2", "n4", "n5", "n7"));
        assertThat(story.node("n7").orElseThrow().isEnding()).isTrue();
        assertThat(story.node("n7").orElseThrow().title()).isEqualTo("The lamp shines again");

        walk(connection, player, card, false, List.of("n1", "n3", "n8"));
        assertThat(story.node("n8").orElseThrow().isEnding()).isTrue();
        assertThat(story.node("n8").orElseThrow().title()).isEqualTo("Sleeping under the moon");
    }

    private static void walk(HouseholdConnection connection, VirtualPlayer player, PublishedCard card, boolean left,
            List<String> path) throws Exception {
        await(() -> connection.mqtt().connectionStatus("demo001").map(s -> s.connected()).orElse(false),
                "the player's connection");
        assertThat(connection.send("demo001", Command.start(CardStart.of(card.cardId()))).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.OK);
        for (int i = 0; i < path.size(); i++) {
            String key = card.chapterKeys().get(path.get(i));
            await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals(key)
                    && player.trackLengthSeconds() > 5, path.get(i) + " (chapter " + key + ") playing");
            if (i < path.size() - 1) {
                if (left) {
                    player.pressLeft();
                } else {
                    player.pressRight();
                }
            }
        }
    }

    @Test
    void laterStartsPublishToTheNewHouseholdWithoutAddingASecondCopy() throws Exception {
        assertThat(services.streamer().start().running()).isTrue();
        demoStarts();
        String first = storyOnDisk().info().cardId().orElseThrow();

        HouseholdConnection again = demoStarts();

        Story story = storyOnDisk();
        String second = story.info().cardId().orElseThrow();
        assertThat(again.card(second)).as("published to the new household").isPresent();
        assertThat(again.cards().stream().filter(c -> c.title().equals(story.title()))).hasSize(1);
        assertThat(second).isNotEqualTo(first);
        assertThat(services.streamer().library().catalogue().all()).hasSize(8);
        assertThat(new SettingsRecentStories(services.settings()).load()).hasSize(1);
        assertThat(added).hasSize(1);
    }

    @Test
    void aSampleStoryTheUserDeletedIsNotAddedAgain() throws Exception {
        assertThat(services.streamer().start().running()).isTrue();
        demoStarts();
        Path file = Path.of(services.settings().get(DemoSampleStory.ADDED));
        Files.delete(file);

        HouseholdConnection again = demoStarts();

        assertThat(file).doesNotExist();
        try (var files = Files.list(stories())) {
            assertThat(files.filter(f -> f.toString().endsWith(StoryFiles.EXTENSION))).isEmpty();
        }
        assertThat(again.cards().stream().filter(c -> c.title().equals("Pip and the Sleepy Lighthouse"))).isEmpty();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        com.yotosmartstream.app.Await.until(java.time.Duration.ofSeconds(20), condition, () -> what);
    }
}
