package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.ui.StoryWorkspaceView;
import com.yotosmartstream.streamer.StreamerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Publish as card…" on the Stories page through the app's real publisher: the story compiled with
 * the library's tracks, streamed or uploaded, reviewed, saved to the simulated household, and
 * played by a virtual player whose left button takes the left path.
 */
class StoryPublishTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer player;
    private StoryWorkspaceView workspace;
    private final List<String> ids = new ArrayList<>();
    private final List<CardPublisher.Prepared> reviewed = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Delivery delivery = Delivery.STREAM;

    @Override
    protected String[] options() {
        return new String[] {"--page=dashboard"};
    }

    @BeforeEach
    void openAStoryWithALibraryAndAHousehold() throws Exception {
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        shell.services.streamer().stop();
        assertThat(shell.services.streamer().start().running()).isTrue();
        for (String title : List.of("At the fork", "The left path", "The right path")) {
            Path file = TestAudio.mp3(dataDir.resolve(title + ".mp3"), 2.0, title, "Gran");
            ids.add(shell.services.streamer().library().importAll(List.of(file), TaskContext.QUIET).lines().get(0)
                    .trackId().orElseThrow());
        }
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.account().uploads().transcodeAfterPolls(0);
        player = household.addPlayer("story1", "Bedroom", "v3");
        robot.interact(() -> shell.window.pages().setStoryPublishDialogs(new StoryCardPublisher.Dialogs() {
            @Override
            public Optional<Delivery> chooseDelivery(Story story) {
                return Optional.of(delivery);
            }

            @Override
            public StoryCardPublisher.Progress progress(String title, Runnable cancel) {
                return new StoryCardPublisher.Progress() {
                    @Override
                    public void update(double fraction, String message) {
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public boolean review(CardPublisher.Prepared prepared) {
                reviewed.add(prepared);
                return true;
            }

            @Override
            public void failed(String title, String message) {
                failures.add(message);
            }
        }));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("story-tokens.json"), Clock.systemUTC(), MqttOptions.defaults()
                        .withCommandTimeout(Duration.ofSeconds(3)))));
        await(() -> shell.app.household().connection().isPresent(), "the household");
        robot.clickOn("#nav-stories");
        workspace = robot.lookup("#page-stories").queryAs(StoryWorkspaceView.class);
    }

    @AfterEach
    void stopHousehold() throws Exception {
        household.close();
        for (String id : ids) {
            shell.services.streamer().library().delete(id);
        }
    }

    private Story story(boolean withAudio) {
        Story story = Story.empty("The fork in the road");
        String[] titles = {"At the fork", "The left path", "The right path"};
        for (int i = 0; i < 3; i++) {
            StoryNode node = StoryNode.create("n" + i, titles[i], new Position(i * 300, 0));
            if (withAudio || i > 0) {
                node = node.withAudio(new AudioRef(ids.get(i), titles[i], 2));
            }
            story = story.withNode(i == 0 ? node.withExit(Exit.LEFT, Target.to("n1")).withExit(Exit.RIGHT,
                    Target.to("n2")) : node.withEnding(true));
        }
        return story.withInfo(story.info().withStartId("n0"));
    }

    private Optional<String> cardId() {
        return workspace.viewModel().editor().story().info().cardId();
    }

    @Test
    void aStoryIsPublishedAsAnInteractiveCardAndItsButtonsWorkOnAVirtualPlayer() throws Exception {
        robot.interact(() -> workspace.viewModel().editor().load(new StoryDocument(story(true))));
        robot.clickOn("#story-publish");
        await(() -> cardId().isPresent(), "the story to remember its card");

        Card card = new Card(household.account().card(cardId().get()).orElseThrow());
        assertThat(card.isInteractive()).isTrue();
        assertThat(card.chapters()).hasSize(3);
        assertThat(card.chapters().get(0).tracks().get(0).trackUrl()).contains("/stream/");
        assertThat(reviewed.get(0).changes()).containsExactly("A new card: 'The fork in the road' with 3 chapters.");

        shell.app.household().connection().orElseThrow().send("story1", Command.start(CardStart.of(cardId().get())))
                .get(10, TimeUnit.SECONDS);
        await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals("01"),
                "the start");
        player.pressLeft();
        await(() -> player.chapterKey().orElse("").equals("02"), "the left path");

        String first = cardId().get();
        delivery = Delivery.UPLOAD;
        robot.clickOn("#story-publish");
        await(() -> reviewed.size() == 2 && household.account().uploads().puts() == 3, "the upload");
        await(() -> new Card(household.account().card(first).orElseThrow()).chapters().get(0).tracks().get(0)
                .trackUrl().startsWith("yoto:#"), "the card to be updated");
        assertThat(cardId()).contains(first);
        assertThat(household.account().cards().stream().filter(c -> c.get("title").getAsString()
                .equals("The fork in the road"))).hasSize(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aStoryPublishedAsACardIsOnTheCardsPageWithoutARefresh() throws Exception {
        robot.clickOn("#nav-cards");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<com.yotosmartstream.app.cards.CardRow> list =
                robot.lookup("#card-list").queryAs(javafx.scene.control.ListView.class);
        await(() -> robot.lookup("#card-status").queryLabeled().getText().contains("No cards")
                || !list.getItems().isEmpty(), "the Cards page's first listing");
        robot.clickOn("#nav-stories");
        robot.interact(() -> workspace.viewModel().editor().load(new StoryDocument(story(true))));

        robot.clickOn("#story-publish");
        await(() -> cardId().isPresent(), "the story to remember its card");
        robot.clickOn("#nav-cards");

        await(() -> list.getItems().stream().anyMatch(r -> r.title().equals("The fork in the road")),
                "the published story in the Cards page's list");
        assertThat(list.getItems().stream().filter(r -> r.cardId().equals(cardId().get()))).hasSize(1);
    }

    @Test
    void aStoryTheCompilerRefusesIsNotPublishedAndSaysWhy() throws Exception {
        robot.interact(() -> workspace.viewModel().editor().load(new StoryDocument(story(false))));
        robot.clickOn("#story-publish");
        await(() -> !failures.isEmpty(), "the refusal");
        assertThat(failures.get(0)).startsWith("The story cannot become a card yet:").contains("At the fork");
        assertThat(cardId()).isEmpty();
        assertThat(household.account().cards().stream().filter(c -> c.get("title").getAsString()
                .equals("The fork in the road"))).isEmpty();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

}
