package com.yotosmartstream.story.stats;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Computes {@link StoryStatistics} (ADR 0087). The nodes the start reaches are numbered in
 * breadth-first order and their exits to existing nodes become integer lists (two buttons to one node
 * are one exit). Then:
 * <ol>
 * <li>shortest times: Dijkstra from the start, a node's length the weight of entering it;</li>
 * <li>loops: the strongly connected components (Tarjan, without recursion, so 2,000 nodes in a row
 *     cannot overflow the stack); a component of several nodes, or a node leading to itself, is a loop;
 *     Tarjan finds components sinks first, so their reverse is a topological order of the condensed
 *     graph. A component after a loop (or in one) is marked with it;</li>
 * <li>longest times and path counts: a dynamic programme in that topological order over the nodes no
 *     loop lies before, each node's best predecessor kept to give the longest path back. Counts are
 *     {@link BigInteger}: a 2,000-node story can have more paths than a long holds.</li>
 * </ol>
 * Each step is linear in nodes and exits (Dijkstra adds a logarithm).
 */
final class PathWalk {

    private final Story story;
    private final List<StoryNode> nodes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int[][] next;
    private double[] length;
    /** Bit 1: generated narration (estimated); bit 2: a recording of unknown length. */
    private int[] flags;

    private PathWalk(Story story) {
        this.story = story;
    }

    static StoryStatistics measure(Story story) {
        return new PathWalk(story).run();
    }

    private StoryStatistics run() {
        Map<String, NodeTime> times = new HashMap<>();
        for (StoryNode node : story.nodes()) {
            times.put(node.id(), NodeTime.of(story, node));
        }
        Optional<StoryNode> start = story.start();
        if (start.isPresent()) {
            number(start.get(), times);
        }
        List<NodeFacts> facts = new ArrayList<>(story.size());
        for (StoryNode node : story.nodes()) {
            facts.add(new NodeFacts(node.id(), node.title(), times.get(node.id()), index.containsKey(node.id())));
        }
        if (start.isEmpty()) {
            String problem = story.size() == 0 ? "The story has no nodes yet."
                    : "The story has no start node: choose where it begins.";
            return new StoryStatistics(Optional.of(problem), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), facts);
        }
        return paths(facts);
    }

    /** Numbers the reachable nodes breadth-first from the start and makes their exit lists. */
    private void number(StoryNode start, Map<String, NodeTime> times) {
        index.put(start.id(), 0);
        nodes.add(start);
        List<int[]> exits = new ArrayList<>();
        for (int at = 0; at < nodes.size(); at++) {
            List<String> targets = nodes.get(at).targetIds();
            int[] out = new int[targets.size()];
            int count = 0;
            for (String target : targets) {
                Optional<StoryNode> node = story.node(target);
                if (node.isEmpty()) {
                    continue; // an exit to a missing node: the lint's error, no path
                }
                Integer to = index.get(target);
                if (to == null) {
                    to = nodes.size();
                    index.put(target, to);
                    nodes.add(node.get());
                }
                if (!contains(out, count, to)) {
                    out[count++] = to;
                }
            }
            exits.add(Arrays.copyOf(out, count));
        }
        int n = nodes.size();
        next = exits.toArray(new int[0][]);
        length = new double[n];
        flags = new int[n];
        for (int i = 0; i < n; i++) {
            NodeTime time = times.get(nodes.get(i).id());
            length[i] = time.seconds();
            flags[i] = (time.kind() == NodeTime.Kind.ESTIMATED ? 1 : 0) | (time.kind() == NodeTime.Kind.UNKNOWN ? 2 : 0);
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private StoryStatistics paths(List<NodeFacts> facts) {
        int n = nodes.size();
        Shortest shortest = shortest();
        int[] component = components();
        int count = 0;
        for (int c : component) {
            count = Math.max(count, c + 1);
        }
        // the nodes by component, topologically: Tarjan numbers sinks first, so the highest number comes first
        int[] start = new int[count + 1];
        for (int c : component) {
            start[count - 1 - c + 1]++;
        }
        for (int i = 0; i < count; i++) {
            start[i + 1] += start[i];
        }
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[start[count - 1 - component[v]]++] = v;
        }
        // the loops: a component of several nodes or a node leading to itself, named by its first node met
        int[] size = new int[count];
        int[] firstMet = new int[count];
        Arrays.fill(firstMet, -1);
        boolean[] cyclic = new boolean[count];
        for (int v = 0; v < n; v++) {
            int c = component[v];
            cyclic[c] |= ++size[c] > 1 || contains(next[v], next[v].length, v);
            if (firstMet[c] < 0 || shortest.time[v] < shortest.time[firstMet[c]]) {
                firstMet[c] = v;
            }
        }
        // the loop each component is in or comes after (the one met first), passed on in topological order
        int[] loopOf = new int[count];
        Arrays.fill(loopOf, -1);
        int firstLoop = -1;
        for (int v : order) {
            int c = component[v];
            if (cyclic[c]) {
                loopOf[c] = earlier(loopOf[c], firstMet[c], shortest.time);
                firstLoop = earlier(firstLoop, firstMet[c], shortest.time);
            }
            if (loopOf[c] >= 0) {
                for (int w : next[v]) {
                    loopOf[component[w]] = earlier(loopOf[component[w]], loopOf[c], shortest.time);
                }
            }
        }
        Longest longest = longest(order, component, loopOf);
        List<Ending> endings = new ArrayList<>();
        int longestEnding = -1;
        int endlessThrough = -1;
        for (int v = 0; v < n; v++) {
            StoryNode node = nodes.get(v);
            if (!node.isEnding() && !node.targetIds().isEmpty()) {
                continue;
            }
            int loop = loopOf[component[v]];
            Span quickest = new Span(shortest.time[v], shortest.nodes[v], (shortest.flags[v] & 1) != 0,
                    (shortest.flags[v] & 2) != 0);
            if (loop >= 0) {
                endings.add(new Ending(node.id(), node.title(), node.isEnding(), quickest, Optional.empty(),
                        Optional.empty(), Optional.of(nodes.get(loop).id())));
                if (endlessThrough < 0 || shortest.time[loop] < shortest.time[endlessThrough]) {
                    endlessThrough = loop;
                }
                continue;
            }
            endings.add(new Ending(node.id(), node.title(), node.isEnding(), quickest, Optional.of(longest.span(v)),
                    Optional.of(longest.paths[v]), Optional.empty()));
            if (longestEnding < 0 || longest.time[v] > longest.time[longestEnding]) {
                longestEnding = v;
            }
        }
        endings.sort((a, b) -> com.yotosmartstream.story.model.NodeIds.ORDER.compare(a.id(), b.id()));
        Optional<LongestPath> overall = endlessThrough >= 0 || longestEnding < 0 ? Optional.empty()
                : Optional.of(new LongestPath(nodes.get(longestEnding).id(), longest.span(longestEnding),
                        longest.path(longestEnding)));
        return new StoryStatistics(Optional.empty(), endings, overall, id(endlessThrough), id(firstLoop), facts);
    }

    private Optional<String> id(int node) {
        return node < 0 ? Optional.empty() : Optional.of(nodes.get(node).id());
    }

    /** Of two loop nodes (-1 for none), the one a listener meets first. */
    private static int earlier(int a, int b, double[] time) {
        return a < 0 || b >= 0 && time[b] < time[a] ? b : a;
    }

    private record Shortest(double[] time, int[] nodes, int[] flags) {
    }

    /** Dijkstra from the start (node 0); a path's time includes the start's and the last node's lengths. */
    private Shortest shortest() {
        int n = nodes.size();
        double[] time = new double[n];
        int[] hops = new int[n];
        int[] pathFlags = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        time[0] = length[0];
        hops[0] = 1;
        pathFlags[0] = flags[0];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {time[0], 0});
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int u = (int) head[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            for (int v : next[u]) {
                double through = time[u] + length[v];
                if (!done[v] && through < time[v]) {
                    time[v] = through;
                    hops[v] = hops[u] + 1;
                    pathFlags[v] = pathFlags[u] | flags[v];
                    queue.add(new double[] {through, v});
                }
            }
        }
        return new Shortest(time, hops, pathFlags);
    }

    /** Tarjan's strongly connected components, iteratively: each node's component number, sinks first. */
    private int[] components() {
        int n = nodes.size();
        int[] order = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        int[] position = new int[n];
        Arrays.fill(order, -1);
        Arrays.fill(component, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        boolean[] onStack = new boolean[n];
        int[] calls = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth++] = root;
            order[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int v = calls[depth - 1];
                if (position[v] < next[v].length) {
                    int w = next[v][position[v]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        calls[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int parent = calls[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    int member;
                    do {
                        member = stack[--stackSize];
                        onStack[member] = false;
                        component[member] = components;
                    } while (member != v);
                    components++;
                }
            }
        }
        return component;
    }

    private final class Longest {
        final double[] time;
        final int[] hops;
        final int[] pathFlags;
        final int[] previous;
        final BigInteger[] paths;

        Longest(int n) {
            time = new double[n];
            hops = new int[n];
            pathFlags = new int[n];
            previous = new int[n];
            paths = new BigInteger[n];
            Arrays.fill(time, Double.NEGATIVE_INFINITY);
            Arrays.fill(previous, -1);
            Arrays.fill(paths, BigInteger.ZERO);
        }

        Span span(int v) {
            return new Span(time[v], hops[v], (pathFlags[v] & 1) != 0, (pathFlags[v] & 2) != 0);
        }

        List<String> path(int v) {
            List<String> ids = new ArrayList<>(hops[v]);
            for (int at = v; at >= 0; at = previous[at]) {
                ids.add(nodes.get(at).id());
            }
            Collections.reverse(ids);
            return ids;
        }
    }

    /**
     * Longest times and path counts over the nodes with no loop before them, in topological order: each
     * node takes its predecessors' best time and the sum of their counts before it passes its own on.
     */
    private Longest longest(int[] order, int[] component, int[] loopOf) {
        Longest best = new Longest(nodes.size());
        best.paths[0] = BigInteger.ONE;
        for (int v : order) {
            if (loopOf[component[v]] >= 0) {
                continue;
            }
            int from = best.previous[v];
            best.time[v] = (from < 0 ? 0 : best.time[from]) + length[v];
            best.hops[v] = (from < 0 ? 0 : best.hops[from]) + 1;
            best.pathFlags[v] = (from < 0 ? 0 : best.pathFlags[from]) | flags[v];
            for (int w : next[v]) {
                if (loopOf[component[w]] >= 0) {
                    continue;
                }
                best.paths[w] = best.paths[w].add(best.paths[v]);
                if (best.previous[w] < 0 || best.time[v] > best.time[best.previous[w]]) {
                    best.previous[w] = v;
                }
            }
        }
        return best;
    }
}
