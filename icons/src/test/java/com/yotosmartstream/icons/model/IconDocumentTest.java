package com.yotosmartstream.icons.model;

import static com.yotosmartstream.icons.model.Art.BLUE;
import static com.yotosmartstream.icons.model.Art.RED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IconDocumentTest {

    private final IconDocument document = new IconDocument();

    @Test
    void aPencilStrokeOfManyDragsIsOneUndoStep() {
        document.beginStroke(Tool.PENCIL, 0, 0, RED, Symmetry.NONE);
        document.strokeTo(5, 0);
        document.strokeTo(5, 5);
        document.endStroke();

        assertThat(document.image().get(3, 0)).as("the fast drag left no gap").isEqualTo(RED);
        assertThat(document.image().get(5, 3)).isEqualTo(RED);
        assertThat(document.undoSize()).isEqualTo(1);
        assertThat(document.undoDescription()).contains("Pencil");

        document.undo();

        assertThat(document.image().isBlank()).isTrue();
        assertThat(document.canRedo()).isTrue();
        document.redo();
        assertThat(document.image().get(5, 5)).isEqualTo(RED);
    }

    @Test
    void theCanvasShowsTheStrokeWhileItGoesOn() {
        document.beginStroke(Tool.RECTANGLE, 2, 2, RED, Symmetry.NONE);
        document.strokeTo(6, 6);

        assertThat(document.image().get(6, 6)).isEqualTo(RED);
        assertThat(document.inStroke()).isTrue();
        assertThat(document.canUndo()).isFalse();

        document.strokeTo(4, 4);

        assertThat(document.image().get(6, 6)).as("a shape follows the pointer, it does not accumulate").isZero();
        document.endStroke();
        assertThat(document.undoSize()).isEqualTo(1);
    }

    @Test
    void aStrokeThatChangesNothingAddsNoStepAndACancelledStrokeLeavesThePicture() {
        document.beginStroke(Tool.ERASER, 3, 3, RED, Symmetry.NONE);
        document.endStroke();
        assertThat(document.canUndo()).isFalse();

        document.beginStroke(Tool.PENCIL, 3, 3, RED, Symmetry.NONE);
        document.cancelStroke();
        assertThat(document.image().isBlank()).isTrue();
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void theEraserPaintsTransparency() {
        document.replace("Fill", IconImage.filled(BLUE));
        document.beginStroke(Tool.ERASER, 0, 0, RED, Symmetry.NONE);
        document.strokeTo(2, 0);
        document.endStroke();

        assertThat(document.image().get(1, 0)).isEqualTo(IconImage.TRANSPARENT);
        assertThat(document.image().get(3, 0)).isEqualTo(BLUE);
    }

    @Test
    void theMoveToolShiftsByTheDragWithWrapAround() {
        document.replace("Dot", IconImage.blank().with(15, 15, RED));
        document.beginStroke(Tool.MOVE, 4, 4, RED, Symmetry.NONE);
        document.strokeTo(6, 5);
        document.strokeTo(5, 5);
        document.endStroke();

        assertThat(document.image().get(0, 0)).isEqualTo(RED);
        assertThat(document.undoSize()).isEqualTo(2);
    }

    @Test
    void aNewStepAfterUndoDropsTheRedoHistory() {
        document.apply("Dot", image -> image.with(1, 1, RED));
        document.undo();
        document.apply("Other dot", image -> image.with(2, 2, BLUE));

        assertThat(document.canRedo()).isFalse();
        assertThat(document.undoSize()).isEqualTo(1);
    }

    @Test
    void theUnsavedMarkerFollowsTheHistoryBackToTheSavedPicture() {
        AtomicInteger changes = new AtomicInteger();
        document.addListener(changes::incrementAndGet);
        assertThat(document.isDirty()).isFalse();

        document.apply("Dot", image -> image.with(1, 1, RED));
        assertThat(document.isDirty()).isTrue();
        document.markSaved();
        assertThat(document.isDirty()).isFalse();
        document.apply("Dot", image -> image.with(2, 2, RED));
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).as("back at the saved picture").isFalse();
        document.undo();
        assertThat(document.isDirty()).isTrue();
        document.redo();
        assertThat(document.isDirty()).isFalse();
        assertThat(changes.get()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void loadingAnIconStartsAFreshHistory() {
        document.apply("Dot", image -> image.with(1, 1, RED));

        document.load(IconImage.filled(BLUE));

        assertThat(document.canUndo()).isFalse();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.image()).isEqualTo(IconImage.filled(BLUE));
    }

    @Test
    void theHistoryKeepsTheLatestSteps() {
        for (int i = 0; i < IconDocument.HISTORY + 20; i++) {
            int colour = 0xff000000 | i;
            document.apply("Dot " + i, image -> image.with(0, 0, colour));
        }
        assertThat(document.undoSize()).isEqualTo(IconDocument.HISTORY);
        while (document.undo()) {
            // back to the oldest kept step
        }
        assertThat(document.image().get(0, 0)).isEqualTo(0xff000000 | 19);
    }

    @Test
    void transparentPixelsAreOneValueWhateverTheirColourBits() {
        IconImage image = IconImage.blank().with(0, 0, 0x00ff0000);

        assertThat(image).isEqualTo(IconImage.blank());
        assertThat(IconImage.of(new int[256]).isBlank()).isTrue();
    }
}
