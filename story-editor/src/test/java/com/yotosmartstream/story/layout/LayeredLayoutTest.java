package com.yotosmartstream.story.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private final LayeredLayout layout = new LayeredLayout(200, 96, 90, 36);

    @Test
    void theStartIsInTheFirstColumnAndEachStepGoesOneColumnRight() {
        Map<String, Position> places = layout.layout(StoryFixtures.dragonsCave());

        assertThat(places.get("n1").x()).isZero();
        assertThat(places.get("n2").x()).isEqualTo(290);
        assertThat(places.get("n3").x()).isEqualTo(290);
        assertThat(places.get("n4").x()).isEqualTo(580);
    }

    @Test
    void noTwoNodesOverlapEvenInALargeStory() {
        Story story = StoryFixtures.generated(2000, 3)
                .withNode(StoryFixtures.node("n2001", "Island", 0, 0).withEnding(true));

        Map<String, Position> places = layout.layout(story);

        assertThat(places).hasSize(2001);
        List<Position> sorted = new ArrayList<>(places.values());
        sorted.sort((a, b) -> a.x() != b.x() ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()));
        for (int i = 1; i < sorted.size(); i++) {
            Position a = sorted.get(i - 1);
            Position b = sorted.get(i);
            if (a.x() == b.x()) {
                assertThat(b.y() - a.y()).isGreaterThanOrEqualTo(96 + 36);
            }
        }
    }

    @Test
    void nodesTheStartDoesNotReachAreLaidOutBelow() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(StoryFixtures.node("n5", "Lost", 0, 0).withEnding(true));

        Map<String, Position> places = layout.layout(story);

        double lowest = places.entrySet().stream().filter(e -> !e.getKey().equals("n5"))
                .mapToDouble(e -> e.getValue().y()).max().orElseThrow();
        assertThat(places.get("n5").y()).isGreaterThan(lowest);
    }

    @Test
    void aChildIsPlacedNearItsParentsRow() {
        Map<String, Position> places = layout.layout(StoryFixtures.dragonsCave());

        assertThat(places.get("n4").y()).isEqualTo(places.get("n2").y());
    }
}
