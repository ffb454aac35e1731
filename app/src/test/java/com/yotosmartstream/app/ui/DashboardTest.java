package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard against a simulated household, through the real client, over real sockets. */
class DashboardTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer bedroom;
    private VirtualPlayer kitchen;
    private String coverCardId;

    @BeforeEach
    void connectToASimulatedHousehold() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        bedroom = household.addPlayer("dash1", "Bedroom", "v3");
        kitchen = household.addPlayer("dash2", "Kitchen", "mini");
        household.account().saveCard(Card.create("Two chapters", "linear", List.of(
                Chapter.of("01", "First", List.of(Track.stream("01", "First", household.silenceUrl(600).toString(), "mp3")))
                        .withIcon("yoto:#" + household.account().images().publicIcons().get(0).get("mediaId")
                                .getAsString()),
                Chapter.of("02", "Second", List.of(Track.stream("01", "Second",
                        household.silenceUrl(600).toString(), "mp3")))))
                .toJson());
        com.google.gson.JsonObject card = Card.create("With a cover", "linear", List.of(Chapter.of("01", "One",
                List.of(Track.stream("01", "One", household.silenceUrl(60).toString(), "mp3"))))).toJson();
        com.google.gson.JsonObject cover = new com.google.gson.JsonObject();
        cover.addProperty("imageL", household.cloud().baseUri() + "/no-such-cover.png");
        com.google.gson.JsonObject metadata = new com.google.gson.JsonObject();
        metadata.add("cover", cover);
        card.add("metadata", metadata);
        coverCardId = household.account().saveCard(card).orElseThrow().get("cardId").getAsString();
        household.addStoreCards();
        Track start = Track.stream("01", "The cave or the river?", household.silenceUrl(600).toString(), "mp3")
                .withDuration(600)
                .withAction(Track.Event.LEFT_BUTTON, new com.yotosmartstream.client.model.CardAction.Goto("02", "02"))
                .withAction(Track.Event.RIGHT_BUTTON, new com.yotosmartstream.client.model.CardAction.Goto("03", "03"));
        household.account().saveCard(Card.create("The lost dragon", "interactive", List.of(
                Chapter.of("01", "The start", List.of(start)),
                Chapter.of("02", "The cave", List.of(Track.stream("02", "Into the cave",
                        household.silenceUrl(90).toString(), "mp3"))),
                Chapter.of("03", "The river", List.of(Track.stream("03", "Along the river",
                        household.silenceUrl(90).toString(), "mp3"))))).toJson());
        MqttOptions options = MqttOptions.defaults().withCommandTimeout(Duration.ofSeconds(2));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("dashboard-tokens.json"), Clock.systemUTC(), options)));
        robot.clickOn("#nav-dashboard");
        await(() -> text("#battery-dash1").endsWith("%") && text("#battery-dash2").endsWith("%"), "both tiles");
    }

    @AfterEach
    void stopHousehold() {
        household.close();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    private void playTheCardFromTheTile() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Play a card…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup(".choice-dialog .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select("Two chapters"));
        robot.clickOn("OK");
        await(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the player to play");
        await(() -> text("#playback-dash1").equals("playing"), "the tile to say playing");
    }

    @Test
    void thePlayACardDialogHasATitleAndOffersTheCardPlayedLastFirst() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Play a card…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup(".choice-dialog .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        javafx.stage.Stage dialog = (javafx.stage.Stage) choice.getScene().getWindow();
        assertThat(dialog.getTitle()).isEqualTo("Play a card");
        assertThat(choice.getValue()).isNotEqualTo("With a cover");
        robot.interact(() -> choice.getSelectionModel().select("With a cover"));
        robot.clickOn("OK");
        await(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the player to play");

        robot.clickOn("#more-dash1");
        robot.clickOn("Play a card…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> again = robot.lookup(".choice-dialog .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(again.getValue()).isEqualTo("With a cover");
        robot.clickOn("Cancel");
    }

    @Test
    void theDemoBannerAndATilePerPlayerAreShown() {
        assertThat(robot.lookup("#demo-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#dashboard-tiles").queryAs(javafx.scene.layout.FlowPane.class).getChildren())
                .extracting(Node::getId).containsExactly("tile-dash1", "tile-dash2");
        assertThat(robot.lookup("#status-cloud").queryLabeled().getText()).startsWith("Demo:");
    }

    @Test
    void aVirtualPlayersStateChangeAppearsOnItsTile() throws Exception {
        bedroom.setBattery(42);

        await(() -> text("#battery-dash1").equals("42 %"), "the new battery level");
    }

    @Test
    void theDetailsShowTheEventLogWithFiltersPauseAndCopy() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Event log and history…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<com.yotosmartstream.app.dashboard.EventLog.Entry> table =
                robot.lookup("#log-table").queryAs(javafx.scene.control.TableView.class);
        await(() -> table.getItems().stream().anyMatch(e -> e.kind().suffix().equals("data/status")), "a status");

        robot.clickOn("#log-field").write("battery");
        await(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(e -> e.fields().contains("batteryLevel")), "the field filter");
        robot.clickOn("#log-pause");
        int shown = table.getItems().size();
        bedroom.setBattery(33);
        Thread.sleep(1200);
        assertThat(table.getItems()).hasSize(shown);
        robot.clickOn("#log-pause");
        await(() -> table.getItems().size() > shown, "the paused message");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#log-copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).contains("\"batteryLevel\": 33");
        assertThat(robot.lookup("#log-detail").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("~ batteryLevel:");
    }

    @Test
    void thePlayingCardsCoverIsShownWhenItHasOne() throws Exception {
        assertThat(robot.lookup("#cover-dash1").query().isVisible()).isFalse();

        shell.app.household().connection().orElseThrow().send("dash1",
                com.yotosmartstream.client.mqtt.Command.start(com.yotosmartstream.client.mqtt.CardStart.of(coverCardId)));

        // The tile sets its cover and its title in one FX update; this thread may look in between, so wait for both.
        await(() -> robot.lookup("#cover-dash1").query().isVisible() && text("#card-dash1").equals("With a cover"),
                "the cover and the card's title");
        robot.interact(() -> { });
        assertThat(robot.lookup("#cover-dash1").query().isVisible()).isTrue();
        assertThat(text("#card-dash1")).isEqualTo("With a cover");
    }

    @Test
    void aLowBatteryShowsANotification() throws Exception {
        bedroom.setBattery(9);

        await(() -> robot.lookup(".notification-bar .title").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals("Bedroom: battery low")), "the notification");
    }

    @Test
    void theVolumeSliderSendsAVolumeThePlayerObeys() throws Exception {
        Slider slider = robot.lookup("#volume-slider-dash1").queryAs(Slider.class);

        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(75);
            slider.setValueChanging(false);
        });

        await(() -> bedroom.volumeStep() == 12, "the player's volume");
        await(() -> text("#volume-dash1").equals("12/16"), "the tile's volume");
        await(() -> text("#feedback-dash1").endsWith("done"), "the confirmation");
    }

    @Test
    void playPauseAndStopControlThePlayer() throws Exception {
        playTheCardFromTheTile();
        await(() -> robot.lookup("#icon-dash1").query().isVisible()
                && robot.lookup("#icon-dash1").queryAs(javafx.scene.image.ImageView.class).getImage() != null,
                "the chapter's icon");

        robot.clickOn("#playpause-dash1");
        await(() -> bedroom.playback() == PlaybackStatus.PAUSED, "pause");
        robot.clickOn("#playpause-dash1");
        await(() -> bedroom.playback() == PlaybackStatus.PLAYING, "resume");
        robot.clickOn("#stop-dash1");
        await(() -> bedroom.playback() == PlaybackStatus.STOPPED, "stop");
    }

    @Test
    void nextAndPreviousChapterMoveThePlayer() throws Exception {
        playTheCardFromTheTile();

        robot.clickOn("#next-dash1");
        await(() -> bedroom.chapterKey().orElse("").equals("02"), "the next chapter");
        await(() -> robot.lookup("#tile-dash1").lookup(".label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Second")), "the tile's chapter");
        robot.clickOn("#previous-dash1");
        await(() -> bedroom.chapterKey().orElse("").equals("01"), "the previous chapter");
    }

    @Test
    void nextChapterOnAStoreCardFetchesItsChaptersAndSendsTheKeysTheCardHolds() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Play a card…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup(".choice-dialog .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select("Ten-Minute Bedtime Tales"));
        robot.clickOn("OK");
        await(() -> bedroom.playback() == PlaybackStatus.PLAYING && bedroom.chapterKey().orElse("").equals("1"),
                "the store card to play");
        await(() -> text("#playback-dash1").equals("playing") && text("#card-dash1").equals("Ten-Minute Bedtime Tales"),
                "the tile to show it");

        robot.clickOn("#next-dash1");
        await(() -> bedroom.chapterKey().orElse("").equals("2") && bedroom.trackKey().orElse("").equals("1"),
                "the next chapter, by the card's own unpadded keys");
        await(() -> text("#feedback-dash1").equals("Next chapter: done"), "the tile to say done");
        robot.clickOn("#previous-dash1");
        await(() -> bedroom.chapterKey().orElse("").equals("1"), "the previous chapter");
    }

    @Test
    void aStoryCardOnATileOffersLeftAndRightChoicesInsteadOfChapters() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Play a card…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup(".choice-dialog .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select("The lost dragon"));
        robot.clickOn("OK");
        await(() -> robot.lookup("#choice-left-dash1").tryQuery().map(Node::isVisible).orElse(false),
                "the story's choices on the tile");

        assertThat(robot.lookup("#choice-left-dash1").queryButton().getText()).isEqualTo("Left: The cave");
        assertThat(robot.lookup("#choice-right-dash1").queryButton().getText()).isEqualTo("Right: The river");
        assertThat(robot.lookup("#next-dash1").query().isVisible()).as("no next chapter on a story").isFalse();
        assertThat(robot.lookup("#previous-dash1").query().isVisible()).isFalse();
        robot.clickOn("#choice-left-dash1");
        await(() -> bedroom.chapterKey().orElse("").equals("02"), "the cave");
        await(() -> !robot.lookup("#choice-left-dash1").query().isVisible(), "no choices in the cave");
    }

    @Test
    void aSleepTimerPresetIsSetAndCountedDown() throws Exception {
        playTheCardFromTheTile();

        robot.clickOn("#sleep-menu-dash1");
        robot.clickOn("15 minutes");

        await(() -> text("#sleep-dash1").equals("sleep in 15:00"), "the sleep timer");
    }

    @Test
    void theNightLightPickerIsOfferedOnlyWherePlayersHaveOne() {
        assertThat(robot.lookup("#ambient-dash1").tryQuery()).isPresent();
        assertThat(robot.lookup("#ambient-dash2").tryQuery()).isEmpty();
    }

    @Test
    void aRestartIsSentOnlyAfterConfirmation() throws Exception {
        robot.clickOn("#more-dash1");
        robot.clickOn("Restart the player…");
        robot.clickOn("Cancel");
        assertThat(bedroom.commandsReceived()).doesNotContain("reboot");

        robot.clickOn("#more-dash1");
        robot.clickOn("Restart the player…");
        robot.clickOn("OK");

        await(() -> bedroom.commandsReceived().contains("reboot"), "the restart");
    }

    @Test
    void aSwitchedOffPlayerIsShownOfflineAndItsCommandsTimeOut() throws Exception {
        kitchen.setPoweredOn(false);
        await(() -> text("#heard-dash2").startsWith("offline"), "the offline mark");

        robot.clickOn("#stop-dash2");

        await(() -> text("#feedback-dash2").contains("did not answer"), "the timeout");
    }
}
