package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {

    private static StoryNode node(String id, double x, double y) {
        return StoryNode.create(id, id, new Position(x, y));
    }

    /** a -> b nearby, a -> far (a long arrow across many cells), c alone far below, c -> missing. */
    private static final Story STORY = Story.of(new StoryInfo("S", "S", "", "", "", "a"), List.of(
            node("a", 0, 0).withExit(Exit.LEFT, Target.to("b")).withExit(Exit.RIGHT, Target.to("far")),
            node("b", 300, 0), node("far", 9000, 0),
            node("c", 0, 5000).withExit(Exit.END, Target.to("gone"))));

    private static List<String> arrowsMeeting(double x, double y, double w, double h) {
        List<String> found = new ArrayList<>();
        new SpatialIndex(STORY).arrowsMeeting(x, y, w, h, a -> found.add(a.from().id() + "/" + a.exit().id()));
        return found;
    }

    @Test
    void anArrowIsFoundWhereItsCurveRunsEvenFarFromBothEnds() {
        assertThat(arrowsMeeting(4000, -50, 200, 200)).containsExactly("a/right");
    }

    @Test
    void eachArrowMeetingTheViewIsFoundOnce() {
        assertThat(arrowsMeeting(-100, -100, 1200, 400)).containsExactlyInAnyOrder("a/left", "a/right");
    }

    @Test
    void nothingIsFoundWhereNoArrowRuns() {
        assertThat(arrowsMeeting(0, 2000, 500, 500)).isEmpty();
    }

    @Test
    void anExitToAMissingNodeIsAShortStubBesideItsPort() {
        SpatialIndex index = new SpatialIndex(STORY);
        List<SpatialIndex.Arrow> found = new ArrayList<>();
        index.arrowsMeeting(0, 4900, 400, 300, found::add);

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.hasTarget()).isFalse();
            assertThat(a.shape().endX()).isEqualTo(NodeView.WIDTH + 48);
        });
        assertThat(index.into("b")).extracting(a -> a.from().id()).containsExactly("a");
        assertThat(index.outOf("a")).hasSize(2);
    }

    @Test
    void atTenThousandNodesTheIndexAnswersWhetherACardMeetsARectangleAsALookAtEveryNodeWould() {
        Story story = com.yotosmartstream.story.StoryFixtures.generated(10_000, 7, 100);
        SpatialIndex index = new SpatialIndex(story);
        java.util.Random random = new java.util.Random(3);

        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble() * 27_000 - 500;
            double y = random.nextDouble() * 14_500 - 500;
            double w = random.nextInt(4) == 0 ? random.nextDouble() * 30 : random.nextDouble() * 3_000;
            double h = random.nextDouble() * 300;
            boolean expected = story.nodes().stream().anyMatch(n -> new javafx.geometry.BoundingBox(x, y, w, h)
                    .intersects(n.position().x(), n.position().y(), NodeView.WIDTH, NodeView.HEIGHT));
            assertThat(index.anyNodeMeets(x, y, w, h, NodeView.WIDTH, NodeView.HEIGHT)).as("%s,%s %sx%s", x, y, w, h)
                    .isEqualTo(expected);
        }
    }
}
