package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.stats.StoryStatistics;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Statistics tab's state (ADR 0087): the {@link StoryStatistics} of the story being edited, made in
 * the background. {@link #refresh()} (on the UI thread; the tab calls it when the story has been still
 * for a moment) starts one computation of the story as it is now; while one runs, further refreshes
 * are folded into one more run after it, of the story as it is then. So at most one runs at a time and
 * the last shown is always of a recent story; a story already measured is not measured again.
 */
public final class StatisticsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsViewModel.class);

    private final StoryEditorViewModel editor;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<StoryStatistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    /** The story the statistics shown are of; the one being measured; whether to measure again after. */
    private Story measured;
    private Story running;
    private boolean again;
    private int runs;

    public StatisticsViewModel(StoryEditorViewModel editor, TaskExecutor executor) {
        this.editor = editor;
        this.executor = executor;
    }

    /** The latest statistics; null until the first computation ends. */
    public ReadOnlyObjectProperty<StoryStatistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public StoryStatistics statistics() {
        return statistics.get();
    }

    /** Whether a computation is running. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** How many computations have run (for tests: edits in a burst are measured once or twice, not each). */
    public int runs() {
        return runs;
    }

    /** Measures the story as it is now, unless it is measured already or being measured. */
    public void refresh() {
        Story story = editor.story();
        if (story == measured || story == running) {
            return;
        }
        if (running != null) {
            again = true;
            return;
        }
        start(story);
    }

    /** Selects the nodes of a path (an ending's, the longest) on the canvas. */
    public void select(java.util.List<String> nodeIds) {
        editor.select(editor.existing(nodeIds));
    }

    private void start(Story story) {
        running = story;
        computing.set(true);
        runs++;
        executor.submit(BackgroundTask.of("Statistics of '" + story.title() + "'", context -> StoryStatistics.of(story))
                .onSuccess(result -> finished(story, result))
                .onFailure(error -> {
                    LOG.warn("Could not compute the statistics of '{}'", story.title(), error);
                    finished(story, null);
                })
                .onCancelled(() -> finished(story, null)));
    }

    private void finished(Story story, StoryStatistics result) {
        running = null;
        if (result != null) {
            measured = story;
            statistics.set(result);
        }
        if (again) {
            again = false;
            refresh();
        }
        computing.set(running != null);
    }
}
