package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.stats.Ending;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The Statistics tab's state: measured in the background, one run at a time, always of a recent story. */
class StatisticsViewModelTest {

    private final StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(StoryFixtures.dragonsCave()),
            new FakeLibrary(t -> null), IconLibrary.none("none"));

    /** Holds submitted tasks until the test runs them, as a background thread would later. */
    private static final class HeldExecutor implements TaskExecutor {
        final Deque<BackgroundTask<?>> held = new ArrayDeque<>();

        @Override
        public <T> TaskHandle submit(BackgroundTask<T> task) {
            held.add(task);
            return null;
        }

        <T> void runNext() throws Exception {
            @SuppressWarnings("unchecked")
            BackgroundTask<T> task = (BackgroundTask<T>) held.poll();
            task.succeeded(task.call(TaskContext.QUIET));
        }

        @Override
        public Executor serial(String name) {
            return Runnable::run;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void editsWhileOneRunIsMeasuredAreFoldedIntoOneMoreRunOfTheLatestStory() throws Exception {
        HeldExecutor executor = new HeldExecutor();
        StatisticsViewModel statistics = new StatisticsViewModel(editor, executor);

        statistics.refresh();
        assertThat(statistics.computingProperty().get()).isTrue();
        editor.connect("n4", Exit.END, Target.to("n1")); // a loop back to the start
        statistics.refresh();
        editor.disconnect("n2", Exit.END);
        statistics.refresh();
        editor.undo(); // the cave leads to the treasure again
        statistics.refresh();
        assertThat(executor.held).hasSize(1);

        executor.runNext();
        assertThat(statistics.statistics().loop()).isEmpty(); // the first run measured the story as it was
        assertThat(executor.held).as("three refreshes, one more run").hasSize(1);
        assertThat(statistics.computingProperty().get()).isTrue();

        executor.runNext();
        assertThat(statistics.statistics().loop()).contains("n1");
        assertThat(statistics.statistics().endings()).extracting(Ending::id).containsExactly("n3", "n4");
        assertThat(statistics.computingProperty().get()).isFalse();
        assertThat(statistics.runs()).isEqualTo(2);

        statistics.refresh();
        assertThat(executor.held).as("a story already measured is not measured again").isEmpty();
    }

    @Test
    void selectingAPathSelectsItsNodesThatStillExist() {
        StatisticsViewModel statistics = new StatisticsViewModel(editor, new CurrentThreadTaskExecutor());
        statistics.refresh();

        statistics.select(statistics.statistics().longest().orElseThrow().nodeIds());

        assertThat(editor.selection()).containsExactlyInAnyOrder("n1", "n2", "n4");
        statistics.select(List.of("n1", "gone"));
        assertThat(editor.selection()).containsExactly("n1");
    }
}
