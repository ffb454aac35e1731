package com.yotosmartstream.story.stats;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The statistics of a 2,000-node story against one plain breadth-first walk of the same story (run by
 * {@code scripts/bench.sh statistics}, not by {@code mvn test}; no display needed). Three stories: the
 * generated one of {@link StoryFixtures#generated} (every node recorded, no loop), the same with no
 * audio at all (each node's length estimated from its words and prompts), and the same with one exit
 * back near the start (a loop before almost every ending).
 */
public final class StatisticsBenchmark {

    private static final int SIZE = 2000;

    public static void main(String[] args) throws Exception {
        Story recorded = StoryFixtures.generated(SIZE, 42);
        Map<String, Optional<StoryNode>> silent = new HashMap<>();
        for (StoryNode node : recorded.nodes()) {
            silent.put(node.id(), Optional.of(node.withAudio(null)));
        }
        Story spoken = recorded.withNodes(silent);
        Story looped = recorded.withNode(recorded.node("n10").orElseThrow().withExit(Exit.END, Target.to("n2")));

        StoryStatistics stats = StoryStatistics.of(recorded);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d-node story, %d exits: %d endings, %s paths to the last ending, longest path %s through %d nodes;"
                        + " load average %.1f%n", SIZE, recorded.nodes().stream().mapToInt(n -> n.targetIds().size()).sum(),
                stats.endings().size(), StatisticsText.paths(stats.endings().get(stats.endings().size() - 1).paths()
                        .orElseThrow()), StatisticsText.time(stats.longest().orElseThrow().span()),
                stats.longest().orElseThrow().span().nodes(), loadAverage()));
        out.append("| story | statistics: best (median) | one breadth-first walk: best (median) | ratio of bests |\n")
                .append("|---|---|---|---|\n");
        out.append(row("every node recorded, no loop", recorded));
        out.append(row("no audio (lengths estimated from words)", spoken));
        out.append(row("a loop near the start", looped));
        String text = out.toString();
        org.slf4j.LoggerFactory.getLogger(StatisticsBenchmark.class).warn("\n{}", text);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), text);
        }
    }

    private static String row(String what, Story story) {
        double[] stats = time(() -> StoryStatistics.of(story));
        double[] walk = time(() -> walk(story));
        return String.format(Locale.ROOT, "| %s | %.2f ms (%.2f) | %.3f ms (%.3f) | %.1f |%n", what, stats[0], stats[1],
                walk[0], walk[1], stats[0] / walk[0]);
    }

    /** One breadth-first walk from the start, as {@code StoryBenchmark} measures lint and layout against. */
    private static int walk(Story story) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(story.info().startId()));
        seen.add(story.info().startId());
        while (!queue.isEmpty()) {
            for (String next : story.node(queue.poll()).map(StoryNode::targetIds).orElse(List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen.size();
    }

    /**
     * Best and median milliseconds of 100 runs after 30 warm-up runs (the best is the figure to compare: other
     * processes on a shared machine only ever add time; both figures are around a millisecond, so many runs).
     */
    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < 30; i++) {
            work.get();
        }
        double[] runs = new double[100];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.get();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        return new double[] {runs[0], runs[runs.length / 2]};
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
