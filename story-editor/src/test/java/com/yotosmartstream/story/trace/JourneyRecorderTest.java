package com.yotosmartstream.story.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Journeys from report sequences. The Dragon's Cave: n1 Start (left n2 Cave, right n3 Forest), n2
 * Cave (end of track n4 Treasure), n3 Forest (end stops), n4 Treasure (an ending), chapter keys 01
 * to 04; 30-second tracks.
 */
class JourneyRecorderTest {

    private static final String CARD = "cave1";
    private final Reports kitchen = new Reports("dev1", "Kitchen");
    private final Reports bedroom = new Reports("dev2", "Bedroom");
    private final List<Journey> ended = new ArrayList<>();

    private static Story published(Story story) {
        return story.withInfo(story.info().withCard(Optional.of(CardCompiler.published(CARD, story))));
    }

    private static JourneyRecorder recorderFor(Story story) {
        CardMap map = CardMap.of(published(story)).orElseThrow();
        return new JourneyRecorder(id -> id.equals(CARD) ? Optional.of(map) : Optional.empty());
    }

    private final JourneyRecorder recorder = recorderFor(StoryFixtures.dragonsCave());

    private void feed(JourneyRecorder into, PlayerReport... reports) {
        for (PlayerReport report : reports) {
            ended.addAll(into.accept(report));
        }
    }

    private void feed(PlayerReport... reports) {
        feed(recorder, reports);
    }

    private static List<String> path(Journey journey) {
        return journey.steps().stream().map(s -> s.nodeId().orElse("?" + s.chapterKey())).toList();
    }

    private static List<Choice> choices(Journey journey) {
        return journey.steps().stream().map(Journey.Step::leftBy).toList();
    }

    private static List<Long> seconds(Journey journey) {
        return journey.steps().stream().map(s -> s.spent().toSeconds()).toList();
    }

    /** Start, left to the cave at 9 s, the cave's track to its end, the treasure to its end. */
    private PlayerReport[] walkToTheTreasure(Reports player) {
        return new PlayerReport[] {
            player.loading(0, CARD, "01"),
            player.playing(1, CARD, "01", 0, 30.0),
            player.playing(6, CARD, "01", 5, 30.0),
            player.loading(10, CARD, "02"),
            player.playing(11, CARD, "02", 0, 30.0),
            player.playing(36, CARD, "02", 25, 30.0),
            player.loading(41, CARD, "04"),
            player.playing(42, CARD, "04", 0, 30.0),
            player.stopped(72, CARD, "04", 30, 30.0),
        };
    }

    @Test
    void aWalkToAnEndingIsOneJourneyWithItsPathTimesAndChoices() {
        feed(walkToTheTreasure(kitchen));

        assertThat(ended).hasSize(1);
        Journey journey = ended.get(0);
        assertThat(journey.cardId()).isEqualTo(CARD);
        assertThat(journey.deviceId()).isEqualTo("dev1");
        assertThat(journey.playerName()).isEqualTo("Kitchen");
        assertThat(path(journey)).containsExactly("n1", "n2", "n4");
        assertThat(choices(journey)).containsExactly(Choice.LEFT, Choice.END, Choice.END);
        assertThat(seconds(journey)).containsExactly(10L, 31L, 31L);
        assertThat(journey.started()).isEqualTo(Reports.at(0));
        assertThat(journey.ended()).isEqualTo(Reports.at(72));
        assertThat(journey.length()).isEqualTo(Duration.ofSeconds(72));
        assertThat(journey.outcome()).isEqualTo(Outcome.ENDING);
        assertThat(journey.storyId()).isEqualTo(StoryFixtures.dragonsCave().info().id());
        assertThat(recorder.inProgress(Reports.at(80))).isEmpty();
    }

    @Test
    void repeatedReportsChangeNothing() {
        List<PlayerReport> twice = new ArrayList<>();
        for (PlayerReport report : walkToTheTreasure(kitchen)) {
            twice.add(report);
            twice.add(report);
        }

        feed(twice.toArray(PlayerReport[]::new));

        assertThat(ended).hasSize(1);
        assertThat(path(ended.get(0))).containsExactly("n1", "n2", "n4");
        assertThat(choices(ended.get(0))).containsExactly(Choice.LEFT, Choice.END, Choice.END);
    }

    @Test
    void aChapterChangeSeenOnlyAsPlayingStillMakesAStep() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.playing(4, CARD, "03", 0, 30.0),
                kitchen.stopped(34, CARD, "03", 30, 30.0));

        assertThat(path(ended.get(0))).containsExactly("n1", "n3");
        assertThat(choices(ended.get(0))).containsExactly(Choice.RIGHT, Choice.END);
        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.ENDING);
    }

    @Test
    void aPositionJumpingWithinAChapterButNotBackToItsStartIsNotANewStep() {
        feed(kitchen.playing(0, CARD, "02", 0, 30.0),
                kitchen.playing(5, CARD, "02", 20, 30.0),
                kitchen.playing(6, CARD, "02", 12, 30.0),
                kitchen.stopped(8, CARD, "02", 14, 30.0));

        assertThat(path(ended.get(0))).containsExactly("n2");
    }

    @Test
    void theSameChapterPlayedAgainFromItsStartIsANewStepReachedByTheExitThatLoops() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n1").orElseThrow().withExit(Exit.LEFT, Target.to("n1")));
        JourneyRecorder loops = recorderFor(story);

        feed(loops, kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.playing(12, CARD, "01", 12, 30.0),
                kitchen.loading(13, CARD, "01"),
                kitchen.playing(14, CARD, "01", 0, 30.0),
                kitchen.playing(19, CARD, "01", 5, 30.0),
                kitchen.playing(20, CARD, "03", 0, 30.0),
                kitchen.stopped(50, CARD, "03", 30, 30.0));

        assertThat(path(ended.get(0))).containsExactly("n1", "n1", "n3");
        assertThat(choices(ended.get(0))).containsExactly(Choice.LEFT, Choice.RIGHT, Choice.END);
        assertThat(seconds(ended.get(0))).containsExactly(13L, 7L, 30L);
    }

    @Test
    void aReplayWhoseLoadingWasNeverSeenIsFoundByThePositionGoingBack() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n1").orElseThrow().withExit(Exit.LEFT, Target.to("n1")));
        JourneyRecorder loops = recorderFor(story);

        feed(loops, kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.playing(15, CARD, "01", 15, 30.0),
                kitchen.playing(16, CARD, "01", 0, 30.0),
                kitchen.stopped(18, CARD, "01", 2, 30.0));

        assertThat(path(ended.get(0))).containsExactly("n1", "n1");
        assertThat(choices(ended.get(0))).containsExactly(Choice.LEFT, Choice.UNKNOWN);
    }

    @Test
    void aChapterTheStoryDoesNotHaveIsAStepWithoutANode() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.playing(3, CARD, "09", 0, 30.0),
                kitchen.playing(8, CARD, "03", 0, 30.0),
                kitchen.stopped(10, CARD, "03", 2, 30.0));

        Journey journey = ended.get(0);
        assertThat(path(journey)).containsExactly("n1", "?09", "n3");
        assertThat(choices(journey)).containsExactly(Choice.UNKNOWN, Choice.UNKNOWN, Choice.UNKNOWN);
        assertThat(journey.nodesVisited()).containsExactly("n1", "n3");
        assertThat(journey.outcome()).isEqualTo(Outcome.STOPPED);
    }

    @Test
    void aTrackPlayedOutIsAnEndingEvenWhenItsPlayingReportWasCoalescedIntoTheStop() {
        feed(kitchen.playing(0, CARD, "02", 0, 30.0),
                kitchen.of(3, CARD, "04", PlaybackStatus.LOADING, 0.0, 30.0),
                kitchen.stopped(4, CARD, "04", 30, 30.0));

        assertThat(choices(ended.get(0))).containsExactly(Choice.END, Choice.END);
        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.ENDING);
    }

    @Test
    void aQuestionWhoseTrackRanOutWithoutAnAnswerTimedOutAndIsNoEnding() {
        feed(kitchen.loading(0, CARD, "01"),
                kitchen.playing(1, CARD, "01", 0, 30.0),
                kitchen.playing(20, CARD, "01", 19, 30.0),
                kitchen.stopped(31, CARD, "01", 30, 30.0));

        Journey journey = ended.get(0);
        assertThat(journey.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(journey.outcome().label()).isEqualTo("nobody chose in time");
        assertThat(choices(journey)).containsExactly(Choice.END);
    }

    @Test
    void aTrackThatNeverPlayedIsNamedSoNotStopped() {
        feed(kitchen.loading(0, CARD, "01"), kitchen.stopped(2, CARD, "01", 0, null));

        Journey journey = ended.get(0);
        assertThat(journey.outcome()).isEqualTo(Outcome.NOT_PLAYED);
        assertThat(journey.outcome().label()).isEqualTo("its track could not play");
        assertThat(choices(journey)).containsExactly(Choice.UNKNOWN);
    }

    @Test
    void aLaterTrackThatCouldNotBePlayedEndsTheJourneyThere() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.playing(5, CARD, "01", 5, 30.0),
                kitchen.loading(6, CARD, "02"),
                kitchen.stopped(7, CARD, "02", 0, null));

        Journey journey = ended.get(0);
        assertThat(path(journey)).containsExactly("n1", "n2");
        assertThat(journey.outcome()).isEqualTo(Outcome.NOT_PLAYED);
    }

    @Test
    void stoppingBeforeTheTrackEndsIsStoppedNotAnEnding() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0), kitchen.stopped(5, CARD, "01", 5, 30.0));

        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(choices(ended.get(0))).containsExactly(Choice.UNKNOWN);
    }

    @Test
    void aButtonSetToStopIsTheChoiceWhenTheStoryStopsEarly() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n2").orElseThrow().withExit(Exit.RIGHT, Target.STOP));
        JourneyRecorder stops = recorderFor(story);

        feed(stops, kitchen.playing(0, CARD, "02", 0, 30.0), kitchen.stopped(4, CARD, "02", 4, 30.0));

        assertThat(choices(ended.get(0))).containsExactly(Choice.RIGHT);
        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.STOPPED);
    }

    @Test
    void anotherCardEndsTheJourneyAndAnotherStoryCardStartsOne() {
        CardMap cave = CardMap.of(published(StoryFixtures.dragonsCave())).orElseThrow();
        CardMap other = new CardMap("other", "S2", Map.of("a", new CardMap.Node("01", Map.of())));
        JourneyRecorder two = new JourneyRecorder(id -> id.equals(CARD) ? Optional.of(cave)
                : id.equals("other") ? Optional.of(other) : Optional.empty());

        feed(two, kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.loading(5, "other", "01"),
                kitchen.playing(6, "other", "01", 0, 10.0),
                kitchen.stopped(16, "other", "01", 10, 10.0));

        assertThat(ended).hasSize(2);
        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.OTHER_CARD);
        assertThat(ended.get(0).ended()).isEqualTo(Reports.at(5));
        assertThat(ended.get(1).cardId()).isEqualTo("other");
        assertThat(path(ended.get(1))).containsExactly("a");
    }

    @Test
    void cardsThatAreNotStoriesAndStoppedPlayersStartNothing() {
        feed(kitchen.playing(0, "bedtime", "01", 0, 30.0),
                kitchen.stopped(1, CARD, "01", 0, 30.0),
                kitchen.of(2, CARD, null, PlaybackStatus.PLAYING, 0.0, null));

        assertThat(ended).isEmpty();
        assertThat(recorder.inProgress(Reports.at(3))).isEmpty();
    }

    @Test
    void aPlayerFirstSeenHalfWayStartsItsJourneyWhereItIs() {
        feed(kitchen.playing(100, CARD, "02", 12, 30.0), kitchen.stopped(118, CARD, "02", 30, 30.0));

        assertThat(path(ended.get(0))).containsExactly("n2");
        assertThat(ended.get(0).started()).isEqualTo(Reports.at(100));
    }

    @Test
    void aPlayerThatGoesQuietEndsItsJourneyWhenItWasLastHeard() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0), kitchen.playing(5, CARD, "01", 5, 30.0), kitchen.gone(700));

        assertThat(ended.get(0).outcome()).isEqualTo(Outcome.SILENT);
        assertThat(ended.get(0).ended()).isEqualTo(Reports.at(5));
    }

    @Test
    void aPlayerNotHeardForLongIsEndedByTheTick() {
        feed(kitchen.paused(0, CARD, "01", 3, 30.0));

        assertThat(recorder.tick(Reports.at(60))).isEmpty();
        List<Journey> quiet = recorder.tick(Reports.at(JourneyRecorder.QUIET.toSeconds() + 1));

        assertThat(quiet).hasSize(1);
        assertThat(quiet.get(0).outcome()).isEqualTo(Outcome.SILENT);
        assertThat(recorder.inProgress(Reports.at(2000))).isEmpty();
    }

    @Test
    void pausesCountAsTimeInTheNodeAndDoNotEndTheJourney() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0),
                kitchen.paused(5, CARD, "01", 5, 30.0),
                kitchen.playing(65, CARD, "01", 5, 30.0),
                kitchen.playing(67, CARD, "03", 0, 30.0));

        List<Journey> going = recorder.inProgress(Reports.at(70));
        assertThat(going).hasSize(1);
        assertThat(going.get(0).outcome()).isEqualTo(Outcome.PLAYING);
        assertThat(path(going.get(0))).containsExactly("n1", "n3");
        assertThat(seconds(going.get(0))).containsExactly(67L, 3L);
        assertThat(choices(going.get(0)).get(0)).isEqualTo(Choice.RIGHT);
    }

    @Test
    void twoPlayersAtOnceMakeTwoJourneys() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0),
                bedroom.playing(1, CARD, "01", 0, 30.0),
                kitchen.playing(3, CARD, "02", 0, 30.0),
                bedroom.playing(4, CARD, "03", 0, 30.0),
                bedroom.stopped(34, CARD, "03", 30, 30.0),
                kitchen.stopped(35, CARD, "02", 10, 30.0));

        assertThat(ended).extracting(Journey::playerName).containsExactly("Bedroom", "Kitchen");
        assertThat(path(ended.get(0))).containsExactly("n1", "n3");
        assertThat(path(ended.get(1))).containsExactly("n1", "n2");
    }

    @Test
    void finishingAllEndsEveryJourneyAsUnfinished() {
        feed(kitchen.playing(0, CARD, "01", 0, 30.0), bedroom.playing(1, CARD, "02", 0, 30.0));

        List<Journey> all = recorder.finishAll(Reports.at(9));

        assertThat(all).extracting(Journey::outcome).containsOnly(Outcome.UNFINISHED);
        assertThat(all).extracting(Journey::ended).containsOnly(Reports.at(9));
        assertThat(recorder.inProgress(Reports.at(10))).isEmpty();
    }
}
