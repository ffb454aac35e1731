package com.yotosmartstream.story.stats;

import com.yotosmartstream.story.model.Story;
import java.util.List;
import java.util.Optional;

/**
 * Bedtime statistics of a story (issue 18, ADR 0087): its endings, each with the shortest and longest
 * listening time from the start and the number of paths to it; the longest path of all; whether a loop
 * makes listening endless; the nodes the start cannot reach; and each node's words and length. Made by
 * {@link #of(Story)} in time linear in nodes and exits (the shortest times add a logarithm), so it can
 * run after every edit, off the UI thread.
 *
 * <p>Times assume every track is heard to its end and every question is answered when its track ends
 * (a button pressed earlier makes a path shorter; nobody answering makes a question wait, ask again or
 * stop, which the times leave out). A path is a sequence of nodes: two buttons to the same node are one
 * path. An ending is a node the author marked as one, or a node whose exits lead nowhere.
 *
 * @param problem why there are no paths to measure ("The story has no start node."), when there are none
 * @param endings the endings the start reaches, in node order
 * @param longest the longest path of all, when no loop lies on a path to an ending
 * @param endlessThrough a node of a loop that lies on a path to an ending: then the longest path has no bound
 * @param loop a node of a loop the start reaches (the one it meets first), even one with no way out
 * @param nodes every node, in node order
 */
public record StoryStatistics(Optional<String> problem, List<Ending> endings, Optional<LongestPath> longest,
        Optional<String> endlessThrough, Optional<String> loop, List<NodeFacts> nodes) {

    public StoryStatistics {
        endings = List.copyOf(endings);
        nodes = List.copyOf(nodes);
    }

    /** The statistics of {@code story}. */
    public static StoryStatistics of(Story story) {
        return PathWalk.measure(story);
    }

    /** The nodes the start cannot reach, in node order (all of them when there is no start). */
    public List<NodeFacts> unreachable() {
        return nodes.stream().filter(n -> !n.reachable()).toList();
    }

    /** The nodes without recorded audio (the computer's voice speaks them), in node order. */
    public List<NodeFacts> withoutAudio() {
        return nodes.stream().filter(n -> !n.hasAudio()).toList();
    }

    /** Whether a node the start reaches is spoken by the computer's voice, so the times are estimates. */
    public boolean estimated() {
        return nodes.stream().anyMatch(n -> n.reachable() && n.time().kind() == NodeTime.Kind.ESTIMATED);
    }

    /** A node's title ("Part n7" when it has none), by id. */
    public String name(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().map(NodeFacts::title)
                .filter(t -> !t.isBlank()).orElse("Part " + id);
    }

    /** All the words of the story's narration. */
    public long totalWords() {
        return nodes.stream().mapToLong(n -> n.time().words()).sum();
    }

    /**
     * The whole minutes every path from the start fits in (the longest path, rounded up), when there is
     * a bound: the start reaches an ending and no loop. Empty otherwise.
     */
    public Optional<Integer> fitsInMinutes() {
        if (loop.isPresent() || longest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Math.max(1, (int) Math.ceil(longest.get().span().seconds() / 60 - 1e-9)));
    }
}
