package com.yotosmartstream.story.state;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Stories with variables for tests. */
public final class StateStories {

    private StateStories() {
    }

    /**
     * "The Camp", three booleans (apple, key, torch; all false at first):
     * <pre>
     * n1 Camp     left n2 Orchard, right n4 Cave (a question, asked again)
     * n2 Orchard  sets apple = true; left n3 Shed, right n1 Camp
     * n3 Shed     sets key = true; end n1 Camp
     * n4 Cave     left n5 Hut only if key and not torch; right n6 Deep only if torch; end n1 Camp
     * n5 Hut      sets torch = true; end n4 Cave
     * n6 Deep     left n7 Feast only if apple; right n8 Home (a question, asked again)
     * n7 Feast, n8 Home: endings
     * </pre>
     */
    public static Story camp() {
        StoryNode camp = StoryFixtures.node("n1", "Camp", 0, 0).withExit(Exit.LEFT, Target.to("n2"))
                .withExit(Exit.RIGHT, Target.to("n4"));
        StoryNode orchard = StoryFixtures.node("n2", "Orchard", 200, -100).withSets(List.of("apple = true"))
                .withExit(Exit.LEFT, Target.to("n3")).withExit(Exit.RIGHT, Target.to("n1"));
        StoryNode shed = StoryFixtures.node("n3", "Shed", 400, -100).withSets(List.of("key = true"))
                .withExit(Exit.END, Target.to("n1"));
        StoryNode cave = StoryFixtures.node("n4", "Cave", 200, 100).withExit(Exit.LEFT, Target.to("n5"))
                .withOnlyIf(Exit.LEFT, "key and not torch").withExit(Exit.RIGHT, Target.to("n6"))
                .withOnlyIf(Exit.RIGHT, "torch").withExit(Exit.END, Target.to("n1"));
        StoryNode hut = StoryFixtures.node("n5", "Hut", 400, 100).withSets(List.of("torch = true"))
                .withExit(Exit.END, Target.to("n4"));
        StoryNode deep = StoryFixtures.node("n6", "Deep", 400, 250).withExit(Exit.LEFT, Target.to("n7"))
                .withOnlyIf(Exit.LEFT, "apple").withExit(Exit.RIGHT, Target.to("n8"));
        StoryNode feast = StoryFixtures.node("n7", "Feast", 600, 200).withEnding(true);
        StoryNode home = StoryFixtures.node("n8", "Home", 600, 300).withEnding(true);
        return Story.of(new StoryInfo("CAMP", "The Camp", "", "", "", "n1", Optional.empty(), Waiting.REPEAT)
                .withVariables(List.of("apple = false", "key = false", "torch = false")),
                List.of(camp, orchard, shed, cave, hut, deep, feast, home));
    }

    /**
     * A random story with variables: {@code size} nodes, two booleans and a number kept in 0..2,
     * random sets and conditions; every node has audio. Deterministic for a seed.
     */
    public static Story random(int size, long seed) {
        Random random = new Random(seed);
        String[] conditions = {"a", "not a", "b and not a", "n >= 1", "n == 2", "a or n < 1", "not (a and b)"};
        String[] sets = {"a = true", "a = not a", "b = true", "b = false", "n = n + 1", "n = n - 1", "n = 0", "a = n > 1"};
        List<StoryNode> nodes = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            StoryNode node = StoryFixtures.node("n" + i, "Scene " + i, i * 100, 0);
            if (random.nextInt(3) == 0) {
                node = node.withSets(List.of(sets[random.nextInt(sets.length)]));
            }
            for (Exit exit : Exit.values()) {
                int r = random.nextInt(10);
                if (r < 6) {
                    node = node.withExit(exit, Target.to("n" + (1 + random.nextInt(size))));
                } else if (r == 6) {
                    node = node.withExit(exit, Target.STOP);
                }
                if (node.exit(exit).isPresent() && random.nextInt(2) == 0) {
                    node = node.withOnlyIf(exit, conditions[random.nextInt(conditions.length)]);
                }
            }
            nodes.add(node);
        }
        Waiting[] waits = {Waiting.STOP, Waiting.REPEAT};
        return Story.of(new StoryInfo("R" + seed, "Random " + seed, "", "", "", "n1", Optional.empty(),
                waits[random.nextInt(2)]).withVariables(List.of("a = false", "b = true", "n = 0 in 0..2")), nodes);
    }
}
