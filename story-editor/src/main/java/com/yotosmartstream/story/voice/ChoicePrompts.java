package com.yotosmartstream.story.voice;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spoken choice prompts said after a node's narration: "Press the left button to climb the
 * tower. Press the right button to go home." Each from the exit's label (a Twine link's words), or
 * else the title of the node it leads to; a button that stops says "to stop". Only the two buttons
 * are prompted: the end of the track is not a choice.
 */
public final class ChoicePrompts {

    private ChoicePrompts() {
    }

    /** The prompts for the node's buttons; empty when it has none. */
    public static String of(Story story, StoryNode node) {
        List<String> sentences = new ArrayList<>();
        for (Exit exit : List.of(Exit.LEFT, Exit.RIGHT)) {
            node.exit(exit).ifPresent(target -> sentences.add("Press the " + exit.id() + " button to "
                    + words(node.label(exit).orElseGet(() -> targetTitle(story, target))) + "."));
        }
        return String.join(" ", sentences);
    }

    private static String targetTitle(Story story, Target target) {
        if (target instanceof Target.Goto go) {
            return story.node(go.nodeId()).map(StoryNode::title).filter(t -> !t.isBlank()).orElse("go on");
        }
        return "stop";
    }

    /** "Climb the tower!" as "climb the tower": markup dropped, the end's punctuation too, a capital lowered unless a word is all capitals. */
    static String words(String label) {
        String text = SpokenText.of(label).replaceAll("\\s+", " ").replaceAll("[\\s.!?;:,]+$", "");
        if (text.isEmpty()) {
            return "go on";
        }
        String first = text.split(" ", 2)[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
        return acronym || first.equals("I") ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
