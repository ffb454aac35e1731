package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Trip mode on the Cards page: which cards need this computer to play, and making chosen ones
 * offline-ready one after another in the background, with progress, a per-card line and cancel
 * (a card already saved stays saved; what was uploaded of the one in progress is reused next time).
 */
public final class TripModeViewModel {

    /** What happened to one card. */
    public record Line(String cardId, String title, boolean done, String message) {
        @Override
        public String toString() {
            return (done ? "Offline-ready: " : "Not changed: ") + title + (message.isEmpty() ? "" : " \u2014 " + message);
        }
    }

    private final Supplier<Optional<OfflineReady>> converter;
    private final TaskExecutor executor;
    private final Consumer<Card> saved;
    private final FilteredList<CardRow> candidates;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private TaskHandle handle;

    /**
     * @param cards the account's cards as the page lists them
     * @param converter the household's converter, empty while none is connected
     * @param saved told of each card saved on Yoto as soon as it is (on the task's thread), so the list shows it
     */
    public TripModeViewModel(ObservableList<CardRow> cards, Supplier<Optional<OfflineReady>> converter,
            TaskExecutor executor, Consumer<Card> saved) {
        this.converter = converter;
        this.executor = executor;
        this.saved = saved;
        this.candidates = cards.filtered(CardRow::needsThisComputer);
    }

    /** The cards that stream from this computer: each stops playing when it is off. */
    public ObservableList<CardRow> candidates() {
        return candidates;
    }

    /** Makes the chosen cards offline-ready, one after another; one that fails is said and the rest go on. */
    public void run(List<CardRow> chosen) {
        Optional<OfflineReady> ready = converter.get();
        if (running.get() || chosen.isEmpty()) {
            return;
        }
        if (ready.isEmpty()) {
            message.set("Not connected to a household: sign in, or wait for demo mode to start.");
            return;
        }
        lines.clear();
        running.set(true);
        progress.set(0);
        List<CardRow> cards = List.copyOf(chosen);
        handle = executor.submit(BackgroundTask.of("Making cards offline-ready", ctx -> {
            List<Line> done = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                CardRow row = cards.get(i);
                ctx.throwIfCancelled();
                ctx.updateProgress(i, cards.size());
                ctx.updateMessage("Card " + (i + 1) + " of " + cards.size() + ": '" + row.title() + "'");
                try {
                    Card card = ready.get().convert(row.cardId(), ctx);
                    done.add(new Line(row.cardId(), row.title(), true, ""));
                    saved.accept(card); // called on this background thread: the receiver hands it to the UI
                } catch (TaskCancelledException e) {
                    throw e;
                } catch (PublishException | com.yotosmartstream.core.storage.StorageException e) {
                    done.add(new Line(row.cardId(), row.title(), false, e.getMessage()));
                }
            }
            ctx.updateProgress(cards.size(), cards.size());
            return done;
        }).onProgress((fraction, text) -> {
            progress.set(fraction);
            if (text != null && !text.isBlank()) {
                message.set(text);
            }
        }).onSuccess(done -> {
            running.set(false);
            lines.setAll(done);
            long ok = done.stream().filter(Line::done).count();
            message.set(ok == done.size() ? CardEditorViewModel.count((int) ok, "card") + " made offline-ready: they"
                    + " play without this computer."
                    : ok + " of " + done.size() + " made offline-ready; see why the others were not.");
        }).onFailure(e -> {
            running.set(false);
            message.set("Making cards offline-ready failed: " + e.getMessage());
        }).onCancelled(() -> {
            running.set(false);
            message.set("Stopped. Cards already saved stay offline-ready; what was uploaded is reused next time.");
        }));
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
