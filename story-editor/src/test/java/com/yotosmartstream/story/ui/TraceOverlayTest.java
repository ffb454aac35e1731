package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.editor.StoryTraceViewModel;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.trace.FakeFeed;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.JourneyRecording;
import com.yotosmartstream.story.trace.JourneyStore;
import com.yotosmartstream.story.trace.PlayerReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The live trace on the canvas and the Journeys tab, fed by a test feed. */
@ExtendWith(ApplicationExtension.class)
class TraceOverlayTest {

    private static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");
    private final FakeFeed feed = new FakeFeed();
    private final JourneyStore store = JourneyStore.inMemory();
    private EditorFixture editor;
    private StoryTraceViewModel trace;

    @Start
    void start(Stage stage) {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withInfo(cave.info().withCard(Optional.of(CardCompiler.published("cave1", cave))));
        editor = new EditorFixture(stage, story);
        JourneyRecording recording = new JourneyRecording(feed, store, new CurrentThreadTaskExecutor(), Runnable::run,
                Clock.systemUTC());
        recording.start();
        trace = new StoryTraceViewModel(editor.viewModel, recording);
        editor.view.attachTrace(trace);
    }

    private static PlayerReport report(String device, String name, int t, String chapter, PlaybackStatus status) {
        return new PlayerReport(device, name, Optional.of("cave1"), Optional.of(chapter), Optional.of("01"), status,
                Optional.of(0.0), Optional.of(30.0), T0.plusSeconds(t), true);
    }

    private Rectangle liveRing(FxRobot robot) {
        return robot.lookup(".trace-live-ring").queryAs(Rectangle.class);
    }

    @Test
    void aPlayerOnTheCardRingsItsNodeWithItsNameAndTheRingMovesWithIt(FxRobot robot) {
        robot.interact(() -> feed.say(report("d1", "Kitchen", 0, "01", PlaybackStatus.PLAYING),
                report("d2", "Bedroom", 1, "01", PlaybackStatus.PLAYING)));

        assertThat(robot.lookup("#trace-live-n1").queryAs(Label.class).getText()).isEqualTo("Kitchen, Bedroom");
        assertThat(liveRing(robot).getX()).isEqualTo(-6);
        assertThat(editor.viewModel.playingNodeProperty().get()).isNull();

        robot.interact(() -> feed.say(report("d1", "Kitchen", 5, "02", PlaybackStatus.PLAYING)));

        assertThat(robot.lookup("#trace-live-n1").queryAs(Label.class).getText()).isEqualTo("Bedroom");
        assertThat(robot.lookup("#trace-live-n2").queryAs(Label.class).getText()).isEqualTo("Kitchen");
        assertThat(robot.lookup("#trace-status").queryAs(Label.class).getText())
                .isEqualTo("Playing now: Kitchen at 'Cave'; Bedroom at 'Start'.");
    }

    @Test
    void aSelectedJourneyShowsItsStepsOnTheCanvasAndInTheList(FxRobot robot) {
        robot.interact(() -> feed.say(report("d1", "Kitchen", 0, "01", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 12, "02", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 20, "04", PlaybackStatus.PLAYING),
                new PlayerReport("d1", "Kitchen", Optional.of("cave1"), Optional.of("04"), Optional.of("01"),
                        PlaybackStatus.STOPPED, Optional.of(30.0), Optional.of(30.0), T0.plusSeconds(50), true)));
        robot.clickOn("#tab-journeys");
        @SuppressWarnings("unchecked")
        TableView<Journey> table = robot.lookup("#journey-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);

        robot.interact(() -> table.getSelectionModel().select(0));

        assertThat(robot.lookup("#trace-step-n1").queryAs(Label.class).getText()).isEqualTo("1 · 0:12 · left button");
        assertThat(robot.lookup("#trace-step-n2").queryAs(Label.class).getText()).isEqualTo("2 · 0:08 · end of track");
        assertThat(robot.lookup("#trace-step-n4").queryAs(Label.class).getText()).isEqualTo("3 · 0:30 · end of track");
        assertThat(robot.lookup(".trace-path-line").queryAll()).hasSize(2);
        @SuppressWarnings("unchecked")
        ListView<String> steps = robot.lookup("#journey-steps").queryAs(ListView.class);
        assertThat(steps.getItems()).containsExactly("1. Start  ·  0:12  ·  left button",
                "2. Cave  ·  0:08  ·  end of track", "3. Treasure  ·  0:30  ·  end of track",
                "Ended: reached an ending");

        robot.clickOn("#journey-delete");

        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup(".trace-path-badge").queryAll()).isEmpty();
    }

    @Test
    void theJourneysTabSaysWhatToDoBeforeAnything(FxRobot robot) {
        robot.clickOn("#tab-journeys");

        Node placeholder = robot.lookup("#journey-table").queryAs(TableView.class).getPlaceholder();
        assertThat(((Label) placeholder).getText()).startsWith("No journeys yet");
        assertThat(robot.lookup("#trace-status").queryAs(Label.class).getText())
                .isEqualTo("Card cave1: not playing on any player now.");
    }

    @Test
    void aSelectedJourneyStillGoingGrowsOnTheCanvasAsThePlayerMoves(FxRobot robot) throws Exception {
        robot.interact(() -> feed.say(report("d1", "Kitchen", 0, "01", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 12, "02", PlaybackStatus.PLAYING),
                report("d2", "Bedroom", 30, "03", PlaybackStatus.PAUSED)));
        robot.clickOn("#tab-journeys");
        robot.interact(() -> trace.selectedProperty().set(trace.journeys().stream()
                .filter(j -> j.playerName().equals("Kitchen")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#trace-step-n2").queryAs(Label.class).getText()).startsWith("2 · ");
        assertThat(robot.lookup("#trace-step-n4").tryQuery()).isEmpty();
        assertThat(robot.lookup("#trace-live-n3").queryAs(Label.class).getText()).isEqualTo("Bedroom (paused)");

        robot.interact(() -> feed.say(report("d1", "Kitchen", 40, "04", PlaybackStatus.PLAYING)));

        assertThat(trace.selectedProperty().get().steps()).hasSize(3);
        assertThat(robot.lookup("#trace-step-n4").queryAs(Label.class).getText()).startsWith("3 · ");
        assertThat(robot.lookup("#journey-steps").queryAs(ListView.class).getItems()).hasSize(4);
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target", "screenshots", "trace.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJourneyThatTimedOutOrCouldNotPlaySaysSoInTheTableAndItsSteps(FxRobot robot) {
        robot.interact(() -> feed.say(report("d1", "Kitchen", 0, "01", PlaybackStatus.PLAYING),
                new PlayerReport("d1", "Kitchen", Optional.of("cave1"), Optional.of("01"), Optional.of("01"),
                        PlaybackStatus.STOPPED, Optional.of(30.0), Optional.of(30.0), T0.plusSeconds(31), true),
                new PlayerReport("d2", "Bedroom", Optional.of("cave1"), Optional.of("01"), Optional.of("01"),
                        PlaybackStatus.LOADING, Optional.of(0.0), Optional.empty(), T0.plusSeconds(40), true),
                new PlayerReport("d2", "Bedroom", Optional.of("cave1"), Optional.of("01"), Optional.of("01"),
                        PlaybackStatus.STOPPED, Optional.of(0.0), Optional.empty(), T0.plusSeconds(41), true)));
        robot.clickOn("#tab-journeys");
        javafx.scene.control.TableView<Journey> table = robot.lookup("#journey-table").queryAs(
                javafx.scene.control.TableView.class);

        assertThat(table.getItems()).extracting(j -> j.outcome().label())
                .containsExactlyInAnyOrder("nobody chose in time", "its track could not play");
        Journey timedOut = table.getItems().stream().filter(j -> j.playerName().equals("Kitchen")).findFirst().orElseThrow();
        robot.interact(() -> trace.selectedProperty().set(timedOut));
        ListView<String> steps = robot.lookup("#journey-steps").queryAs(ListView.class);
        assertThat(steps.getItems()).containsExactly("1. Start  ·  0:31  ·  no answer before its track ended",
                "Ended: nobody chose in time");
        Journey notPlayed = table.getItems().stream().filter(j -> j.playerName().equals("Bedroom")).findFirst().orElseThrow();
        robot.interact(() -> trace.selectedProperty().set(notPlayed));
        assertThat(steps.getItems()).containsExactly("1. Start  ·  did not play", "Ended: its track could not play");
    }
}
