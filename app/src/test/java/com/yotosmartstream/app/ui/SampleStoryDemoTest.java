package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.ui.StoryWorkspaceView;
import com.yotosmartstream.streamer.StreamerSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Demo mode as a newcomer first sees it (ADR 0088): the app's own demo household, and once the
 * stream server runs, the sample story open on the Stories page (in Recent too), published as a card
 * the Cards page lists, and the live trace following a virtual player that plays it.
 */
class SampleStoryDemoTest extends ShellTest {

    private static final String TITLE = "Pip and the Sleepy Lighthouse";
    private final FxRobot robot = new FxRobot();

    @Override
    protected String[] options() {
        return new String[] {"--page=stories", "--demo-players=1"};
    }

    private Story story(StoryWorkspaceView workspace) {
        return workspace.viewModel().editor().story();
    }

    @Test
    void theSampleStoryIsOpenPublishedListedOnTheCardsPageAndTracedLive() throws Exception {
        await(() -> shell.app.household().connection().isPresent(), "demo mode's household");
        robot.clickOn("#nav-cards");
        @SuppressWarnings("unchecked")
        ListView<CardRow> cards = robot.lookup("#card-list").queryAs(ListView.class);
        await(() -> cardStatus().equals("2 cards in the demo household"), "the Cards page's first listing");

        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        assertThat(shell.services.streamer().start().running()).isTrue(); // as the app's library start-up does
        await(() -> cards.getItems().stream().anyMatch(r -> r.title().equals(TITLE)), "the card on the Cards page");
        await(() -> cardStatus().equals("3 cards in the demo household"), "the count to follow");

        robot.clickOn("#nav-stories");
        StoryWorkspaceView workspace = robot.lookup("#page-stories").queryAs(StoryWorkspaceView.class);

        await(() -> story(workspace).title().equals(TITLE) && story(workspace).info().cardId().isPresent(),
                "the sample story open with its card");
        String cardId = story(workspace).info().cardId().orElseThrow();
        await(() -> robot.lookup("#node-n1").tryQuery().isPresent(), "the first node on the canvas");
        assertThat(robot.lookup("#story-document-title").queryAs(Label.class).getText()).contains(TITLE);
        assertThat(story(workspace).nodes()).hasSize(8).allSatisfy(n -> assertThat(n.audio()).isPresent());
        assertThat(robot.lookup("#story-card").queryAs(Label.class).getText()).isEqualTo("On Yoto as card " + cardId);
        assertThat(robot.lookup("#story-recent").queryAs(MenuButton.class).getItems())
                .extracting(item -> item.getText()).singleElement().asString().contains(TITLE);
        assertThat(workspace.viewModel().hasUnsavedChanges()).as("the file holds the card").isFalse();

        var connection = shell.app.household().connection().orElseThrow();
        await(() -> connection.mqtt().connectionStatus("demo001").map(s -> s.connected()).orElse(false),
                "the virtual player");
        connection.send("demo001", Command.start(CardStart.of(cardId))).get(10, TimeUnit.SECONDS);
        await(() -> liveName("n1").equals(Optional.of("Bedroom")), "the live trace on the first node");

        assertThat(cards.getItems().stream().filter(r -> r.title().equals(TITLE)).map(CardRow::cardId).toList())
                .containsExactly(cardId);
        assertThat(List.of(cardId)).containsExactly(connection.cards().stream().filter(c -> c.title().equals(TITLE))
                .map(c -> c.cardId().orElseThrow()).toArray(String[]::new));
    }

    private String cardStatus() {
        return robot.lookup("#card-status").queryLabeled().getText();
    }

    private Optional<String> liveName(String nodeId) {
        return robot.lookup("#trace-live-" + nodeId).tryQuery().filter(n -> n.getScene() != null)
                .map(n -> ((Label) n).getText());
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }
}
