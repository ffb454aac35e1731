package com.yotosmartstream.icons.model;

import static com.yotosmartstream.icons.model.Art.BLUE;
import static com.yotosmartstream.icons.model.Art.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.icons.model.IconAnimation.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

class IconAnimationTest {

    private static final IconImage A = IconImage.filled(RED);
    private static final IconImage B = IconImage.filled(BLUE);

    @Test
    void framesAreInsertedMovedAndRemovedWithoutChangingTheOriginal() {
        IconAnimation still = IconAnimation.still(A);

        IconAnimation two = still.insert(1, new Frame(B, 500));
        IconAnimation swapped = two.move(1, 0);

        assertThat(still.size()).isEqualTo(1);
        assertThat(still.isAnimated()).isFalse();
        assertThat(two.isAnimated()).isTrue();
        assertThat(swapped.first()).isEqualTo(B);
        assertThat(swapped.frame(0).durationMs()).isEqualTo(500);
        assertThat(swapped.remove(0)).isEqualTo(still);
        assertThat(two.totalDurationMs()).isEqualTo(IconAnimation.DEFAULT_DURATION_MS + 500);
    }

    @Test
    void durationsAreHundredthsOfASecondWithinLimits() {
        assertThat(new Frame(A, 123).durationMs()).isEqualTo(120);
        assertThat(new Frame(A, 1).durationMs()).isEqualTo(IconAnimation.MIN_DURATION_MS);
        assertThat(new Frame(A, 99_999).durationMs()).isEqualTo(IconAnimation.MAX_DURATION_MS);
        assertThat(IconAnimation.still(A).withDuration(0, 340).frame(0).durationMs()).isEqualTo(340);
    }

    @Test
    void anIconHasOneToSixtyFourFrames() {
        assertThatThrownBy(() -> IconAnimation.still(A).remove(0)).isInstanceOf(IllegalArgumentException.class);
        List<Frame> many = java.util.Collections.nCopies(IconAnimation.MAX_FRAMES + 1, new Frame(A, 100));
        assertThatThrownBy(() -> IconAnimation.of(many)).hasMessageContaining("at most 64");
    }

    @Test
    void aStrokeOnTheSecondFrameIsUndoneOnThatFrameEvenWhenAnotherIsShown() {
        IconDocument document = new IconDocument();
        document.changeFrames("Add frame", a -> a.insert(1, new Frame(IconImage.blank(), 100)), 1);
        document.beginStroke(Tool.PENCIL, 3, 3, RED, Symmetry.NONE);
        document.endStroke();
        document.selectFrame(0);

        assertThat(document.animation().image(1).get(3, 3)).isEqualTo(RED);
        assertThat(document.image().isBlank()).isTrue();

        document.undo();

        assertThat(document.frame()).as("undo shows the frame it changed").isEqualTo(1);
        assertThat(document.image().isBlank()).isTrue();
        document.undo();
        assertThat(document.animation().size()).isEqualTo(1);
        assertThat(document.frame()).isZero();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void selectingAFrameIsNotAnUndoStepAndCommandsWorkOnTheShownFrame() {
        IconDocument document = new IconDocument();
        document.load(IconAnimation.of(List.of(new Frame(A, 100), new Frame(B, 100))));

        document.selectFrame(1);
        document.apply("Clear", image -> IconImage.blank());

        assertThat(document.undoSize()).isEqualTo(1);
        assertThat(document.animation().image(0)).isEqualTo(A);
        assertThat(document.animation().image(1).isBlank()).isTrue();
    }
}
