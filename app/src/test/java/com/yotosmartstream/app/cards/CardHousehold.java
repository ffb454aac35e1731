package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the publishing tests stand on, over real sockets: a library of three short MP3s, the stream
 * server on port 0, a simulated household (cloud, broker) with one virtual player, and the app's
 * connection to it.
 */
final class CardHousehold implements AutoCloseable {

    final Database database;
    final SettingsStore settings;
    final Streamer streamer;
    final SimulatedHousehold household;
    final VirtualPlayer player;
    final HouseholdConnection connection;
    final CardStore store;
    final List<String> ids = new ArrayList<>();

    CardHousehold(Path dir) throws Exception {
        database = Database.open(dir.resolve("db"), List.of(CoreSchema.migrations(), LibrarySchema.migrations(),
                IconLibrary.migrations(), CardStore.migrations()), dir.resolve("backups"));
        settings = SettingsStore.load(database, Runnable::run);
        settings.put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        streamer = Streamer.open(dir.resolve("library"), database, settings);
        for (String title : List.of("The Owl", "The Fox", "The Bear")) {
            Path file = TestAudio.mp3(dir.resolve(title + ".mp3"), 2.0, title, "Gran");
            ids.add(streamer.library().importAll(List.of(file), TaskContext.QUIET).lines().get(0).trackId().orElseThrow());
        }
        assertThat(streamer.start().running()).isTrue();
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.account().uploads().transcodeAfterPolls(0);
        player = household.addPlayer("card1", "Bedroom", "v3");
        connection = DemoHousehold.connect(household, dir.resolve("tokens.json"), Clock.systemUTC(),
                MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(3)));
        store = new CardStore(database, Clock.systemUTC());
    }

    CardPublisher publisher() {
        String account = connection.account();
        IconLibrary icons = new IconLibrary(database, Clock.systemUTC());
        return new CardPublisher(connection.api(), new CardAudio(streamer, settings, store, account, true),
                new CardIcons(icons, store, account, connection::putIcon), store, streamer, account);
    }

    /** A linear card with one chapter per library track. */
    CardDraft threeChapters(Delivery delivery) {
        List<DraftChapter> chapters = new ArrayList<>();
        for (String id : ids) {
            var track = streamer.library().catalogue().find(id).orElseThrow();
            chapters.add(DraftChapter.of(DraftTrack.fromLibrary(id, track.title(), track.duration())));
        }
        return CardDraft.empty(delivery).withTitle("Animal stories").withAuthor("Gran").withChapters(chapters);
    }

    /** A story of three nodes on the three tracks: a fork, then a left and a right ending. */
    com.yotosmartstream.story.model.Story story() {
        var story = com.yotosmartstream.story.model.Story.empty("The fork in the road");
        String[] titles = {"The fork", "Left path", "Right path"};
        for (int i = 0; i < 3; i++) {
            var track = streamer.library().catalogue().find(ids.get(i)).orElseThrow();
            var node = com.yotosmartstream.story.model.StoryNode.create("n" + i, titles[i],
                    com.yotosmartstream.story.model.Position.ORIGIN).withAudio(new com.yotosmartstream.story.model
                    .AudioRef(track.id(), track.title(), track.duration().toMillis() / 1000.0));
            story = story.withNode(i == 0 ? node.withExit(com.yotosmartstream.story.model.Exit.LEFT,
                    com.yotosmartstream.story.model.Target.to("n1")).withExit(
                    com.yotosmartstream.story.model.Exit.RIGHT, com.yotosmartstream.story.model.Target.to("n2"))
                    : node.withEnding(true));
        }
        return story.withInfo(story.info().withStartId("n0"));
    }

    /** {@link #story()} compiled with library placeholders, as the Stories page publishes it. */
    Card compiled() {
        var result = new com.yotosmartstream.story.compile.CardCompiler().compile(story(),
                new com.yotosmartstream.app.stories.CardPlaceholderAudio(streamer));
        assertThat(result).isInstanceOf(com.yotosmartstream.story.compile.CompileResult.Compiled.class);
        return ((com.yotosmartstream.story.compile.CompileResult.Compiled) result).card();
    }

    Card publish(CardDraft draft) throws Exception {
        CardPublisher publisher = publisher();
        return publisher.publish(publisher.prepare(draft, TaskContext.QUIET));
    }

    void play(Card card) throws Exception {
        await(() -> connection.states().isOnline("card1"), "the player to be heard");
        assertThat(connection.send("card1", Command.start(CardStart.of(card.cardId().orElseThrow())))
                .get(10, TimeUnit.SECONDS)).isEqualTo(com.yotosmartstream.client.mqtt.CommandResult.OK);
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        com.yotosmartstream.app.Await.until(Duration.ofSeconds(15), condition, () -> what + " (player: "
                + player.playback() + " " + player.chapterKey() + " " + player.positionSeconds() + " "
                + player.lastProblem() + " " + player.commandsReceived() + ")");
    }

    @Override
    public void close() {
        connection.close();
        streamer.close();
        database.close();
    }
}
