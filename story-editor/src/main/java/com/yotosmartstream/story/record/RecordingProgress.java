package com.yotosmartstream.story.record;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How much of a story has its own audio, and which node to record next. */
public final class RecordingProgress {

    private RecordingProgress() {
    }

    public static int recorded(Story story) {
        return (int) story.nodes().stream().filter(n -> n.audio().isPresent()).count();
    }

    /** "12 of 30 nodes recorded". */
    public static String summary(Story story) {
        int all = story.size();
        return recorded(story) + " of " + all + (all == 1 ? " node" : " nodes") + " recorded";
    }

    /**
     * The next node without audio after {@code current} in the story's order, going round to the
     * start; the first such node when {@code current} is null or gone; empty when every node has audio.
     */
    public static Optional<String> nextWithoutAudio(Story story, String current) {
        List<StoryNode> nodes = new ArrayList<>(story.nodes());
        int at = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(current)) {
                at = i;
            }
        }
        for (int step = 1; step <= nodes.size(); step++) {
            StoryNode node = nodes.get(Math.floorMod(at + step, nodes.size()));
            if (node.audio().isEmpty() && !node.id().equals(current)) {
                return Optional.of(node.id());
            }
        }
        return Optional.empty();
    }
}
