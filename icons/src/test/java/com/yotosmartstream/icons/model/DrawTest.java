package com.yotosmartstream.icons.model;

import static com.yotosmartstream.icons.model.Art.BLUE;
import static com.yotosmartstream.icons.model.Art.GREEN;
import static com.yotosmartstream.icons.model.Art.RED;
import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.icons.model.Symmetry.Axis;
import org.junit.jupiter.api.Test;

class DrawTest {

    private static final IconImage BLANK = IconImage.blank();

    @Test
    void aLineJoinsBothEndsWithOnePixelPerColumn() {
        IconImage line = Draw.line(BLANK, 0, 0, 15, 3, RED, Symmetry.NONE);

        assertThat(line.get(0, 0)).isEqualTo(RED);
        assertThat(line.get(15, 3)).isEqualTo(RED);
        for (int x = 0; x < 16; x++) {
            int inColumn = 0;
            for (int y = 0; y < 16; y++) {
                inColumn += line.get(x, y) == RED ? 1 : 0;
            }
            assertThat(inColumn).as("column " + x).isEqualTo(1);
        }
    }

    @Test
    void aLineLeavingTheCanvasIsClippedNotWrapped() {
        IconImage line = Draw.line(BLANK, 12, 5, 20, 5, RED, Symmetry.NONE);

        assertThat(Art.draw(line).lines().toList().get(5)).isEqualTo("............RRRR");
        assertThat(line.get(0, 5)).isZero();
        assertThat(line.colourCount()).isEqualTo(2);
    }

    @Test
    void aRectangleOutlineAndAFilledRectangle() {
        IconImage outline = Draw.rectangle(BLANK, 5, 4, 1, 1, RED, false, Symmetry.NONE);
        IconImage filled = Draw.rectangle(BLANK, 1, 1, 5, 4, RED, true, Symmetry.NONE);

        assertThat(Art.draw(outline)).startsWith("""
                ................
                .RRRRR..........
                .R...R..........
                .R...R..........
                .RRRRR..........
                ................
                """);
        assertThat(Art.draw(filled)).startsWith("""
                ................
                .RRRRR..........
                .RRRRR..........
                .RRRRR..........
                .RRRRR..........
                ................
                """);
    }

    @Test
    void anEllipseInAnEightBySixBoxIsSymmetricAndItsOutlineIsHollow() {
        IconImage filled = Draw.ellipse(BLANK, 0, 0, 7, 5, GREEN, true, Symmetry.NONE);
        IconImage outline = Draw.ellipse(BLANK, 7, 5, 0, 0, GREEN, false, Symmetry.NONE);

        assertThat(Art.draw(filled)).startsWith("""
                ..GGGG..........
                .GGGGGG.........
                GGGGGGGG........
                GGGGGGGG........
                .GGGGGG.........
                ..GGGG..........
                ................
                """);
        assertThat(Art.draw(outline)).startsWith("""
                ..GGGG..........
                .G....G.........
                G......G........
                G......G........
                .G....G.........
                ..GGGG..........
                ................
                """);
    }

    @Test
    void aOnePixelEllipseIsOnePixel() {
        assertThat(Draw.ellipse(BLANK, 3, 3, 3, 3, RED, false, Symmetry.NONE))
                .isEqualTo(BLANK.with(3, 3, RED));
    }

    @Test
    void fillFromACornerStopsAtTheShapeAndReachesEveryEdgeWithoutWrapping() {
        IconImage box = Draw.rectangle(BLANK, 4, 4, 11, 11, RED, false, Symmetry.NONE);

        IconImage outside = Draw.fill(box, 0, 0, BLUE, Symmetry.NONE);

        assertThat(outside.get(15, 15)).isEqualTo(BLUE);
        assertThat(outside.get(15, 0)).isEqualTo(BLUE);
        assertThat(outside.get(0, 15)).isEqualTo(BLUE);
        assertThat(outside.get(7, 7)).as("inside the box").isZero();
        assertThat(outside.get(4, 4)).isEqualTo(RED);
    }

    @Test
    void fillOfAnAreaTouchingTheRightEdgeDoesNotLeakToTheLeftEdge() {
        // a wall in column 13: the strip right of it touches the right edge only
        IconImage wall = Draw.line(BLANK, 13, 0, 13, 15, RED, Symmetry.NONE);

        IconImage strip = Draw.fill(wall, 15, 8, BLUE, Symmetry.NONE);

        for (int y = 0; y < 16; y++) {
            assertThat(strip.get(14, y)).isEqualTo(BLUE);
            assertThat(strip.get(15, y)).isEqualTo(BLUE);
            assertThat(strip.get(0, y)).as("left edge, row " + y).isZero();
            assertThat(strip.get(12, y)).isZero();
        }
    }

    @Test
    void fillIsFourConnectedSoADiagonalLineHoldsIt() {
        IconImage diagonal = Draw.line(BLANK, 0, 15, 15, 0, RED, Symmetry.NONE);

        IconImage topLeft = Draw.fill(diagonal, 0, 0, GREEN, Symmetry.NONE);

        assertThat(topLeft.get(15, 15)).isZero();
        assertThat(topLeft.get(14, 0)).isEqualTo(GREEN);
        assertThat(topLeft.get(15, 1)).isZero();
    }

    @Test
    void fillingWithTheSameColourOrFromOutsideChangesNothing() {
        IconImage red = IconImage.filled(RED);

        assertThat(Draw.fill(red, 3, 3, RED, Symmetry.NONE)).isSameAs(red);
        assertThat(Draw.fill(red, -1, 3, BLUE, Symmetry.NONE)).isSameAs(red);
        assertThat(Draw.fill(red, 16, 16, BLUE, Symmetry.NONE)).isSameAs(red);
    }

    @Test
    void fillOfTheWholeCanvasFromTheBottomRightCorner() {
        assertThat(Draw.fill(BLANK, 15, 15, GREEN, Symmetry.NONE)).isEqualTo(IconImage.filled(GREEN));
    }

    @Test
    void leftRightMirrorOnTheEvenAxisReflectsBetweenPixels8And9() {
        Symmetry even = new Symmetry(Axis.EVEN, Axis.OFF);

        IconImage image = Draw.point(BLANK, 0, 2, RED, even);
        image = Draw.point(image, 7, 3, RED, even);

        assertThat(image.get(15, 2)).isEqualTo(RED);
        assertThat(image.get(8, 3)).isEqualTo(RED);
        assertThat(Transform.flipLeftRight(image)).as("even mirror drawing is flip-symmetric").isEqualTo(image);
    }

    @Test
    void leftRightMirrorOnTheOddAxisReflectsThroughPixel8AndLeavesItsOwnColumnSingle() {
        Symmetry odd = new Symmetry(Axis.ODD, Axis.OFF);

        IconImage image = Draw.point(BLANK, 0, 2, RED, odd);
        image = Draw.point(image, 7, 3, GREEN, odd);
        image = Draw.point(image, 15, 4, BLUE, odd);

        assertThat(image.get(14, 2)).isEqualTo(RED);
        assertThat(image.get(15, 2)).isZero();
        assertThat(image.colourCount()).isEqualTo(4);
        assertThat(Art.draw(image).lines().toList().get(3)).as("the centre pixel has no twin")
                .isEqualTo(".......G........");
        assertThat(Art.draw(image).lines().toList().get(4)).as("pixel 16 has no twin on the canvas")
                .isEqualTo("...............B");
    }

    @Test
    void bothMirrorsGiveFourImagesAndALineDrawsFourLines() {
        Symmetry both = new Symmetry(Axis.EVEN, Axis.ODD);

        IconImage image = Draw.line(BLANK, 0, 0, 3, 0, RED, both);

        assertThat(Art.draw(image)).isEqualTo("""
                RRRR........RRRR
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                ................
                RRRR........RRRR
                ................
                """);
    }

    @Test
    void fillWithMirrorFillsTheMirroredAreaToo() {
        IconImage walls = Draw.line(Draw.line(BLANK, 3, 0, 3, 15, RED, Symmetry.NONE), 12, 0, 12, 15, RED,
                Symmetry.NONE);
        // the left strip is filled by the click, the right strip by its mirror image; the middle stays
        IconImage filled = Draw.fill(walls, 0, 0, BLUE, new Symmetry(Axis.EVEN, Axis.OFF));

        assertThat(filled.get(2, 9)).isEqualTo(BLUE);
        assertThat(filled.get(13, 9)).isEqualTo(BLUE);
        assertThat(filled.get(7, 9)).isZero();
    }
}
