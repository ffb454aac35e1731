package com.yotosmartstream.app.library;

import com.yotosmartstream.app.cards.AudiobookCards;
import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.chapters.Chapter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chapter marks of the Library's selected track (read at import; ADR 0073) and "Make a card from
 * this audiobook": the book is cut into a track per mark in the background, and the card draft
 * (one chapter per mark) goes to the Cards page.
 */
public final class TrackChaptersViewModel {

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final Consumer<CardDraft> openCard;
    private final ObservableList<Chapter> chapters = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty making = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanBinding canMakeCard;
    private TrackRow shown;

    /** @param openCard takes the finished draft to the Cards page (FX thread) */
    TrackChaptersViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread, Consumer<CardDraft> openCard) {
        this.streamer = streamer;
        this.executor = executor;
        this.fxThread = fxThread;
        this.openCard = openCard;
        canMakeCard = Bindings.createBooleanBinding(() -> !chapters.isEmpty() && !making.get(), chapters, making);
    }

    /** Shows the chapters of {@code row} (read in the background), or none. */
    void show(TrackRow row) {
        if (row != null && shown != null && row.id().equals(shown.id())) {
            shown = row;
            return;
        }
        shown = row;
        chapters.clear();
        if (!making.get()) {
            message.set("");
        }
        if (row == null) {
            return;
        }
        String id = row.id();
        executor.submit(BackgroundTask.of("Reading chapters", ctx -> streamer.library().chapters(id))
                .onSuccess((List<Chapter> found) -> fxThread.execute(() -> {
                    if (shown != null && shown.id().equals(id)) {
                        chapters.setAll(found);
                    }
                })));
    }

    /** Cuts the selected book at its marks and hands the card draft to the Cards page. */
    public void makeCard() {
        TrackRow book = shown;
        if (book == null || !canMakeCard.get()) {
            return;
        }
        making.set(true);
        progress.set(-1);
        message.set("Cutting \u201c" + book.title() + "\u201d into " + chapters.size() + " chapters\u2026");
        executor.submit(BackgroundTask.of("Making a card from '" + book.title() + "'",
                ctx -> AudiobookCards.make(streamer.library(), book.track(), ctx))
                .onProgress((fraction, text) -> progress.set(fraction))
                .onSuccess((CardDraft draft) -> {
                    making.set(false);
                    streamer.requestConversion(executor); // parts players cannot stream as they are (M4B) wait for MP3
                    message.set("Made a card draft with " + draft.chapters().size() + " chapters; it is open on the"
                            + " Cards page.");
                    openCard.accept(draft);
                })
                .onFailure(error -> {
                    making.set(false);
                    message.set("The card could not be made: " + error.getMessage());
                }));
    }

    public ObservableList<Chapter> chapters() {
        return chapters;
    }

    public BooleanBinding canMakeCardProperty() {
        return canMakeCard;
    }

    public BooleanProperty makingProperty() {
        return making;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
