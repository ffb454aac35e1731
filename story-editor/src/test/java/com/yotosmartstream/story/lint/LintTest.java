package com.yotosmartstream.story.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintTest {

    private final Lint lint = new Lint();
    private final Story cave = StoryFixtures.dragonsCave();

    private List<LintIssue> issues(Story story, Rule rule) {
        return lint.check(story).stream().filter(i -> i.rule() == rule).toList();
    }

    private static Story apply(Story story, LintIssue issue) {
        return issue.fix().orElseThrow().edit().apply(story).apply(story);
    }

    @Test
    void aFinishedStoryHasNothingToReport() {
        assertThat(lint.check(cave)).isEmpty();
    }

    @Test
    void aQuestionThatStopsWhenNobodyAnswersIsReportedAndTheFixAsksAgain() {
        Story cave = this.cave.withInfo(this.cave.info().withWaiting(Waiting.STOP));
        LintIssue issue = issues(cave, Rule.QUESTION_STOPS).get(0);

        assertThat(issues(cave, Rule.QUESTION_STOPS)).hasSize(1);
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.message()).contains("'Start'").contains("stops");
        assertThat(issue.nodeId()).contains("n1");
        Story fixed = apply(cave, issue);
        assertThat(fixed.node("n1").orElseThrow().waiting()).contains(Waiting.REPEAT);
        assertThat(issues(fixed, Rule.QUESTION_STOPS)).isEmpty();
        assertThat(issues(cave.withInfo(cave.info().withWaiting(Waiting.pause(5))), Rule.QUESTION_STOPS)).isEmpty();
        assertThat(issues(cave.withNode(cave.node("n1").orElseThrow().withExit(Exit.END, Target.STOP)),
                Rule.QUESTION_STOPS)).as("an explicit end-of-track exit is the author's choice").isEmpty();
    }

    @Test
    void anEndingThatStillLeadsOnIsReportedAndTheFixUnmarksIt() {
        Story story = cave.withNode(cave.node("n2").orElseThrow().withEnding(true));

        LintIssue issue = issues(story, Rule.ENDING_WITH_EXITS).get(0);

        assertThat(issue.message()).contains("'Cave'").contains("ending");
        assertThat(apply(story, issue).node("n2").orElseThrow().isEnding()).isFalse();
        assertThat(issues(cave, Rule.ENDING_WITH_EXITS)).as("the forest's end stops: no way on").isEmpty();
    }

    @Test
    void quietPausesCountTowardsTheCardsChapters() {
        Story story = StoryFixtures.generated(90, 3).withInfo(StoryFixtures.generated(90, 3).info()
                .withWaiting(Waiting.pause(5)));

        assertThat(issues(story, Rule.TOO_MANY_NODES)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("quiet pauses"));
        assertThat(issues(StoryFixtures.generated(90, 3), Rule.TOO_MANY_NODES)).isEmpty();
    }

    @Test
    void anEmptyStorySaysToAddANode() {
        assertThat(lint.check(Story.empty("New"))).extracting(LintIssue::rule).containsExactly(Rule.EMPTY_STORY);
    }

    @Test
    void aStoryWithoutAStartOffersTheFirstNode() {
        Story story = cave.withInfo(cave.info().withStartId(""));

        LintIssue issue = issues(story, Rule.NO_START).get(0);

        assertThat(issue.fix().orElseThrow().label()).isEqualTo("Start at 'Start'");
        assertThat(apply(story, issue).info().startId()).isEqualTo("n1");
    }

    @Test
    void anExitToAMissingNodeIsAnErrorAndTheFixRemovesIt() {
        Story story = cave.withNode(cave.node("n3").orElseThrow().withExit(Exit.LEFT, Target.to("Castle")));

        LintIssue issue = issues(story, Rule.MISSING_TARGET).get(0);

        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.message()).contains("'Forest'").contains("left button").contains("\"Castle\"");
        assertThat(issue.nodeId()).contains("n3");
        assertThat(apply(story, issue).node("n3").orElseThrow().exit(Exit.LEFT)).isEmpty();
    }

    @Test
    void aNodeWithoutAudioButWithTextIsSpokenAndSaysSo() {
        Story story = cave.withNode(cave.node("n2").orElseThrow().withAudio(null));

        assertThat(issues(story, Rule.NO_AUDIO)).isEmpty();
        assertThat(issues(story, Rule.SPOKEN)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(com.yotosmartstream.story.lint.Severity.WARNING);
            assertThat(i.message()).startsWith("'Cave' has no recorded audio: the computer's voice speaks its text");
            assertThat(i.nodeIds()).containsExactly("n2");
        });
    }

    @Test
    void aNodeWithNeitherAudioNorWordsIsAnErrorNamingIt() {
        Story story = cave.withNode(cave.node("n2").orElseThrow().withAudio(null).withNarration("<<set $x to 1>>")
                .withTitle(""));

        assertThat(issues(story, Rule.NO_AUDIO)).singleElement().satisfies(i -> {
            assertThat(i.message()).endsWith("has no audio yet and no text to speak. Write its narration, or pick a"
                    + " Library track for it.");
            assertThat(i.nodeIds()).containsExactly("n2");
            assertThat(i.fix()).isEmpty();
        });
    }

    @Test
    void aDeadEndNotMarkedAsAnEndingIsAWarningAndTheFixMarksIt() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withEnding(false));

        LintIssue issue = issues(story, Rule.DEAD_END).get(0);

        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(apply(story, issue).node("n4").orElseThrow().isEnding()).isTrue();
    }

    @Test
    void anUnreachableNodeIsReportedAndTheFixDeletesIt() {
        Story story = cave.withNode(StoryFixtures.node("n5", "Lost", 0, 400).withEnding(true));

        LintIssue issue = issues(story, Rule.UNREACHABLE).get(0);

        assertThat(issue.message()).contains("'Lost'").contains("'Start'");
        assertThat(apply(story, issue).contains("n5")).isFalse();
    }

    @Test
    void aLoopWhoseTracksOnlyLeadToEachOtherHasNoWayOut() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withEnding(false).withExit(Exit.END, Target.to("n2")));

        assertThat(issues(story, Rule.LOOP_WITHOUT_EXIT)).singleElement().satisfies(i -> {
            assertThat(i.nodeIds()).containsExactly("n2", "n4");
            assertThat(i.message()).contains("'Cave'").contains("'Treasure'").contains("never ends");
        });
    }

    @Test
    void aLoopWithAButtonToAnEndingIsFine() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withEnding(false).withExit(Exit.END, Target.to("n2"))
                .withExit(Exit.LEFT, Target.to("n3")));

        assertThat(issues(story, Rule.LOOP_WITHOUT_EXIT)).isEmpty();
    }

    @Test
    void aNodeWithoutAnEndOfTrackExitStopsSoALoopThroughItEnds() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withEnding(false).withExit(Exit.LEFT, Target.to("n2")));

        assertThat(issues(story, Rule.LOOP_WITHOUT_EXIT)).isEmpty();
    }

    @Test
    void aNodeThatLoopsToItselfForeverIsALoop() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withEnding(false).withExit(Exit.END, Target.to("n4")));

        assertThat(issues(story, Rule.LOOP_WITHOUT_EXIT)).singleElement()
                .satisfies(i -> assertThat(i.nodeIds()).containsExactly("n4"));
    }

    @Test
    void moreNodesThanACardHoldsIsAnError() {
        Story story = StoryFixtures.generated(101, 3);

        assertThat(issues(story, Rule.TOO_MANY_NODES)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("101").contains("at most 100"));
        assertThat(issues(StoryFixtures.generated(100, 3), Rule.TOO_MANY_NODES)).isEmpty();
    }

    @Test
    void aTrackOverAnHourIsAnError() {
        Story story = cave.withNode(cave.node("n2").orElseThrow().withAudio(new AudioRef("long", "Long", 3601)));

        assertThat(issues(story, Rule.TRACK_TOO_LONG)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("60 min 1 s").contains("at most 60 min"));
    }

    @Test
    void errorsComeBeforeWarnings() {
        Story story = cave.withNode(StoryNode.create("n5", "", Position.ORIGIN));

        assertThat(lint.check(story)).extracting(LintIssue::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void aGeneratedStoryOfTwoThousandNodesIsCheckedWhole() {
        Story story = StoryFixtures.generated(2000, 11);

        List<LintIssue> found = lint.check(story);

        assertThat(found).extracting(LintIssue::rule).contains(Rule.TOO_MANY_NODES).doesNotContain(Rule.NO_AUDIO,
                Rule.MISSING_TARGET);
    }
}
