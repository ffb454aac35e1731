package com.yotosmartstream.icons.model;

import static com.yotosmartstream.icons.model.Art.BLUE;
import static com.yotosmartstream.icons.model.Art.GREEN;
import static com.yotosmartstream.icons.model.Art.RED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransformTest {

    /** Red top-left corner, green at (1, 0), blue at (0, 1). */
    private static final IconImage CORNER = IconImage.blank().with(0, 0, RED).with(1, 0, GREEN).with(0, 1, BLUE);

    @Test
    void flipsMirrorTheWholePicture() {
        IconImage leftRight = Transform.flipLeftRight(CORNER);
        IconImage topBottom = Transform.flipTopBottom(CORNER);

        assertThat(leftRight.get(15, 0)).isEqualTo(RED);
        assertThat(leftRight.get(14, 0)).isEqualTo(GREEN);
        assertThat(leftRight.get(15, 1)).isEqualTo(BLUE);
        assertThat(topBottom.get(0, 15)).isEqualTo(RED);
        assertThat(topBottom.get(1, 15)).isEqualTo(GREEN);
        assertThat(topBottom.get(0, 14)).isEqualTo(BLUE);
        assertThat(Transform.flipLeftRight(leftRight)).isEqualTo(CORNER);
    }

    @Test
    void aClockwiseQuarterTurnTakesTheTopRowToTheRightColumn() {
        IconImage turned = Transform.rotateClockwise(CORNER);

        assertThat(turned.get(15, 0)).isEqualTo(RED);
        assertThat(turned.get(15, 1)).isEqualTo(GREEN);
        assertThat(turned.get(14, 0)).isEqualTo(BLUE);
        assertThat(Transform.rotateAnticlockwise(turned)).isEqualTo(CORNER);
        IconImage fourTurns = CORNER;
        for (int i = 0; i < 4; i++) {
            fourTurns = Transform.rotateClockwise(fourTurns);
        }
        assertThat(fourTurns).isEqualTo(CORNER);
    }

    @Test
    void shiftingWrapsRoundEveryEdge() {
        IconImage left = Transform.shift(CORNER, -1, 0);
        IconImage up = Transform.shift(CORNER, 0, -1);
        IconImage far = Transform.shift(CORNER, 33, -17);

        assertThat(left.get(15, 0)).isEqualTo(RED);
        assertThat(left.get(0, 0)).isEqualTo(GREEN);
        assertThat(up.get(0, 15)).isEqualTo(RED);
        assertThat(up.get(0, 0)).isEqualTo(BLUE);
        assertThat(far).isEqualTo(Transform.shift(CORNER, 1, -1));
        assertThat(Transform.shift(CORNER, 16, 16)).isSameAs(CORNER);
    }
}
