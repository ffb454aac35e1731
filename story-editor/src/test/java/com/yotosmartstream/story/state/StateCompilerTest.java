package com.yotosmartstream.story.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.trace.CardMap;
import com.yotosmartstream.story.twine.TweeParser;
import com.yotosmartstream.story.twine.TwineImporter;
import com.yotosmartstream.story.twine.TwineVariablesImportTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateCompilerTest {

    private static CompileResult.Compiled compile(Story story) {
        CompileResult result = new CardCompiler(new Lint(Integer.MAX_VALUE, Double.MAX_VALUE))
                .compile(story, FakeLibrary.serving("http://localhost:1").addAll(story));
        assertThat(result).as(result.toString()).isInstanceOf(CompileResult.Compiled.class);
        return (CompileResult.Compiled) result;
    }

    /**
     * The hand count for {@link StateStories#camp()} (apple, key, torch as three bits): the
     * reachable global states are 000, 100, 110 and 111 (the key is only in the shed, which only the
     * orchard that gives the apple leads to; the torch only in the hut, which needs the key). Per
     * node: Camp 4, Orchard 3 (100, 110, 111: it sets apple), Shed 2 (110, 111), Cave 4, Hut 1,
     * Deep 1, Feast 1, Home 1 = 17 (node, state) pairs. Camp and Cave at 000 and at 100 behave
     * alike (the apple matters only in Deep, reached only with it), so each pair merges: 17 - 2 =
     * 15 chapters. Nothing else merges: Camp 110 and 111 differ in their Cave's buttons, and every
     * Orchard and Shed clone returns to a different Camp.
     */
    @Test
    void threeBooleansCompileToTheHandCountedMinimum() throws Exception {
        StateCompiler.Expansion expansion = StateCompiler.expand(StateStories.camp());

        assertThat(expansion.states()).isEqualTo(17);
        assertThat(expansion.story().size()).isEqualTo(15);
        assertThat(expansion.clonesPerNode()).containsExactlyInAnyOrderEntriesOf(Map.of("n1", 3, "n2", 3, "n3", 2,
                "n4", 3, "n5", 1, "n6", 1, "n7", 1, "n8", 1));
        CompileResult.Compiled compiled = compile(StateStories.camp());
        assertThat(compiled.card().chapters()).hasSize(15);
        assertThat(compiled.clones()).hasSize(15);
    }

    @Test
    void everyCloneGotoNamesAChapterOfTheCardAndEveryChapterMapsBackToItsNode() {
        Story story = StateStories.camp();
        CompileResult.Compiled compiled = compile(story);
        Set<String> keys = compiled.card().chapters().stream().map(Chapter::key).collect(Collectors.toSet());
        for (Chapter chapter : compiled.card().chapters()) {
            for (Track.Event event : Track.Event.values()) {
                chapter.tracks().get(0).action(event).filter(a -> a instanceof CardAction.Goto)
                        .ifPresent(a -> assertThat(keys).contains(((CardAction.Goto) a).chapterKey()));
            }
            assertThat(compiled.nodeFor(chapter.key())).get().satisfies(id -> assertThat(story.contains(id)).isTrue());
        }
        assertThat(compiled.card().chapters().get(0).title()).isEqualTo("Camp");
    }

    @Test
    void everyPressSequenceToDepthEightEndsAsTwineWouldOnTheCamp() throws Exception {
        // depth 10, beyond the 8 asked for: the shortest way to the Feast takes 9 presses
        Story story = StateStories.camp();
        StoryLogic logic = StoryLogic.read(story);
        CompileResult.Compiled compiled = compile(story);
        List<List<Semantics.Press>> sequences = Semantics.sequences(10);
        Set<String> endings = new java.util.TreeSet<>();
        for (List<Semantics.Press> presses : sequences) {
            List<String> twine = Semantics.interpret(story, logic, presses);
            assertThat(Semantics.walk(compiled, presses)).as(presses.toString()).isEqualTo(twine);
            if (twine.get(twine.size() - 1).equals("stopped")) {
                endings.add(twine.get(twine.size() - 2));
            }
        }
        assertThat(sequences).hasSize(59049);
        assertThat(endings).as("both endings are reached").contains("n7", "n8");
    }

    @Test
    void randomStoriesWithVariablesWalkAsTwineForEveryPressSequence() throws Exception {
        List<List<Semantics.Press>> sequences = Semantics.sequences(8);
        int split = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Story story = StateStories.random(7, seed);
            StoryLogic logic = StoryLogic.read(story);
            CompileResult.Compiled compiled = compile(story);
            if (compiled.card().chapters().size() > story.size()) {
                split++;
            }
            for (List<Semantics.Press> presses : sequences) {
                assertThat(Semantics.walk(compiled, presses)).as("seed " + seed + " " + presses)
                        .isEqualTo(Semantics.interpret(story, logic, presses));
            }
        }
        assertThat(split).as("most random stories need clones").isGreaterThan(5);
    }

    @Test
    void harloweAndSugarCubeStoriesWithVariablesWalkAsTwineForEveryPressSequence() throws Exception {
        for (String twee : List.of(TwineVariablesImportTest.HARLOWE_KEYS, TwineVariablesImportTest.SUGARCUBE_LAMP)) {
            Story imported = TwineImporter.toStory(TweeParser.parse(twee)).story();
            Story story = imported;
            for (StoryNode node : imported.nodes()) {
                story = story.withNode(node.withAudio(new AudioRef("track-" + node.id(), node.title(), 20)));
            }
            StoryLogic logic = StoryLogic.read(story);
            CompileResult.Compiled compiled = compile(story);
            assertThat(compiled.card().chapters().size()).isGreaterThan(story.size());
            for (List<Semantics.Press> presses : Semantics.sequences(8)) {
                assertThat(Semantics.walk(compiled, presses)).as(presses.toString())
                        .isEqualTo(Semantics.interpret(story, logic, presses));
            }
        }
    }

    @Test
    void mergedClonesAreNotDistinguishableAndKeptOnesAre() throws Exception {
        // minimal: no two clones of one node have the same successors (else refinement would merge them)
        for (long seed = 1; seed <= 25; seed++) {
            Story story = StateStories.random(7, seed);
            Story plain = StateCompiler.expand(story).story();
            Map<String, List<StoryNode>> byNode = plain.nodes().stream().collect(Collectors.groupingBy(
                    n -> StateCompiler.nodeOf(n.id(), story)));
            byNode.values().forEach(clones -> assertThat(clones.stream().map(StoryNode::exits).distinct().count())
                    .as("clones of one node differ in their exits").isEqualTo(clones.size()));
        }
    }

    @Test
    void aStoryWithoutVariablesCompilesToTheSameCardAsBefore() throws Exception {
        Story cave = StoryFixtures.dragonsCave();
        CompileResult.Compiled compiled = compile(cave);
        StateCompiler.Expansion identity = StateCompiler.expand(cave);

        assertThat(compiled.clones()).isEmpty();
        assertThat(identity.story().nodes()).containsExactlyElementsOf(cave.nodes());
    }

    @Test
    void variablesThatNeverSplitANodeCostNoTracks() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n2").orElseThrow().withSets(List.of("seen = true")))
                .withInfo(cave.info().withVariables(List.of("seen = false")));

        CompileResult.Compiled compiled = compile(story);

        assertThat(compiled.card().chapters()).hasSize(4);
        assertThat(compiled.chapterKeys()).isEqualTo(CardCompiler.chapterKeys(cave));
    }

    @Test
    void aCardTooSmallForTheStatesIsRefusedNamingTheVariableThatMultipliesMost() {
        List<StoryNode> nodes = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            StoryNode node = StoryFixtures.node("n" + i, "Room " + i, i * 100, 0)
                    .withExit(Exit.LEFT, Target.to("n" + (i % 40 + 1))).withExit(Exit.RIGHT, Target.to("n1"))
                    .withOnlyIf(Exit.RIGHT, "coins >= 3 and lamp");
            nodes.add(i == 1 ? node.withSets(List.of("coins = coins + 1")) : i == 2 ? node.withSets(List.of("lamp = not lamp"))
                    : node);
        }
        Story story = Story.of(StateStories.camp().info().withStartId("n1")
                .withVariables(List.of("coins = 0 in 0..4", "lamp = false")), nodes);

        CompileResult result = new CardCompiler().compile(story, FakeLibrary.serving("http://localhost:1").addAll(story));

        assertThat(result).isInstanceOf(CompileResult.Refused.class);
        CompileResult.Refused refused = (CompileResult.Refused) result;
        assertThat(refused.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.TOO_MANY_NODES);
            assertThat(r.message()).contains("a card holds at most 100").contains("coins multiplies the count most");
        });
    }

    @Test
    void aCounterWithoutARangeThatGrowsForeverIsRefusedWithTheVariableToBound() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withSets(List.of("visits = visits + 1")))
                .withInfo(cave.info().withVariables(List.of("visits = 0")));
        Story looping = story.withNode(story.node("n3").orElseThrow().withExit(Exit.END, Target.to("n1")).withEnding(false));

        CompileResult result = compile(looping, new Lint(Integer.MAX_VALUE, Double.MAX_VALUE));

        assertThat(((CompileResult.Refused) result).reasons().get(0).message()).contains("visits takes the most values")
                .contains("visits = 0 in 0..3");
    }

    private static CompileResult compile(Story story, Lint lint) {
        return new CardCompiler(lint).compile(story, FakeLibrary.serving("http://localhost:1").addAll(story));
    }

    @Test
    void theTraceAndThePlaytestMapEveryCloneBackToItsNode() {
        Story story = StateStories.camp();
        CompileResult.Compiled compiled = compile(story);
        Story published = story.withInfo(story.info().withCard(java.util.Optional.of(
                CardCompiler.published("CARD1", story))));

        CardMap map = CardMap.of(published).orElseThrow();

        assertThat(published.info().card().orElseThrow().chapterKeys()).isEqualTo(compiled.chapterKeys());
        for (Chapter chapter : compiled.card().chapters()) {
            assertThat(map.nodeFor(chapter.key())).isEqualTo(compiled.nodeFor(chapter.key()));
        }
        assertThat(map.clones()).hasSize(7);
        assertThat(CardMap.fromJson(map.toJson())).contains(map);
    }
}
