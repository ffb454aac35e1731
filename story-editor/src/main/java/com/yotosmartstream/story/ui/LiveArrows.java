package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Group;

/**
 * The arrows of the nodes being dragged, as shapes in the scene that follow the nodes every frame
 * (the backdrop picture leaves them out meanwhile, so it need not be painted again per frame).
 */
final class LiveArrows {

    final Group group = new Group();
    private final Map<String, EdgeView> views = new HashMap<>();

    /** Takes up the arrows out of and into these nodes. */
    void start(Collection<String> nodeIds, SpatialIndex index) {
        clear();
        for (String id : nodeIds) {
            index.outOf(id).forEach(this::add);
            index.into(id).forEach(this::add);
        }
    }

    private void add(SpatialIndex.Arrow arrow) {
        String key = ArrowPainter.key(arrow.from().id(), arrow.exit());
        if (!views.containsKey(key)) {
            EdgeView view = new EdgeView(arrow.from().id(), arrow.exit());
            view.setTargetId(arrow.hasTarget() ? arrow.targetId() : null);
            views.put(key, view);
            group.getChildren().add(view);
        }
    }

    /** Draws each arrow between its nodes where they are drawn now. */
    void route(Story story, Function<StoryNode, Point2D> position) {
        for (EdgeView view : views.values()) {
            StoryNode from = story.node(view.fromId()).orElse(null);
            if (from == null) {
                continue;
            }
            Point2D start = position.apply(from);
            StoryNode to = view.targetId() == null ? null : story.node(view.targetId()).orElse(null);
            Point2D end = to == null ? null : position.apply(to);
            view.route(ArrowShape.of(view.exit(), start.getX(), start.getY(), end == null ? Double.NaN : end.getX(),
                    end == null ? Double.NaN : end.getY()));
        }
    }

    boolean contains(String key) {
        return views.containsKey(key);
    }

    void clear() {
        views.clear();
        group.getChildren().clear();
    }
}
