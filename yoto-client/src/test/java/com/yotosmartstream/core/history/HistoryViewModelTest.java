package com.yotosmartstream.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The properties an editor's Undo and Redo items and its unsaved marker bind. */
class HistoryViewModelTest {

    @Test
    void itShowsWhatUndoAndRedoWouldDoInTheEditorsWordsAndWhetherWorkIsUnsaved() {
        History<String> history = new History<>(10, s -> s);
        HistoryViewModel view = new HistoryViewModel(d -> d.toLowerCase(Locale.ROOT));
        view.refresh(history);
        assertThat(view.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(view.canUndoProperty().get()).isFalse();
        assertThat(view.dirtyProperty().get()).isFalse();

        history.record("Flip left-right");
        history.record("Clear");
        history.undo();
        view.refresh(history);

        assertThat(view.canUndoProperty().get()).isTrue();
        assertThat(view.canRedoProperty().get()).isTrue();
        assertThat(view.undoTextProperty().get()).isEqualTo("Undo flip left-right");
        assertThat(view.redoTextProperty().get()).isEqualTo("Redo clear");
        assertThat(view.dirtyProperty().get()).isTrue();
    }
}
