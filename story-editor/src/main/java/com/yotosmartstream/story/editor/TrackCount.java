package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Waiting;
import com.yotosmartstream.story.state.StateCompiler;
import com.yotosmartstream.story.state.StoryLogic;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How many tracks the story's card needs against the card's limit, and with variables which one
 * multiplies the count most (ADR 0082). Counted in the background after each change (the state
 * walk can take a while on a large story); changes made while one count runs are counted once it
 * ends, with the newest story only. Used on the FX thread.
 */
public final class TrackCount {

    /** A count: the sentence to show and whether the card would be refused. */
    public record Result(int tracks, boolean over, String text) {
    }

    private final TaskExecutor executor;
    private final int limit;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper(false);
    private Story pending;
    private boolean running;

    public TrackCount(TaskExecutor executor) {
        this(executor, Lint.MYO_CARD_NODES);
    }

    public TrackCount(TaskExecutor executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overProperty() {
        return over.getReadOnlyProperty();
    }

    /** Counts this story (after the count under way, if any). */
    public void update(Story story) {
        if (!running && !StoryLogic.uses(story)) {
            // no variables: a count of nodes, as cheap as the lint, so no background task flashes by
            Result result = count(story, limit);
            text.set(result.text());
            over.set(result.over());
            return;
        }
        pending = story;
        if (!running) {
            next();
        }
    }

    private void next() {
        Story story = pending;
        pending = null;
        if (story == null) {
            return;
        }
        running = true;
        executor.submit(BackgroundTask.of("Counting the card's tracks", ctx -> count(story, limit)).onSuccess(r -> {
            running = false;
            text.set(r.text());
            over.set(r.over());
            next();
        }).onFailure(e -> {
            running = false;
            next();
        }));
    }

    /** The count of a story; blocking (the state walk). */
    public static Result count(Story story, int limit) {
        if (!StoryLogic.uses(story)) {
            int tracks = story.size() + pauses(story);
            return new Result(tracks, tracks > limit, tracks + " of " + limit + " tracks");
        }
        try {
            StateCompiler.Expansion expansion = StateCompiler.expand(story);
            int tracks = expansion.story().size() + pauses(expansion.story());
            String most = expansion.worst().map(m -> "; " + m.variable() + " multiplies it most (x"
                    + String.format(Locale.ROOT, "%.1f", m.factor()) + ")").orElse("");
            return new Result(tracks, tracks > limit, tracks + " of " + limit + " tracks with the variables ("
                    + story.size() + " nodes in " + expansion.states() + " states" + most + ")");
        } catch (StoryLogic.Refused e) {
            return new Result(-1, true, "Tracks not counted: " + e.problems().get(0).message());
        }
    }

    private static int pauses(Story story) {
        return (int) story.nodes().stream().filter(n -> n.asksQuestion()
                && n.waiting(story.info().waiting()).mode() == Waiting.Mode.PAUSE).count();
    }
}
