package com.yotosmartstream.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one undo history: its bound, its saved marker, merging. Steps here are texts ("type a"). */
class HistoryTest {

    private final History<String> history = new History<>(3, step -> "Step " + step);

    private static Optional<String> key(String key) {
        return Optional.of(key);
    }

    private void typed(String text) {
        history.record(text, key("title"), (first, next) -> first + next);
    }

    @Test
    void undoAndRedoHandBackTheStepsInOrderAndANewStepClearsRedo() {
        history.record("a");
        history.record("b");

        assertThat(history.undoDescription()).contains("Step b");
        assertThat(history.undo()).contains("b");
        assertThat(history.redoDescription()).contains("Step b");
        assertThat(history.undo()).contains("a");
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).contains("a");
        history.record("c");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isEmpty();
        assertThat(history.undo()).contains("c");
    }

    @Test
    void theBoundForgetsTheOldestSteps() {
        for (String step : new String[] {"a", "b", "c", "d", "e"}) {
            history.record(step);
        }

        assertThat(history.undoSize()).isEqualTo(3);
        assertThat(history.undo()).contains("e");
        assertThat(history.undo()).contains("d");
        assertThat(history.undo()).contains("c");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void undoingOrRedoingBackToTheSavedPointIsCleanAgain() {
        history.record("a");
        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.record("b");
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("back at the saved point").isFalse();
        history.undo();
        assertThat(history.isDirty()).as("before the saved point").isTrue();
        history.redo();
        assertThat(history.isDirty()).as("redone to the saved point").isFalse();
        history.redo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void whenTheSavedPointFallsOffTheBoundUndoingEverythingLeftIsStillUnsaved() {
        assertThat(history.isDirty()).isFalse();
        history.record("a");
        history.record("b");
        history.record("c");
        history.record("d");

        while (history.undo().isPresent()) {
            assertThat(history.isDirty()).isTrue();
        }
        assertThat(history.isDirty()).as("the saved point was before 'a', which was forgotten").isTrue();
    }

    @Test
    void aSaveThatRanInTheBackgroundMarksThePointItSaved() {
        history.record("a");
        long savedPoint = history.state();
        history.record("b");

        history.markSavedAt(savedPoint);

        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void markUnsavedMatchesNoPointAndClearStartsAgainSaved() {
        history.markUnsaved();
        assertThat(history.isDirty()).isTrue();
        history.record("a");
        history.undo();
        assertThat(history.isDirty()).isTrue();

        history.clear();

        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndo() || history.canRedo()).isFalse();
    }

    @Test
    void stepsWithTheSameMergeKeyMergeUntilMergingIsClosed() {
        typed("h");
        typed("i");
        typed("!");
        assertThat(history.undoSize()).isEqualTo(1);
        assertThat(history.undoDescription()).contains("Step hi!");

        history.closeMerge();
        typed(" there");
        history.record("x", key("other"), (first, next) -> first + next);

        assertThat(history.undo()).contains("x");
        assertThat(history.undo()).contains(" there");
        assertThat(history.undo()).contains("hi!");
    }

    @Test
    void stepsWithoutAKeyOrAfterAnUndoNeverMerge() {
        history.record("a");
        history.record("b");
        typed("c");
        history.undo();
        history.redo();
        typed("d");

        assertThat(history.undoSize()).isEqualTo(3);
        assertThat(history.undo()).contains("d");
    }

    @Test
    void aStepNeverMergesIntoTheSavedPointSoUndoCanGoBackToIt() {
        typed("a");
        history.markSaved();
        typed("b");
        typed("c");

        assertThat(history.undo()).contains("bc");
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aMergedStepIsANewPoint() {
        typed("a");
        long before = history.state();
        typed("b");

        assertThat(history.state()).isNotEqualTo(before);
    }

    @Test
    void anUnboundedHistoryKeepsEveryStepAndALimitBelowOneIsRefused() {
        History<Integer> unbounded = new History<>(History.UNBOUNDED, String::valueOf);
        for (int i = 0; i < 2_000; i++) {
            unbounded.record(i);
        }
        assertThat(unbounded.undoSize()).isEqualTo(2_000);
        assertThatThrownBy(() -> new History<String>(0, s -> s)).isInstanceOf(IllegalArgumentException.class);
    }
}
