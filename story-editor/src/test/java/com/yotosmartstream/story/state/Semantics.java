package com.yotosmartstream.story.state;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two sides of the exhaustive check. {@link #interpret} runs a story directly with Twine's
 * semantics (variables in a map, a node's sets on entering, a link inside a false condition not
 * there: its button does nothing; a question nobody answers does what its waiting says, asking
 * again without entering anew); {@link #walk} plays the compiled card's chapters by their
 * {@code goto}/{@code stop} actions alone. Both give the nodes passed through, then "stopped".
 */
final class Semantics {

    enum Press { LEFT, RIGHT, END }

    private Semantics() {
    }

    static List<String> interpret(Story story, List<Press> presses) throws Exception {
        return interpret(story, StoryLogic.read(story), presses);
    }

    static List<String> interpret(Story story, StoryLogic logic, List<Press> presses) {
        Variables vars = logic.variables();
        StoryNode node = story.start().orElseThrow();
        int[] state = vars.apply(vars.initial(), logic.sets().getOrDefault(node.id(), List.of()));
        List<String> trail = new ArrayList<>(List.of(node.id()));
        for (Press press : presses) {
            Exit exit = Exit.values()[press.ordinal()];
            Optional<Target> target = present(logic, node, exit, state);
            if (target.isEmpty() && press != Press.END) {
                continue; // the button does nothing: the link is not shown
            }
            if (target.isEmpty()) {
                boolean asks = present(logic, node, Exit.LEFT, state).isPresent()
                        || present(logic, node, Exit.RIGHT, state).isPresent();
                Waiting waiting = asks ? node.waiting(story.info().waiting()) : Waiting.STOP;
                if (waiting.mode() == Waiting.Mode.REPEAT) {
                    trail.add(node.id());
                    continue;
                }
                target = Optional.of(Target.STOP);
            }
            if (target.get() instanceof Target.Goto go) {
                node = story.node(go.nodeId()).orElseThrow();
                state = vars.apply(state, logic.sets().getOrDefault(node.id(), List.of()));
                trail.add(node.id());
            } else {
                trail.add("stopped");
                break;
            }
        }
        return trail;
    }

    private static Optional<Target> present(StoryLogic logic, StoryNode node, Exit exit, int[] state) {
        Expr condition = logic.conditions().getOrDefault(node.id(), Map.of()).get(exit);
        if (condition != null && condition.eval(Arrays.copyOf(state, state.length), logic.variables()) == 0) {
            return Optional.empty();
        }
        return node.exit(exit);
    }

    static List<String> walk(CompileResult.Compiled compiled, List<Press> presses) {
        Card card = compiled.card();
        Map<String, Track> tracks = card.chapters().stream().collect(Collectors.toMap(Chapter::key,
                c -> c.tracks().get(0)));
        String key = "01";
        List<String> trail = new ArrayList<>(List.of(compiled.nodeFor(key).orElseThrow()));
        for (Press press : presses) {
            Track.Event event = switch (press) {
                case LEFT -> Track.Event.LEFT_BUTTON;
                case RIGHT -> Track.Event.RIGHT_BUTTON;
                case END -> Track.Event.END;
            };
            Optional<CardAction> action = tracks.get(key).action(event);
            if (action.isEmpty()) {
                continue;
            }
            if (action.get() instanceof CardAction.Goto go) {
                if (!tracks.containsKey(go.chapterKey())) {
                    throw new AssertionError("goto to a missing chapter " + go.chapterKey());
                }
                key = go.chapterKey();
                trail.add(compiled.nodeFor(key).orElseThrow());
            } else {
                trail.add("stopped");
                break;
            }
        }
        return trail;
    }

    /** Every sequence of presses of exactly {@code depth}. */
    static List<List<Press>> sequences(int depth) {
        List<List<Press>> all = new ArrayList<>(List.of(List.of()));
        for (int d = 0; d < depth; d++) {
            List<List<Press>> longer = new ArrayList<>();
            for (List<Press> s : all) {
                for (Press p : Press.values()) {
                    List<Press> n = new ArrayList<>(s);
                    n.add(p);
                    longer.add(n);
                }
            }
            all = longer;
        }
        return all;
    }
}
