package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.ui.cards.CardsPage;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.editor.TrackDrop;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.streamer.StreamerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cards page in the real main window against a simulated household over real sockets: make a
 * three-chapter card from the library, publish it both ways, play it on a virtual player.
 */
class CardsPageTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer bedroom;
    private final List<String> ids = new ArrayList<>();
    private final List<CardPublisher.Prepared> reviewed = new ArrayList<>();
    private boolean publishOnReview = true;
    private boolean deleteOnAsk = true;
    private final List<String> quitQuestions = new ArrayList<>();
    private boolean quitAnyway;
    private final List<CardRow> offered = new ArrayList<>();

    @Override
    protected String[] options() {
        return new String[] {"--size=1200x740", "--page=dashboard"};
    }

    @BeforeEach
    void openTheCardsPageOnAHouseholdWithALibrary() throws Exception {
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        shell.services.streamer().stop();
        assertThat(shell.services.streamer().start().running()).isTrue();
        for (String title : List.of("The Owl", "The Fox", "The Bear")) {
            Path file = TestAudio.mp3(dataDir.resolve(title + ".mp3"), 2.0, title, "Gran");
            var report = shell.services.streamer().library().importAll(List.of(file), TaskContext.QUIET);
            ids.add(report.lines().get(0).trackId().orElseThrow());
        }
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.account().uploads().transcodeAfterPolls(0);
        bedroom = household.addPlayer("cards1", "Bedroom", "v3");
        household.account().saveCard(Card.create("A story", "interactive", List.of(Chapter.of("01", "Start",
                List.of(Track.stream("01", "Start", household.silenceUrl(30).toString(), "mp3"))))).toJson());
        robot.interact(() -> shell.window.pages().setCardQuestions(new CardsPage.Questions() {
            @Override
            public boolean confirmDelete(Window owner, CardRow row) {
                return deleteOnAsk;
            }

            @Override
            public Optional<Path> chooseCover(Window owner) {
                return Optional.empty();
            }

            @Override
            public boolean review(Window owner, CardPublisher.Prepared prepared) {
                reviewed.add(prepared);
                return publishOnReview;
            }

            @Override
            public boolean quitWithoutPublishing(Window owner, String title) {
                quitQuestions.add(title);
                return quitAnyway;
            }

            @Override
            public List<CardRow> chooseOfflineReady(Window owner, List<CardRow> candidates) {
                offered.addAll(candidates);
                return candidates;
            }
        }));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("cards-tokens.json"), Clock.systemUTC(), MqttOptions.defaults()
                        .withCommandTimeout(Duration.ofSeconds(3)))));
        robot.clickOn("#nav-cards");
        await(() -> cardList().getItems().size() == 1 && library().getItems().size() >= 3, "the cards and library");
    }

    @AfterEach
    void stopHousehold() {
        household.close();
        for (String id : ids) {
            try {
                shell.services.streamer().library().delete(id);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<CardRow> cardList() {
        return robot.lookup("#card-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> library() {
        return robot.lookup("#card-library").queryAs(ListView.class);
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void makeAThreeChapterCard(String title) {
        robot.clickOn("#card-new");
        robot.interact(() -> library().getSelectionModel().selectAll());
        robot.clickOn("#card-library-add");
        robot.clickOn("#card-title-field").write(title).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Card onYoto(String title) {
        return household.account().cards().stream().map(Card::new).filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No card '" + title + "' on the simulated Yoto"));
    }

    @Test
    void aParentMakesAThreeChapterCardPublishesItAndWatchesAVirtualPlayerPlayIt() throws Exception {
        makeAThreeChapterCard("Animal stories");
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 3 tracks");

        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");

        assertThat(reviewed).hasSize(1);
        assertThat(reviewed.get(0).changes()).containsExactly("A new card: 'Animal stories' with 3 chapters.");
        Card card = onYoto("Animal stories");
        assertThat(card.chapters()).extracting(Chapter::title).containsExactly("The Bear", "The Fox", "The Owl");
        assertThat(card.chapters().get(2).tracks().get(0).type()).isEqualTo("stream");
        assertThat(cardList().getItems()).extracting(CardRow::title).contains("Animal stories");
        assertThat(robot.lookup("#card-unsaved").query().isVisible()).isFalse();

        robot.clickOn("#card-play");
        awaitPlayer(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the virtual player to play");
        assertThat(bedroom.chapterKey()).contains("01");
        assertThat(robot.lookup("#page-dashboard").tryQuery()).isPresent();
        await(() -> text("#card-cards1").equals("Animal stories"), "the tile to show the new card");
    }

    @Test
    void aCardUploadedToYotoPlaysWithTheServerStopped() throws Exception {
        makeAThreeChapterCard("Uploaded animals");
        robot.clickOn("#delivery-upload");
        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");

        assertThat(onYoto("Uploaded animals").chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).trackUrl())
                .startsWith("yoto:#"));
        assertThat(household.account().uploads().puts()).isEqualTo(3);
        shell.services.streamer().stop();
        robot.clickOn("#card-play");
        awaitPlayer(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the virtual player to play");
        household.advance(Duration.ofSeconds(1));
        assertThat(bedroom.lastProblem()).isEmpty();
    }

    @Test
    void tripModeMakesAStreamedCardOfflineReadyAndItPlaysWithTheServerStopped() throws Exception {
        makeAThreeChapterCard("Car ride");
        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");
        CardRow streamed = cardList().getItems().stream().filter(r -> r.title().equals("Car ride")).findFirst()
                .orElseThrow();
        assertThat(streamed.needsThisComputer()).isTrue();

        screenshot("cards-trip-before.png");
        robot.clickOn("#card-offline-ready");
        await(() -> text("#card-trip-message").startsWith("1 card made offline-ready"), "trip mode");

        screenshot("cards-trip-after.png");
        assertThat(offered).extracting(CardRow::title).containsExactly("Car ride");
        assertThat(onYoto("Car ride").chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).trackUrl())
                .startsWith("yoto:#"));
        assertThat(cardList().getItems()).filteredOn(r -> r.title().equals("Car ride")).singleElement()
                .satisfies(r -> assertThat(r.needsThisComputer()).isFalse());
        assertThat(robot.lookup("#card-offline-ready").query().isVisible()).as("no card needs this computer").isFalse();
        shell.services.streamer().stop();
        robot.clickOn("#card-play");
        awaitPlayer(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the virtual player to play");
        household.advance(Duration.ofSeconds(1));
        assertThat(bedroom.lastProblem()).isEmpty();
    }

    @Test
    void aTrackDroppedOnAChapterJoinsItAndUndoTakesItOut() throws Exception {
        makeAThreeChapterCard("Dropped");
        boolean[] accepted = new boolean[1];
        String drop = TrackDrop.encode(new AudioTrack(ids.get(0), "The Owl", Duration.ofSeconds(2), "MP3"));
        DataFormat format = Optional.ofNullable(DataFormat.lookupMimeType(TrackDrop.MIME_TYPE))
                .orElseGet(() -> new DataFormat(TrackDrop.MIME_TYPE));
        robot.interact(() -> accepted[0] = FileDrops.drop(robot.lookup("#chapter-1").query(), Map.of(format, drop)));
        assertThat(accepted[0]).isTrue();
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 4 tracks");

        robot.clickOn("#chapter-remove-0");
        assertThat(text("#card-summary")).startsWith("2 chapters \u00b7 3 tracks");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 4 tracks");
        robot.clickOn("#card-undo");
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 3 tracks");
        robot.clickOn("#card-redo");
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 4 tracks");
    }

    @Test
    void republishingShowsTheChangesAndCancellingTheReviewLeavesYotoAlone() throws Exception {
        makeAThreeChapterCard("Changing");
        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the first publish");

        robot.clickOn("#chapter-remove-2");
        publishOnReview = false;
        robot.clickOn("#card-publish");
        await(() -> reviewed.size() == 2, "the review");
        assertThat(reviewed.get(1).changes()).containsExactly("chapter 03: removed 'The Owl'");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onYoto("Changing").chapters()).hasSize(3);
        assertThat(robot.lookup("#card-unsaved").query().isVisible()).isTrue();
    }

    @Test
    void aChapterGetsAYotoIconFromThePickerAndTheCardCarriesIt() throws Exception {
        makeAThreeChapterCard("With icons");
        robot.clickOn("#chapter-icon-0");
        await(() -> robot.lookup("#picker-source").tryQuery().isPresent(), "the icon picker");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Object> sources = robot.lookup("#picker-source")
                    .queryAs(javafx.scene.control.ComboBox.class);
            sources.getSelectionModel().select(sources.getItems().size() - 1);
        });
        await(() -> !robot.lookup(".icon-tile").queryAll().isEmpty(), "Yoto's public icons");
        robot.doubleClickOn((javafx.scene.Node) robot.lookup(".icon-tile").query());
        await(() -> robot.lookup("#picker-source").tryQuery().isEmpty(), "the picker to close");

        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");
        List<String> publicIcons = household.account().images().publicIcons().stream()
                .map(i -> "yoto:#" + i.get("mediaId").getAsString()).toList();
        Card card = onYoto("With icons");
        assertThat(publicIcons).contains(card.chapters().get(0).icon().orElseThrow());
        assertThat(publicIcons).doesNotContain(card.chapters().get(1).icon().orElseThrow());
    }

    @Test
    void aChapterDraggedByItsHandleMovesAndPlayNowCanStartFromAChosenChapter() throws Exception {
        makeAThreeChapterCard("Reordered");
        DataFormat chapter = DataFormat.lookupMimeType("application/x-yoto-smart-stream-chapter");
        boolean[] accepted = new boolean[1];
        robot.interact(() -> accepted[0] = FileDrops.drop(robot.lookup("#chapter-0").query(), Map.of(chapter, 2)));
        assertThat(accepted[0]).isTrue();
        assertThat(robot.lookup("#chapter-title-0").queryAs(TextField.class).getText()).isEqualTo("The Owl");

        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");
        assertThat(onYoto("Reordered").chapters()).extracting(Chapter::title)
                .containsExactly("The Owl", "The Bear", "The Fox");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Integer> from = robot.lookup("#card-play-from")
                    .queryAs(javafx.scene.control.ComboBox.class);
            from.setValue(2);
        });
        robot.clickOn("#card-play");
        awaitPlayer(() -> bedroom.playback() == PlaybackStatus.PLAYING && bedroom.chapterKey().orElse("").equals("03"),
                "the third chapter to play");
    }

    @Test
    void aCardMadeElsewhereListsWithoutChaptersAndPlaysFromAChapterByTheKeysItHolds() throws Exception {
        household.account().saveCard(Card.create("Made in Yoto's app", "linear", List.of(
                Chapter.of("a", "Morning", List.of(Track.stream("a1", "Morning", household.silenceUrl(30).toString(),
                        "mp3").withDuration(30))),
                Chapter.of("b", "Evening", List.of(Track.stream("b1", "Evening", household.silenceUrl(40).toString(),
                        "mp3").withDuration(40))))).toJson());
        robot.clickOn("#card-refresh");
        await(() -> cardList().getItems().size() == 2, "the new card in the list");
        CardRow listed = cardList().getItems().stream().filter(r -> r.title().equals("Made in Yoto's app"))
                .findFirst().orElseThrow();
        assertThat(listed.chapters()).as("Yoto's list has no chapters").isEqualTo(-1);
        assertThat(listed.summary()).isEqualTo("1:10");

        robot.interact(() -> cardList().getSelectionModel().select(listed));
        await(() -> robot.lookup("#card-title-field").queryAs(TextField.class).getText().equals("Made in Yoto's app"),
                "the card in the editor");
        await(() -> cardList().getItems().stream().anyMatch(r -> r.title().equals("Made in Yoto's app")
                && r.chapters() == 2), "the row with its chapters");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Integer> from = robot.lookup("#card-play-from")
                    .queryAs(javafx.scene.control.ComboBox.class);
            from.setValue(1);
        });
        robot.clickOn("#card-play");
        awaitPlayer(() -> bedroom.playback() == PlaybackStatus.PLAYING && bedroom.chapterKey().orElse("").equals("b")
                && bedroom.trackKey().orElse("").equals("b1"), "the second chapter, by its own keys");
    }

    @Test
    void quittingWithChangesNotPublishedAsksFirst() throws Exception {
        makeAThreeChapterCard("Unpublished");
        quitAnyway = false;
        robot.interact(() -> shell.window.requestClose());
        assertThat(quitQuestions).containsExactly("'Unpublished'");
        assertThat(robot.lookup("#card-list").query().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void thePageSaysWhereStreamsComeFromAndWhenTheServerIsOff() throws Exception {
        robot.clickOn("#card-new");
        String base = shell.services.streamer().status().base().orElseThrow().toString();
        await(() -> text("#card-delivery-note").equals("Players will fetch the audio from " + base + "."),
                "the stream note");
        shell.services.streamer().stop();
        await(() -> text("#card-delivery-note").startsWith("The stream server is not running"), "the server's stop");
        robot.clickOn("#delivery-upload");
        assertThat(text("#card-delivery-note")).startsWith("Each file is uploaded to Yoto once");
    }

    @Test
    void aCardWithoutATitleCannotBePublishedAndSaysWhy() {
        robot.clickOn("#card-new");
        assertThat(robot.lookup("#card-publish").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#card-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Give the card a title.");
    }

    @Test
    void aStorysInteractiveCardOpensToPlayButNotToEdit() throws Exception {
        robot.interact(() -> cardList().getSelectionModel().select(0));
        await(() -> robot.lookup("#card-read-only").query().isVisible(), "the read-only banner");
        assertThat(robot.lookup("#card-title-field").queryAs(TextField.class).getText()).isEqualTo("A story");
        assertThat(robot.lookup("#card-publish").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#card-play").query().isDisabled()).isFalse();
    }

    @Test
    void deletingACardAsksFirstAndRemovesItFromYoto() throws Exception {
        robot.interact(() -> cardList().getSelectionModel().select(0));
        deleteOnAsk = false;
        robot.clickOn("#card-delete");
        assertThat(household.account().cards()).hasSize(1);
        deleteOnAsk = true;
        robot.clickOn("#card-delete");
        await(() -> household.account().cards().isEmpty() && cardList().getItems().isEmpty(), "the delete");
    }

    private void screenshot(String name) {
        if (Boolean.getBoolean("cards.screenshots")) {
            robot.interact(() -> {
                try {
                    com.yotosmartstream.app.ui.Screenshots.writePng(com.yotosmartstream.app.ui.Screenshots.capture(
                            shell.stage.getScene()), java.nio.file.Path.of("target/screenshots", name));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        await(condition, what, 20);
    }

    /**
     * Waits for the virtual player, which answers over real sockets and fetches its stream over
     * HTTP: on two loaded cores that has once taken longer than 20 s (the wait ends as soon as the
     * player is there, so the longer bound costs nothing when it passes).
     */
    private void awaitPlayer(BooleanSupplier condition, String what) throws Exception {
        try {
            await(condition, what, 60);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the player: " + bedroom.playback() + " chapter "
                    + bedroom.chapterKey().orElse("-") + " track " + bedroom.trackKey().orElse("-"), e);
        }
    }

    private void await(BooleanSupplier condition, String what, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what + " (status: " + text("#card-status")
                    + "; message: " + text("#card-message") + "; error: " + text("#card-error") + ")", e);
        }
    }

}
