package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * What the canvas paints behind the cards, as one picture ({@link ViewLayer}): the paper and the
 * grid, and on them the arrows (zoomed in) or the overview's boxes and lines (zoomed out).
 */
final class Backdrop implements ViewLayer.Painter {

    /** The story as the canvas shows it now. */
    interface Source {
        Story story();

        SpatialIndex index();

        /** Zoomed in (arrows) or out (overview). */
        boolean detailed();

        /** Nodes being dragged: their arrows move with them and are left out of the picture. */
        Set<String> moving();

        /** Where a node is drawn. */
        Point2D position(StoryNode node);

        /** How the overview marks a node. */
        OverviewPainter.Mark mark(StoryNode node);
    }

    private final Source source;
    private final Supplier<Paint> paper;
    private final DoubleSupplier gridSize;
    private final GridPainter grid = new GridPainter();
    private final Set<String> paintedArrows = new HashSet<>();
    private int overviewBoxes;

    Backdrop(Source source, Supplier<Paint> paper, DoubleSupplier gridSize) {
        this.source = source;
        this.paper = paper;
        this.gridSize = gridSize;
    }

    @Override
    public void paint(GraphicsContext g, double width, double height, double scale, double originX, double originY) {
        grid.paint(g, width, height, scale, originX, originY, gridSize.getAsDouble(), paper.get());
        paintedArrows.clear();
        overviewBoxes = 0;
        Story story = source.story();
        if (!source.detailed()) {
            Function<StoryNode, Point2D> position = source::position;
            overviewBoxes = OverviewPainter.paint(g, width, height, scale, originX, originY, story, source.index(),
                    !source.moving().isEmpty(), position, source::mark);
        } else {
            g.save();
            g.setTransform(scale, 0, 0, scale, originX, originY);
            ArrowPainter.paint(g, source.index(), -originX / scale, -originY / scale, width / scale, height / scale,
                    source.moving(), paintedArrows);
            g.restore();
        }
    }

    /** Whether the last picture has this arrow ("fromId/exit"). */
    boolean hasArrow(String key) {
        return paintedArrows.contains(key);
    }

    /** How many nodes the last overview picture showed (0 when it showed arrows). */
    int overviewBoxes() {
        return overviewBoxes;
    }
}
