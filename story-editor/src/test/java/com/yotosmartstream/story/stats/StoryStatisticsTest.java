package com.yotosmartstream.story.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Voice;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics of hand-made stories whose answers are worked out by hand in each test. */
class StoryStatisticsTest {

    static StoryNode recorded(String id, double seconds) {
        return StoryNode.create(id, "Node " + id, Position.ORIGIN).withAudio(new AudioRef("t-" + id, id, seconds));
    }

    /** A story of recordings with spoken choice prompts off, so each node plays exactly its recording. */
    static Story story(String start, StoryNode... nodes) {
        return Story.of(new StoryInfo("STATS", "Stats", "", "", "", start).withVoice(new Voice("", 160, 50, false)),
                List.of(nodes));
    }

    /**
     * S 30 s (left A 60, right B 20); A (left C 15, right E2 40); B (left and end both to C); C (left E1 10,
     * right E2). To E1: S-A-C-E1 115 s, S-B-C-E1 75 s. To E2: S-A-E2 130 s, S-A-C-E2 145 s, S-B-C-E2 105 s.
     */
    static Story twoEndings() {
        return story("S",
                recorded("S", 30).withExit(Exit.LEFT, Target.to("A")).withExit(Exit.RIGHT, Target.to("B")),
                recorded("A", 60).withExit(Exit.LEFT, Target.to("C")).withExit(Exit.RIGHT, Target.to("E2")),
                recorded("B", 20).withExit(Exit.LEFT, Target.to("C")).withExit(Exit.END, Target.to("C")),
                recorded("C", 15).withExit(Exit.LEFT, Target.to("E1")).withExit(Exit.RIGHT, Target.to("E2")),
                recorded("E1", 10).withEnding(true),
                recorded("E2", 40).withEnding(true));
    }

    static NodeFacts node(StoryStatistics stats, String id) {
        return stats.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void twoEndingsHaveTheirShortestAndLongestTimesAndPathCounts() {
        StoryStatistics stats = StoryStatistics.of(twoEndings());

        assertThat(stats.problem()).isEmpty();
        assertThat(stats.endings()).extracting(Ending::id).containsExactly("E1", "E2");
        Ending e1 = stats.endings().get(0);
        assertThat(e1.shortest().seconds()).isEqualTo(75);
        assertThat(e1.shortest().nodes()).isEqualTo(4);
        assertThat(e1.longest().orElseThrow().seconds()).isEqualTo(115);
        assertThat(e1.paths()).contains(BigInteger.TWO); // B's two exits to C are one path
        Ending e2 = stats.endings().get(1);
        assertThat(e2.shortest().seconds()).isEqualTo(105);
        assertThat(e2.longest().orElseThrow().seconds()).isEqualTo(145);
        assertThat(e2.paths()).contains(BigInteger.valueOf(3));
        assertThat(e2.loopThrough()).isEmpty();

        LongestPath longest = stats.longest().orElseThrow();
        assertThat(longest.endingId()).isEqualTo("E2");
        assertThat(longest.nodeIds()).containsExactly("S", "A", "C", "E2");
        assertThat(longest.span().seconds()).isEqualTo(145);
        assertThat(stats.loop()).isEmpty();
        assertThat(stats.fitsInMinutes()).contains(3);
        assertThat(StatisticsText.badge(stats)).isEqualTo("Every path fits in 3 minutes");
        assertThat(StatisticsText.time(e2.longest().orElseThrow())).isEqualTo("2:25");
        assertThat(stats.estimated()).isFalse();
        assertThat(stats.withoutAudio()).isEmpty();
    }

    @Test
    void aLoopBeforeAnEndingLeavesTheShortestTimeAndMakesTheLongestUnbounded() {
        // S 10 -> A 20; A left B 5, right E 30; B's end goes back to A: S-A-E is 60 s, S-A-B-A-E ... has no end
        Story story = story("S",
                recorded("S", 10).withExit(Exit.END, Target.to("A")),
                recorded("A", 20).withExit(Exit.LEFT, Target.to("B")).withExit(Exit.RIGHT, Target.to("E")),
                recorded("B", 5).withExit(Exit.END, Target.to("A")),
                recorded("E", 30).withEnding(true));

        StoryStatistics stats = StoryStatistics.of(story);

        Ending e = stats.endings().get(0);
        assertThat(e.shortest().seconds()).isEqualTo(60);
        assertThat(e.longest()).isEmpty();
        assertThat(e.paths()).isEmpty();
        assertThat(e.loopThrough()).contains("A"); // the loop's node a listener meets first
        assertThat(stats.longest()).isEmpty();
        assertThat(stats.endlessThrough()).contains("A");
        assertThat(stats.loop()).contains("A");
        assertThat(stats.fitsInMinutes()).isEmpty();
        assertThat(StatisticsText.badge(stats)).isEqualTo("A loop through 'Node A' can go on for ever");
        assertThat(StatisticsText.unbounded(stats, "A")).isEqualTo("unbounded (loop through 'Node A')");
    }

    @Test
    void aLoopWithNoWayOutLeavesTheEndingsBoundedButNotEveryPath() {
        // S left E (ending), right X; X and Y lead to each other for ever; R leads to itself
        Story story = story("S",
                recorded("S", 10).withExit(Exit.LEFT, Target.to("E")).withExit(Exit.RIGHT, Target.to("X"))
                        .withExit(Exit.END, Target.to("R")),
                recorded("E", 10).withEnding(true),
                recorded("X", 10).withExit(Exit.END, Target.to("Y")),
                recorded("Y", 10).withExit(Exit.END, Target.to("X")),
                recorded("R", 1).withExit(Exit.END, Target.to("R")));

        StoryStatistics stats = StoryStatistics.of(story);

        Ending e = stats.endings().get(0);
        assertThat(e.longest().orElseThrow().seconds()).isEqualTo(20);
        assertThat(e.paths()).contains(BigInteger.ONE);
        assertThat(stats.longest().orElseThrow().nodeIds()).containsExactly("S", "E");
        assertThat(stats.endlessThrough()).isEmpty();
        assertThat(stats.loop()).contains("R"); // a node leading to itself is a loop; met after 11 s, X after 20 s
        assertThat(stats.fitsInMinutes()).isEmpty();
    }

    @Test
    void anUnreachableNodeIsListedAndTakesNoPartInThePaths() {
        Story story = story("S",
                recorded("S", 10).withExit(Exit.END, Target.to("E")),
                recorded("E", 10).withEnding(true),
                recorded("U", 500).withExit(Exit.END, Target.to("E")),
                recorded("V", 10).withEnding(true));

        StoryStatistics stats = StoryStatistics.of(story);

        assertThat(stats.unreachable()).extracting(NodeFacts::id).containsExactly("U", "V");
        assertThat(stats.endings()).extracting(Ending::id).containsExactly("E");
        assertThat(stats.endings().get(0).paths()).contains(BigInteger.ONE);
        assertThat(stats.longest().orElseThrow().span().seconds()).isEqualTo(20);
    }

    @Test
    void generatedNarrationIsEstimatedFromItsWordsAndPromptsAtTheVoicesRate() {
        StoryNode start = StoryNode.create("S", "Start", Position.ORIGIN)
                .withNarration("One two three four five six seven eight. <<set $x to 1>>")
                .withExit(Exit.LEFT, Target.to("L")).withLabel(Exit.LEFT, "Go left")
                .withExit(Exit.RIGHT, Target.to("R"));
        Story story = Story.of(new StoryInfo("STATS", "Stats", "", "", "", "S").withVoice(new Voice("", 160, 50, true)),
                List.of(start, recorded("L", 10).withEnding(true), recorded("R", 10).withEnding(true)));

        StoryStatistics stats = StoryStatistics.of(story);

        // 8 words, then "Press the left button to go left." (7) and "Press the right button to node r." (7)
        NodeTime time = node(stats, "S").time();
        assertThat(time.kind()).isEqualTo(NodeTime.Kind.ESTIMATED);
        assertThat(time.words()).isEqualTo(8); // the macro is no word
        assertThat(time.seconds()).isCloseTo(22 * 60.0 / 160, within(1e-9));
        Span toL = stats.endings().get(0).shortest();
        assertThat(toL.seconds()).isCloseTo(8.25 + 10, within(1e-9));
        assertThat(toL.estimated()).isTrue();
        assertThat(StatisticsText.time(toL)).isEqualTo("0:18 estimated");
        assertThat(stats.withoutAudio()).extracting(NodeFacts::id).containsExactly("S");
        assertThat(StatisticsText.badge(stats)).isEqualTo("Every path fits in 1 minute (estimated)");

        Story noPrompts = story.withInfo(story.info().withVoice(new Voice("", 120, 50, false)));
        assertThat(node(StoryStatistics.of(noPrompts), "S").time().seconds()).isCloseTo(4, within(1e-9));
    }

    @Test
    void aRecordedQuestionCountsTheSpokenChoicesJoinedAfterItWhenPromptsAreOn() {
        StoryNode start = recorded("S", 30).withExit(Exit.LEFT, Target.to("L")).withLabel(Exit.LEFT, "Go left")
                .withExit(Exit.RIGHT, Target.to("R")).withLabel(Exit.RIGHT, "Go right");
        Story story = Story.of(new StoryInfo("STATS", "Stats", "", "", "", "S").withVoice(new Voice("", 160, 50, true)),
                List.of(start, recorded("L", 10).withEnding(true), recorded("R", 10).withEnding(true)));

        // ADR 0088: "Press the left button to go left." and "Press the right button to go right." (7 + 7
        // words at 160 a minute) follow the 30 s recording; the endings have no buttons, so no prompt
        NodeTime time = node(StoryStatistics.of(story), "S").time();
        assertThat(time.seconds()).isCloseTo(30 + 14 * 60.0 / 160, within(1e-9));
        assertThat(time.kind()).isEqualTo(NodeTime.Kind.ESTIMATED);
        assertThat(node(StoryStatistics.of(story), "L").time().kind()).isEqualTo(NodeTime.Kind.RECORDED);

        Story noPrompts = story.withInfo(story.info().withVoice(new Voice("", 160, 50, false)));
        NodeTime plain = node(StoryStatistics.of(noPrompts), "S").time();
        assertThat(plain.seconds()).isEqualTo(30);
        assertThat(plain.kind()).isEqualTo(NodeTime.Kind.RECORDED);
    }

    @Test
    void aRecordingOfUnknownLengthMakesATimeALowerBound() {
        Story story = story("S", recorded("S", 0).withExit(Exit.END, Target.to("E")), recorded("E", 61).withEnding(true));

        StoryStatistics stats = StoryStatistics.of(story);

        assertThat(node(stats, "S").time().kind()).isEqualTo(NodeTime.Kind.UNKNOWN);
        assertThat(StatisticsText.time(stats.endings().get(0).shortest())).isEqualTo("at least 1:01");
        assertThat(stats.fitsInMinutes()).contains(2);
    }

    @Test
    void aNodeThatLeadsNowhereIsAnEndingAndAnExitToAMissingNodeIsNoPath() {
        Story story = story("S",
                recorded("S", 10).withExit(Exit.LEFT, Target.to("D")).withExit(Exit.RIGHT, Target.to("gone")),
                recorded("D", 10).withExit(Exit.END, Target.STOP));

        StoryStatistics stats = StoryStatistics.of(story);

        assertThat(stats.endings()).extracting(Ending::id, Ending::marked).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D", false));
        assertThat(stats.endings().get(0).paths()).contains(BigInteger.ONE);
    }

    @Test
    void pathCountsBeyondALongAreCountedExactly() {
        // 200 diamonds in a row: each doubles the paths, so the ending is reached 2^200 ways
        List<StoryNode> nodes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            nodes.add(recorded("d" + i, 1).withExit(Exit.LEFT, Target.to("l" + i)).withExit(Exit.RIGHT, Target.to("r" + i)));
            String join = i == 199 ? "end" : "d" + (i + 1);
            nodes.add(recorded("l" + i, 1).withExit(Exit.END, Target.to(join)));
            nodes.add(recorded("r" + i, 2).withExit(Exit.END, Target.to(join)));
        }
        nodes.add(recorded("end", 1).withEnding(true));

        StoryStatistics stats = StoryStatistics.of(story("d0", nodes.toArray(StoryNode[]::new)));

        Ending end = stats.endings().get(0);
        assertThat(end.paths()).contains(BigInteger.TWO.pow(200));
        assertThat(StatisticsText.paths(end.paths().orElseThrow())).isEqualTo("about 1.6 × 10⁶⁰");
        assertThat(StatisticsText.paths(BigInteger.valueOf(12_345))).isEqualTo("12,345");
        assertThat(end.shortest().seconds()).isEqualTo(200 * 2 + 1);
        assertThat(end.longest().orElseThrow().seconds()).isEqualTo(200 * 3 + 1);
        assertThat(stats.longest().orElseThrow().nodeIds()).hasSize(401).contains("r0", "r199").doesNotContain("l7");
    }

    @Test
    void aLongChainAndALongLoopNeedNoDeepStack() {
        int size = 20_000;
        List<StoryNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StoryNode node = recorded("c" + i, 1);
            nodes.add(i == size - 1 ? node.withExit(Exit.LEFT, Target.to("c0")).withExit(Exit.RIGHT, Target.to("out"))
                    : node.withExit(Exit.END, Target.to("c" + (i + 1))));
        }
        nodes.add(recorded("out", 1).withEnding(true));

        StoryStatistics stats = StoryStatistics.of(story("c0", nodes.toArray(StoryNode[]::new)));

        assertThat(stats.endings().get(0).shortest().seconds()).isEqualTo(size + 1);
        assertThat(stats.endings().get(0).loopThrough()).contains("c0");
    }

    @Test
    void withoutAStartThereIsNothingToMeasure() {
        StoryStatistics stats = StoryStatistics.of(story("", recorded("A", 1).withEnding(true)));

        assertThat(stats.problem()).contains("The story has no start node: choose where it begins.");
        assertThat(stats.unreachable()).extracting(NodeFacts::id).containsExactly("A");
        assertThat(StatisticsText.badge(stats)).isEqualTo("The story has no start node: choose where it begins.");
    }
}
