package com.yotosmartstream.story.state;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a story's variables into its structure (ADR 0082), since a player holds no state: each
 * node is cloned once per state the story can be in when it reaches it (a breadth-first walk over
 * (node, state) from the start; the node's sets applied on entering, then its exits' conditions
 * read in that state: an exit whose condition is false is not on that clone, so its button does
 * nothing, as a Twine link inside a false {@code (if:)} is not shown). Clones that behave alike
 * (the same node, and for each exit the same kind of successor) are then merged by partition
 * refinement, so only reachable, distinguishable states cost tracks. The result is a plain story
 * (no variables) that {@code CardCompiler} compiles as any other, with each clone's node and state.
 *
 * <p>Nodes the start never reaches are still cloned, from the first state, as a plain story still
 * gives them a chapter. The first clone of a node keeps its id (so a story whose variables never
 * split a node compiles as it did); the others are {@code id|2}, {@code id|3}... ({@link #nodeOf}).
 */
public final class StateCompiler {

    /** Most (node, state) pairs followed before the compile gives up and says which variable to bound. */
    public static final int MAX_STATES = 20_000;
    /** Separates a node's id from its clone's number in a clone's id. */
    public static final char CLONE_MARK = '|';

    private static final int ABSENT = -1;
    private static final int STOP = -2;
    private static final int MISSING = -3;

    /** A clone of a node: the node it plays and the state it stands for (one of them, when merged). */
    public record Clone(String nodeId, String state) {
    }

    /**
     * The story with its variables compiled away.
     *
     * @param story a plain story, one node per clone; the first clone of each node keeps its id
     * @param clones each clone's node and state, by clone id
     * @param states how many (node, state) pairs the story reaches, before merging
     */
    public record Expansion(Story story, Map<String, Clone> clones, int states, List<Multiplier> multipliers) {
        /** How many clones each node has, in the story's node order. */
        public Map<String, Integer> clonesPerNode() {
            Map<String, Integer> count = new LinkedHashMap<>();
            clones.values().forEach(c -> count.merge(c.nodeId(), 1, Integer::sum));
            return count;
        }

        /** The variable that multiplies the states most, if any does. */
        public Optional<Multiplier> worst() {
            return multipliers.stream().filter(m -> m.factor() > 1.0).findFirst();
        }
    }

    /** How much one variable multiplies the reachable states: states / states with it ignored. */
    public record Multiplier(String variable, double factor) {
    }

    private StateCompiler() {
    }

    /** The node a clone id plays: the id before the last {@link #CLONE_MARK} when the story has no such node. */
    public static String nodeOf(String cloneId, Story story) {
        if (story.contains(cloneId)) {
            return cloneId;
        }
        int mark = cloneId.lastIndexOf(CLONE_MARK);
        return mark > 0 ? cloneId.substring(0, mark) : cloneId;
    }

    public static Expansion expand(Story story) throws StoryLogic.Refused {
        StoryLogic logic = StoryLogic.read(story);
        Variables vars = logic.variables();
        Walk walk = new Walk(story, logic);
        story.start().ifPresent(start -> walk.visit(start.id(), vars.initial()));
        walk.run();
        for (StoryNode node : story.nodes()) {
            if (!walk.reached.contains(node.id())) {
                walk.visit(node.id(), vars.initial());
                walk.run();
            }
        }
        int[] block = minimise(walk);
        return build(story, walk, block, multipliers(walk, vars));
    }

    /** The breadth-first walk over (node, state). */
    private static final class Walk {
        final Story story;
        final StoryLogic logic;
        final List<String> nodes = new ArrayList<>();
        final List<int[]> states = new ArrayList<>();
        final List<int[]> next = new ArrayList<>();
        final Map<String, Map<StateKey, Integer>> index = new HashMap<>();
        final Set<String> reached = new HashSet<>();
        final ArrayDeque<Integer> queue = new ArrayDeque<>();

        Walk(Story story, StoryLogic logic) {
            this.story = story;
            this.logic = logic;
        }

        /** The pair the story is in after entering {@code nodeId} in state {@code before}. */
        int visit(String nodeId, int[] before) {
            int[] after = logic.variables().apply(before, logic.sets().getOrDefault(nodeId, List.of()));
            Map<StateKey, Integer> ofNode = index.computeIfAbsent(nodeId, k -> new HashMap<>());
            StateKey key = new StateKey(after);
            Integer known = ofNode.get(key);
            if (known != null) {
                return known;
            }
            int i = nodes.size();
            nodes.add(nodeId);
            states.add(after);
            next.add(null);
            ofNode.put(key, i);
            reached.add(nodeId);
            queue.add(i);
            return i;
        }

        void run() throws StoryLogic.Refused {
            while (!queue.isEmpty()) {
                if (nodes.size() > MAX_STATES) {
                    throw tooMany();
                }
                int i = queue.poll();
                StoryNode node = story.node(nodes.get(i)).orElseThrow();
                Map<Exit, Expr> conditions = logic.conditions().getOrDefault(node.id(), Map.of());
                int[] out = new int[Exit.values().length];
                for (Exit exit : Exit.values()) {
                    Optional<Target> target = node.exit(exit);
                    Expr condition = conditions.get(exit);
                    if (target.isEmpty() || condition != null && condition.eval(states.get(i), logic.variables()) == 0) {
                        out[exit.ordinal()] = ABSENT;
                    } else if (target.get() instanceof Target.Goto go) {
                        out[exit.ordinal()] = story.contains(go.nodeId()) ? visit(go.nodeId(), states.get(i)) : MISSING;
                    } else {
                        out[exit.ordinal()] = STOP;
                    }
                }
                next.set(i, out);
            }
        }

        private StoryLogic.Refused tooMany() {
            Variables vars = logic.variables();
            String most = "";
            int mostValues = 0;
            for (int v = 0; v < vars.list().size(); v++) {
                Set<Integer> values = new HashSet<>();
                for (int[] s : states) {
                    values.add(s[v]);
                }
                if (values.size() > mostValues) {
                    mostValues = values.size();
                    most = vars.list().get(v).name();
                }
            }
            return new StoryLogic.Refused(List.of(new StoryLogic.Problem(Optional.empty(), "The story's variables make"
                    + " more than " + MAX_STATES + " states, far more than a card holds; " + most + " takes the most"
                    + " values (" + mostValues + " so far). Give it a range in the story's variables (as '" + most
                    + " = 0 in 0..3': it then stays within it), or set it in fewer places.")));
        }
    }

    /** Partition refinement: pairs start apart by node, then split while their exits lead to different blocks. */
    private static int[] minimise(Walk walk) {
        int n = walk.nodes.size();
        int[] block = new int[n];
        Map<String, Integer> byNode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            block[i] = byNode.computeIfAbsent(walk.nodes.get(i), k -> byNode.size());
        }
        int count = byNode.size();
        while (true) {
            Map<List<Integer>, Integer> signatures = new HashMap<>();
            int[] refined = new int[n];
            for (int i = 0; i < n; i++) {
                int[] out = walk.next.get(i);
                List<Integer> signature = List.of(block[i], successor(out[0], block), successor(out[1], block),
                        successor(out[2], block));
                refined[i] = signatures.computeIfAbsent(signature, k -> signatures.size());
            }
            block = refined;
            if (signatures.size() == count) {
                return block;
            }
            count = signatures.size();
        }
    }

    private static int successor(int pair, int[] block) {
        return pair < 0 ? pair : block[pair];
    }

    private static Expansion build(Story story, Walk walk, int[] block, List<Multiplier> multipliers) {
        Map<Integer, String> cloneIds = new HashMap<>();
        Map<Integer, Integer> firstPair = new LinkedHashMap<>();
        Map<String, Integer> perNode = new HashMap<>();
        Map<String, Clone> clones = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(story.nodeMap().keySet());
        for (int i = 0; i < walk.nodes.size(); i++) {
            if (firstPair.putIfAbsent(block[i], i) != null) {
                continue;
            }
            String nodeId = walk.nodes.get(i);
            int k = perNode.merge(nodeId, 1, Integer::sum);
            String id = nodeId;
            if (k > 1) {
                int number = k;
                while (used.contains(nodeId + CLONE_MARK + number)) {
                    number++;
                }
                id = nodeId + CLONE_MARK + number;
                used.add(id);
            }
            cloneIds.put(block[i], id);
            clones.put(id, new Clone(nodeId, walk.logic.variables().show(walk.states.get(i))));
        }
        List<StoryNode> nodes = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : firstPair.entrySet()) {
            int pair = entry.getValue();
            StoryNode node = story.node(walk.nodes.get(pair)).orElseThrow();
            StoryNode clone = node.withId(cloneIds.get(entry.getKey())).withSets(List.of());
            int[] out = walk.next.get(pair);
            for (Exit exit : Exit.values()) {
                clone = clone.withOnlyIf(exit, null);
                int to = out[exit.ordinal()];
                if (to == ABSENT) {
                    clone = clone.withExit(exit, null);
                } else if (to == STOP) {
                    clone = clone.withExit(exit, Target.STOP);
                } else if (to >= 0) {
                    clone = clone.withExit(exit, Target.to(cloneIds.get(block[to])));
                }
            }
            nodes.add(clone);
        }
        Story plain = Story.of(story.info().withVariables(List.of()), nodes);
        return new Expansion(plain, Collections.unmodifiableMap(clones), walk.nodes.size(), multipliers);
    }

    /** For each variable, how many times more states the story reaches than it would if that variable were not there. */
    private static List<Multiplier> multipliers(Walk walk, Variables vars) {
        List<Multiplier> out = new ArrayList<>();
        int n = walk.nodes.size();
        for (int v = 0; v < vars.list().size(); v++) {
            Set<List<Object>> without = new HashSet<>();
            for (int i = 0; i < n; i++) {
                int[] s = Arrays.copyOf(walk.states.get(i), walk.states.get(i).length);
                s[v] = 0;
                without.add(List.of(walk.nodes.get(i), new StateKey(s)));
            }
            out.add(new Multiplier(vars.list().get(v).name(), n == 0 ? 1.0 : (double) n / without.size()));
        }
        out.sort((a, b) -> Double.compare(b.factor(), a.factor()));
        return List.copyOf(out);
    }

    /** A state as a map key. */
    private record StateKey(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
