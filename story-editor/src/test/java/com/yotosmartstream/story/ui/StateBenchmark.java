package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.state.StateCompiler;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state compile (ADR 0082) against the plain compile of the same story ({@code scripts/bench.sh
 * stories-state}): {@code StoryFixtures.generated(2000, 42)}, then the same story with three
 * booleans, one in 50 nodes setting one of them and one in 20 exits only there under a condition.
 */
final class StateBenchmark {

    static final int SIZE = 2000;

    private StateBenchmark() {
    }

    static Story withVariables(Story plain) {
        Map<String, Optional<StoryNode>> changes = new HashMap<>();
        int i = 0;
        for (StoryNode node : plain.nodes()) {
            StoryNode changed = node;
            if (i % 50 == 3) {
                changed = changed.withSets(List.of("a = true"));
            } else if (i % 50 == 17) {
                changed = changed.withSets(List.of("b = true"));
            } else if (i % 50 == 31) {
                changed = changed.withSets(List.of("c = not c"));
            }
            if (i % 40 == 7 && changed.exit(Exit.LEFT).isPresent()) {
                changed = changed.withOnlyIf(Exit.LEFT, "a and not b");
            } else if (i % 40 == 23 && changed.exit(Exit.RIGHT).isPresent()) {
                changed = changed.withOnlyIf(Exit.RIGHT, "c or b");
            }
            changes.put(node.id(), Optional.of(changed));
            i++;
        }
        return plain.withNodes(changes).withInfo(plain.info().withVariables(List.of("a = false", "b = false",
                "c = false")));
    }

    static String run() throws Exception {
        Story plain = StoryFixtures.generated(SIZE, 42);
        Story state = withVariables(plain);
        FakeLibrary library = FakeLibrary.serving("https://pc.local:8443").addAll(plain);
        CardCompiler compiler = new CardCompiler(new Lint(Integer.MAX_VALUE, Lint.MAX_TRACK_SECONDS));
        CompileResult.Compiled stateCard = (CompileResult.Compiled) compiler.compile(state, library);
        StateCompiler.Expansion expansion = StateCompiler.expand(state);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d-node story with 3 booleans: %,d (node, state) pairs reached, %,d chapters after merging (plain: %,d)%n",
                SIZE, expansion.states(), stateCard.card().chapters().size(), SIZE));
        out.append("| operation | best (median) | reference: best (median) | ratio of bests |\n|---|---|---|---|\n");
        double[] plainCompile = StoryBenchmark.time(() -> compiler.compile(plain, library));
        out.append(StoryBenchmark.row("state compile to card", StoryBenchmark.time(() -> compiler.compile(state, library)),
                "plain compile of the same story", plainCompile));
        out.append(StoryBenchmark.row("state expansion alone (walk + merge)", StoryBenchmark.time(() -> {
            try {
                return StateCompiler.expand(state);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "plain compile of the same story", plainCompile));
        return out.toString();
    }
}
