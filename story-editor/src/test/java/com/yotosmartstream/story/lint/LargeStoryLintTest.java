package com.yotosmartstream.story.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lint at the size authors report (issue 19: 10,000 nodes) finds what a plain walk of the graph finds. */
class LargeStoryLintTest {

    private static final Story STORY = StoryFixtures.generated(10_000, 42, 100);

    private static Set<String> flagged(List<LintIssue> issues, Rule rule) {
        return issues.stream().filter(i -> i.rule() == rule).flatMap(i -> i.nodeIds().stream()).collect(Collectors.toSet());
    }

    /** The nodes no walk from the start reaches, worked out here without the lint. */
    private static Set<String> unreachable(Story story) {
        Set<String> seen = new HashSet<>(List.of(story.info().startId()));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (String next : story.node(queue.poll()).map(StoryNode::targetIds).orElse(List.of())) {
                if (story.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return story.nodes().stream().map(StoryNode::id).filter(id -> !seen.contains(id)).collect(Collectors.toSet());
    }

    @Test
    void tenThousandNodesAreTooManyForACardAndTheUnreachableOnesAreTheOnesAWalkMisses() {
        List<LintIssue> issues = new Lint().check(STORY);

        assertThat(issues).anyMatch(i -> i.rule() == Rule.TOO_MANY_NODES && i.message().contains("10000"));
        assertThat(unreachable(STORY)).as("the generated story has nodes no choice leads to").isNotEmpty();
        assertThat(flagged(issues, Rule.UNREACHABLE)).isEqualTo(unreachable(STORY));
        assertThat(flagged(issues, Rule.MISSING_TARGET)).isEmpty();
    }

    @Test
    void aBrokenExitAndACutOffPartAreFoundAmongTenThousandNodes() {
        StoryNode middle = STORY.node("n5000").orElseThrow();
        Map<String, Optional<StoryNode>> changed = new java.util.HashMap<>();
        changed.put("n5000", Optional.of(middle.withExit(Exit.LEFT, Target.to("nowhere"))));
        Story broken = STORY.withNodes(changed);

        List<LintIssue> issues = new Lint().check(broken);

        assertThat(flagged(issues, Rule.MISSING_TARGET)).containsExactly("n5000");
        assertThat(flagged(issues, Rule.UNREACHABLE)).isEqualTo(unreachable(broken));
    }
}
