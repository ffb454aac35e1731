package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.edit.StoryEdit;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.List;

/** Fixes the Twine import offers. */
public final class TwineFixes {

    private TwineFixes() {
    }

    /**
     * What {@link #menuNodes} would do, said before it runs: how many nodes it adds and whether
     * the story then has more than a card holds.
     */
    public record MenuPreview(int added, int nodesAfter, int limit) {

        public boolean exceedsCard() {
            return nodesAfter > limit;
        }

        /** The fix's button label. */
        public String label() {
            return "Add " + added + " 'more choices' node" + (added == 1 ? "" : "s") + (exceedsCard() ? " anyway" : "");
        }

        public String message() {
            return "The fix adds " + added + " 'more choices' node" + (added == 1 ? "" : "s") + ": the story would have "
                    + nodesAfter + " nodes" + (exceedsCard() ? ", more than the " + limit + " a card holds, so it could "
                    + "not become a card until some are merged or the story is split." : " (a card holds " + limit + ").");
        }
    }

    /** How many nodes {@link #menuNodes} adds for these overflows, without making them. */
    public static MenuPreview preview(Story story, List<ImportResult.Overflow> overflows, int limit) {
        int added = 0;
        for (ImportResult.Overflow overflow : overflows) {
            StoryNode node = story.node(overflow.nodeId()).orElse(null);
            if (node == null) {
                continue;
            }
            int rest = overflow.extra().size() + (node.exit(Exit.END).isPresent() ? 1 : 0);
            while (rest > 0) {
                added++;
                rest -= rest == 3 ? 3 : Math.min(rest, 2);
            }
        }
        return new MenuPreview(added, story.size() + added, limit);
    }

    /**
     * Connects the links a node could not hold: the node's end of track leads (instead) to a new
     * "more choices" node offering its old end-of-track link and the extra ones on its left and
     * right buttons, chaining further "more choices" nodes while links remain. Nothing is lost:
     * every link of the passage is an exit afterwards. One undoable edit for all overflows.
     */
    public static StoryEdit menuNodes(Story story, List<ImportResult.Overflow> overflows) {
        StoryEdit.Builder edit = StoryEdit.on(story, "Add 'more choices' nodes");
        long next = story.highestNodeNumber();
        for (ImportResult.Overflow overflow : overflows) {
            StoryNode node = edit.current(overflow.nodeId()).orElse(null);
            if (node == null) {
                continue;
            }
            List<Target> rest = new ArrayList<>();
            node.exit(Exit.END).ifPresent(rest::add);
            rest.addAll(overflow.extra());
            StoryNode previous = node;
            Position place = node.position();
            int part = 1;
            while (!rest.isEmpty()) {
                String id = "n" + ++next;
                place = place.plus(0, 130);
                StoryNode menu = StoryNode.create(id, node.title() + " (more choices" + (part > 1 ? " " + part : "") + ")",
                        place);
                edit.put(previous.withExit(Exit.END, Target.to(id)));
                menu = menu.withExit(Exit.LEFT, rest.remove(0));
                if (!rest.isEmpty()) {
                    menu = menu.withExit(Exit.RIGHT, rest.remove(0));
                }
                if (rest.size() == 1) {
                    menu = menu.withExit(Exit.END, rest.remove(0));
                }
                menu = menu.withNarration(rest.isEmpty() ? "More choices: press left or right."
                        : "More choices: press left or right, or wait for more.");
                edit.put(menu);
                previous = menu;
                part++;
            }
        }
        return edit.build();
    }
}
