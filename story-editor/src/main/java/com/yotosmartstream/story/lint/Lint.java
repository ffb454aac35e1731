package com.yotosmartstream.story.lint;

import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.edit.StoryEdit;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import com.yotosmartstream.story.state.StoryLogic;
import com.yotosmartstream.story.voice.SpokenText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a story for what would go wrong on a player or puzzle a child: missing start, exits to
 * nodes that do not exist, nodes without audio, too many nodes for a card, tracks too long, loops
 * that never end, dead ends not marked as endings, endings that lead on, questions that stop when
 * nobody answers, and nodes nothing leads to. Linear in the size
 * of the story, so it runs on every edit.
 */
public final class Lint {

    /** Most tracks a make-your-own card holds (community-reported limit). */
    public static final int MYO_CARD_NODES = 100;
    /** Longest track a card takes, in seconds (community-reported limit). */
    public static final double MAX_TRACK_SECONDS = 60 * 60;

    private final int maxNodes;
    private final double maxTrackSeconds;

    public Lint() {
        this(MYO_CARD_NODES, MAX_TRACK_SECONDS);
    }

    public Lint(int maxNodes, double maxTrackSeconds) {
        this.maxNodes = maxNodes;
        this.maxTrackSeconds = maxTrackSeconds;
    }

    /** Most tracks a card may have. */
    public int maxNodes() {
        return maxNodes;
    }

    public List<LintIssue> check(Story story) {
        List<LintIssue> issues = new ArrayList<>();
        if (story.size() == 0) {
            issues.add(new LintIssue(Rule.EMPTY_STORY, "The story has no nodes yet. Add one to start.", List.of(),
                    Optional.empty()));
            return issues;
        }
        if (story.start().isEmpty()) {
            StoryNode first = story.nodes().iterator().next();
            issues.add(new LintIssue(Rule.NO_START, story.info().startId().isEmpty()
                    ? "The story has no start node. Choose where it begins."
                    : "The start node " + story.info().startId() + " does not exist. Choose where the story begins.",
                    List.of(), Optional.of(new Fix("Start at " + name(first), s -> Edits.setStart(s, first.id())))));
        }
        long pauses = story.nodes().stream().filter(n -> n.asksQuestion()
                && n.waiting(story.info().waiting()).mode() == Waiting.Mode.PAUSE).count();
        if (story.size() + pauses > maxNodes) {
            issues.add(new LintIssue(Rule.TOO_MANY_NODES, "The story has " + story.size() + " nodes"
                    + (pauses > 0 ? " and " + pauses + " quiet pauses" : "") + "; a card holds at most " + maxNodes
                    + ". Split it into two stories or merge nodes" + (pauses > 0 ? ", or ask again without a pause" : "")
                    + ".", List.of(), Optional.empty()));
        }
        for (StoryNode node : story.nodes()) {
            checkNode(story, node, issues);
        }
        if (StoryLogic.uses(story)) {
            try {
                StoryLogic.read(story);
            } catch (StoryLogic.Refused e) {
                e.problems().forEach(p -> issues.add(new LintIssue(Rule.VARIABLES, p.message(), p.nodeId().stream().toList(),
                        Optional.empty())));
            }
        }
        story.start().ifPresent(start -> checkGraph(story, start, issues));
        issues.sort(Comparator.comparing(LintIssue::severity));
        return issues;
    }

    private void checkNode(Story story, StoryNode node, List<LintIssue> issues) {
        for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
            if (exit.getValue() instanceof Target.Goto go && !story.contains(go.nodeId())) {
                Exit which = exit.getKey();
                issues.add(new LintIssue(Rule.MISSING_TARGET, name(node) + ": the " + lower(which.label())
                        + " goes to \"" + go.nodeId() + "\", which does not exist. Connect it to a node, or remove it.",
                        List.of(node.id()), Optional.of(new Fix("Remove the " + lower(which.label()),
                                s -> Edits.disconnect(s, node.id(), which)))));
            }
        }
        if (node.audio().isEmpty() && SpokenText.of(node.narration()).isBlank() && SpokenText.of(node.title()).isBlank()) {
            issues.add(new LintIssue(Rule.NO_AUDIO, name(node) + " has no audio yet and no text to speak. Write its"
                    + " narration, or pick a Library track for it.", List.of(node.id()), Optional.empty()));
        } else if (node.audio().isEmpty()) {
            issues.add(new LintIssue(Rule.SPOKEN, name(node) + " has no recorded audio: the computer's voice speaks its"
                    + " text in the playtest and on the card. Pick a Library track to use a recording instead.",
                    List.of(node.id()), Optional.empty()));
        } else if (node.audio().get().seconds() > maxTrackSeconds) {
            issues.add(new LintIssue(Rule.TRACK_TOO_LONG, name(node) + " plays " + minutes(node.audio().get().seconds())
                    + "; a card track may be at most " + minutes(maxTrackSeconds) + ". Split the recording.",
                    List.of(node.id()), Optional.empty()));
        }
        boolean leadsOn = node.exits().values().stream().anyMatch(t -> t instanceof Target.Goto);
        if (node.asksQuestion() && node.waiting(story.info().waiting()).mode() == Waiting.Mode.STOP) {
            issues.add(new LintIssue(Rule.QUESTION_STOPS, name(node) + " asks a question, but if nobody presses a button"
                    + " before its track ends the story stops. Let it ask again (the story's or this node's \"When "
                    + "nobody answers\"), or give its end of track an exit.", List.of(node.id()),
                    Optional.of(new Fix("Ask the question again", s -> Edits.setNodeWaiting(s, List.of(node.id()),
                            Waiting.REPEAT)))));
        }
        if (node.isEnding() && leadsOn) {
            issues.add(new LintIssue(Rule.ENDING_WITH_EXITS, name(node) + " is marked as an ending but still leads on."
                    + " Remove its exits, or unmark it as an ending.", List.of(node.id()),
                    Optional.of(new Fix("Unmark as an ending", s -> Edits.setEnding(s, List.of(node.id()), false)))));
        }
        if (!leadsOn && !node.isEnding()) {
            issues.add(new LintIssue(Rule.DEAD_END, name(node) + " leads nowhere: the story stops there. Mark it as an "
                    + "ending, or give it an exit.", List.of(node.id()),
                    Optional.of(new Fix("Mark as an ending", s -> Edits.setEnding(s, List.of(node.id()), true)))));
        }
    }

    private void checkGraph(Story story, StoryNode start, List<LintIssue> issues) {
        Set<String> reachable = reachableFrom(story, start.id());
        for (StoryNode node : story.nodes()) {
            if (!reachable.contains(node.id())) {
                issues.add(new LintIssue(Rule.UNREACHABLE, name(node) + " cannot be reached from the start "
                        + name(start) + ". Connect an exit to it, or delete it.", List.of(node.id()),
                        Optional.of(new Fix("Delete " + name(node), s -> deleteIfPresent(s, node.id())))));
            }
        }
        Set<String> canFinish = canFinish(story);
        Set<String> trapped = new HashSet<>(reachable);
        trapped.removeAll(canFinish);
        for (List<String> loop : loops(story, trapped)) {
            List<String> names = loop.stream().limit(4).map(id -> name(story.node(id).orElseThrow())).toList();
            issues.add(new LintIssue(Rule.LOOP_WITHOUT_EXIT, "A loop with no way out: " + String.join(", ", names)
                    + (loop.size() > 4 ? " and " + (loop.size() - 4) + " more" : "")
                    + " only lead to each other, so the card never ends. Give one of them an exit to an ending, "
                    + "or let its track end stop the story.", loop, Optional.empty()));
        }
    }

    private static StoryEdit deleteIfPresent(Story story, String id) {
        return Edits.deleteNodes(story, story.contains(id) ? List.of(id) : List.of());
    }

    /** Nodes reachable from {@code startId} through exits to existing nodes. */
    public static Set<String> reachableFrom(Story story, String startId) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (story.contains(startId)) {
            seen.add(startId);
            queue.add(startId);
        }
        while (!queue.isEmpty()) {
            StoryNode node = story.node(queue.poll()).orElseThrow();
            for (String next : node.targetIds()) {
                if (story.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * Nodes from which the story can stop: a node stops when an exit is "stop", when it has no
     * end-of-track exit (the card stops when its track ends), or when it is an ending; and a node
     * can stop when any exit leads to one that can.
     */
    static Set<String> canFinish(Story story) {
        Map<String, List<String>> incoming = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> finish = new HashSet<>();
        for (StoryNode node : story.nodes()) {
            boolean stops = node.isEnding() || node.exit(Exit.END).isEmpty()
                    || node.exits().values().stream().anyMatch(t -> t instanceof Target.Stop);
            if (stops && finish.add(node.id())) {
                queue.add(node.id());
            }
            for (String target : node.targetIds()) {
                incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(node.id());
            }
        }
        while (!queue.isEmpty()) {
            for (String from : incoming.getOrDefault(queue.poll(), List.of())) {
                if (finish.add(from)) {
                    queue.add(from);
                }
            }
        }
        return finish;
    }

    /** The strongly connected groups within {@code among} that hold a cycle (Tarjan, iterative). */
    static List<List<String>> loops(Story story, Set<String> among) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> result = new ArrayList<>();
        int counter = 0;
        for (StoryNode root : story.nodes()) {
            if (!among.contains(root.id()) || index.containsKey(root.id())) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root.id(), 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String id = (String) frame[0];
                int next = (int) frame[1];
                if (next == 0 && !index.containsKey(id)) {
                    index.put(id, counter);
                    low.put(id, counter);
                    counter++;
                    stack.push(id);
                    onStack.add(id);
                }
                List<String> targets = story.node(id).orElseThrow().targetIds();
                if (next < targets.size()) {
                    frame[1] = next + 1;
                    String target = targets.get(next);
                    if (!among.contains(target)) {
                        continue;
                    }
                    if (!index.containsKey(target)) {
                        work.push(new Object[] {target, 0});
                    } else if (onStack.contains(target)) {
                        low.put(id, Math.min(low.get(id), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(id)));
                }
                if (low.get(id).equals(index.get(id))) {
                    List<String> group = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        group.add(member);
                    } while (!member.equals(id));
                    boolean cycle = group.size() > 1 || story.node(id).orElseThrow().targetIds().contains(id);
                    if (cycle) {
                        group.sort(com.yotosmartstream.story.model.NodeIds.ORDER);
                        result.add(group);
                    }
                }
            }
        }
        return result;
    }

    /** A node as messages name it: its title in quotes, or its id when it has none. */
    public static String name(StoryNode node) {
        return node.title().isBlank() ? "node " + node.id() : "'" + node.title() + "'";
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }

    private static String minutes(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 60 ? whole / 60 + " min" + (whole % 60 == 0 ? "" : " " + whole % 60 + " s") : whole + " s";
    }
}
