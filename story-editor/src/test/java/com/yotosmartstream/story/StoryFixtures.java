package com.yotosmartstream.story;

import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Stories for tests: a small hand-made one and generated large ones. */
public final class StoryFixtures {

    private StoryFixtures() {
    }

    /**
     * "The Dragon's Cave": n1 Start (left n2 Cave, right n3 Forest), n2 Cave (end n4 Treasure),
     * n3 Forest (end stop, an ending), n4 Treasure (an ending). Every node has audio, and the
     * start's question is asked again when nobody answers, so the lint finds nothing.
     */
    public static Story dragonsCave() {
        StoryNode start = node("n1", "Start", 0, 0).withNarration("You stand at a fork. Left to the cave, right to the forest.")
                .withExit(Exit.LEFT, Target.to("n2")).withExit(Exit.RIGHT, Target.to("n3"));
        StoryNode cave = node("n2", "Cave", 300, -100).withNarration("The cave is dark and warm.")
                .withExit(Exit.END, Target.to("n4"));
        StoryNode forest = node("n3", "Forest", 300, 100).withNarration("The forest is quiet. You go home.")
                .withExit(Exit.END, Target.STOP).withEnding(true);
        StoryNode treasure = node("n4", "Treasure", 600, -100).withNarration("A dragon sleeps on gold. The end.")
                .withEnding(true);
        return Story.of(new StoryInfo("5C0E3A1E-0000-4000-8000-000000000001", "The Dragon's Cave", "Ada", "A short adventure",
                "", "n1", java.util.Optional.empty(), com.yotosmartstream.story.model.Waiting.REPEAT),
                List.of(start, cave, forest, treasure));
    }

    /** The Dragon's Cave with only the Forest recorded: a story to record the rest of. */
    public static Story dragonsCaveToRecord() {
        Story story = dragonsCave();
        for (StoryNode n : story.nodes()) {
            if (!n.id().equals("n3")) {
                story = story.withNode(n.withAudio(null));
            }
        }
        return story;
    }

    public static StoryNode node(String id, String title, double x, double y) {
        return StoryNode.create(id, title, new Position(x, y)).withAudio(new AudioRef("track-" + id, title + " audio", 30));
    }

    /**
     * A story of {@code size} nodes shaped like a real branching story: each node offers up to
     * two choices leading forward, some merge back, about one in eight is an ending, laid out on
     * a grid. Deterministic for a seed.
     */
    public static Story generated(int size, long seed) {
        return generated(size, seed, 50);
    }

    /** As {@link #generated(int, long)}, laid out {@code columns} nodes to a row. */
    public static Story generated(int size, long seed, int columns) {
        Random random = new Random(seed);
        List<StoryNode> nodes = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            StoryNode node = StoryNode.create("n" + i, "Scene " + i, new Position((i - 1) % columns * 260.0, (i - 1) / columns * 140.0))
                    .withNarration("Scene " + i + " of the generated story. Something happens here, then a choice.")
                    .withAudio(new AudioRef("track-" + (i % 40), "Recording " + i, 20 + random.nextInt(200)));
            boolean ending = i > size / 2 && random.nextInt(8) == 0 || i == size;
            if (ending) {
                node = node.withEnding(true);
            } else {
                int left = Math.min(size, i + 1 + random.nextInt(3));
                int right = Math.min(size, i + 2 + random.nextInt(6));
                node = node.withExit(Exit.LEFT, Target.to("n" + left)).withExit(Exit.RIGHT, Target.to("n" + right));
                if (random.nextInt(4) == 0) {
                    node = node.withExit(Exit.END, Target.to("n" + Math.min(size, i + 1)));
                }
            }
            nodes.add(node);
        }
        return Story.of(new StoryInfo("GENERATED-" + size, "Generated story of " + size, "Test", "", "", "n1"), nodes);
    }
}
