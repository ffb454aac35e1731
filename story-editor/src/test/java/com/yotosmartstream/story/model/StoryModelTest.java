package com.yotosmartstream.story.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryModelTest {

    @Test
    void aChangedNodeIsACopyAndTheOriginalStaysAsItWas() {
        StoryNode node = StoryNode.create("n1", "Start", Position.ORIGIN);

        StoryNode changed = node.withTitle("Beginning").withExit(Exit.LEFT, Target.to("n2")).withEnding(true);

        assertThat(node.title()).isEqualTo("Start");
        assertThat(node.exits()).isEmpty();
        assertThat(changed.title()).isEqualTo("Beginning");
        assertThat(changed.exit(Exit.LEFT)).contains(Target.to("n2"));
        assertThat(changed.isEnding()).isTrue();
    }

    @Test
    void clearingAnExitRemovesIt() {
        StoryNode node = StoryNode.create("n1", "A", Position.ORIGIN).withExit(Exit.END, Target.STOP);

        assertThat(node.withExit(Exit.END, null).exits()).isEmpty();
    }

    @Test
    void exitsAreKeptInLeftRightEndOrderWhateverOrderTheyWereSetIn() {
        StoryNode node = StoryNode.create("n1", "A", Position.ORIGIN).withExit(Exit.END, Target.to("n4"))
                .withExit(Exit.LEFT, Target.to("n2")).withExit(Exit.RIGHT, Target.STOP);

        assertThat(node.exits().keySet()).containsExactly(Exit.LEFT, Exit.RIGHT, Exit.END);
        assertThat(node.targetIds()).containsExactly("n2", "n4");
    }

    @Test
    void aBlankIconMeansNoIcon() {
        assertThat(StoryNode.create("n1", "A", Position.ORIGIN).withIcon("  ").icon()).isEmpty();
    }

    @Test
    void nodeIdsSortNaturally() {
        List<String> ids = new java.util.ArrayList<>(List.of("n10", "n2", "n1", "cave", "n02b", "n100"));

        ids.sort(NodeIds.ORDER);

        assertThat(ids).containsExactly("cave", "n1", "n2", "n02b", "n10", "n100");
    }

    @Test
    void theNextIdIsOnePastTheHighestNumberedOne() {
        assertThat(NodeIds.next(List.of("n1", "n7", "cave", "n3"))).isEqualTo("n8");
        assertThat(NodeIds.next(List.of())).isEqualTo("n1");
    }

    @Test
    void theHighestIdComesFromTheSortedIdsAndAgreesWithAScan() {
        List<String> ids = List.of("n1", "n9", "n10", "n10b", "n099", "n", "nx", "n12345678901234567890", "o5", "m7",
                "n\u0663\u0663\u0663", "n100a", "cave");
        java.util.TreeSet<String> sorted = new java.util.TreeSet<>(NodeIds.ORDER);
        sorted.addAll(ids);

        assertThat(NodeIds.highest(sorted)).isEqualTo(NodeIds.highest((java.util.Collection<String>) ids)).isEqualTo(99);
        Story story = Story.of(new StoryInfo("S", "S", "", "", "", ""), ids.stream()
                .map(id -> StoryNode.create(id, id, Position.ORIGIN)).toList());
        assertThat(story.nextNodeId()).isEqualTo("n100");
    }

    @Test
    void aStoryKeepsItsNodesInIdOrderWhateverOrderTheyCameIn() {
        Story story = Story.of(StoryFixtures.dragonsCave().info(), List.of(
                StoryNode.create("n10", "J", Position.ORIGIN), StoryNode.create("n2", "B", Position.ORIGIN),
                StoryNode.create("n1", "A", Position.ORIGIN)));

        assertThat(story.nodes()).extracting(StoryNode::id).containsExactly("n1", "n2", "n10");
    }

    @Test
    void twoNodesWithOneIdAreRefused() {
        assertThatThrownBy(() -> Story.of(StoryFixtures.dragonsCave().info(), List.of(
                StoryNode.create("n1", "A", Position.ORIGIN), StoryNode.create("n1", "B", Position.ORIGIN))))
                .hasMessageContaining("n1");
    }

    @Test
    void manyChangesApplyAtOnceAndShareTheUnchangedNodes() {
        Story story = StoryFixtures.dragonsCave();

        Story changed = story.withNodes(Map.of("n2", Optional.empty(),
                "n5", Optional.of(StoryNode.create("n5", "New", Position.ORIGIN))));

        assertThat(changed.nodeMap().keySet()).containsExactly("n1", "n3", "n4", "n5");
        assertThat(changed.node("n1").orElseThrow()).isSameAs(story.node("n1").orElseThrow());
        assertThat(story.size()).isEqualTo(4);
    }

    @Test
    void thePositionSnapsToTheNearestGridPoint() {
        assertThat(new Position(33, 47).snapped(20)).isEqualTo(new Position(40, 40));
        assertThat(new Position(33, 47).snapped(0)).isEqualTo(new Position(33, 47));
    }
}
