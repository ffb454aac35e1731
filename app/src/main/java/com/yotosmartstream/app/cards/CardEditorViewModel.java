package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.core.history.HistoryViewModel;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import com.yotosmartstream.core.text.Durations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card editor: a linear card's title, author, description, cover, chapters and tracks (added
 * from the library), icons and delivery, every edit on one undo stack; the limits it breaks; and
 * publishing in two steps (prepare, then confirm after seeing what changes on Yoto).
 */
public final class CardEditorViewModel {

    /** Why publishing is not possible now, or empty when it is. */
    public interface PublisherSource extends Supplier<Optional<CardPublisher>> {
        String unavailableReason();
    }

    private final DraftHistory history = new DraftHistory(CardDraft.empty(Delivery.STREAM));
    private final HistoryViewModel undoRedo = new HistoryViewModel();
    private final Function<String, Optional<DraftTrack>> library;
    private final PublisherSource publishers;
    private final TaskExecutor executor;
    private final Consumer<Card> published;
    private final ObservableList<CardProblem> problems = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty deliveryNote = new SimpleStringProperty("");
    private Supplier<String> streamNote = () -> "";
    private LongTracks.Splitter splitter = (id, ctx) -> {
        throw new IllegalStateException("Splitting is not available here.");
    };
    private final BooleanProperty hasLongTracks = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<CardPublisher.Prepared> prepared = new SimpleObjectProperty<>();
    private final BooleanBinding canPublish;
    private CardPublisher preparedBy;
    private TaskHandle running;

    /**
     * @param library a library track's draft track (title and length) by its id, when it is in the library
     * @param published hears each card Yoto saved (on the UI thread)
     */
    public CardEditorViewModel(Function<String, Optional<DraftTrack>> library, PublisherSource publishers,
            TaskExecutor executor, Consumer<Card> published) {
        this.library = library;
        this.publishers = publishers;
        this.executor = executor;
        this.published = published;
        history.revisionProperty().addListener((obs, old, now) -> refresh());
        canPublish = Bindings.createBooleanBinding(() -> editable.get() && !busy.get()
                && problems.stream().noneMatch(CardProblem::blocking), editable, busy, problems);
        refresh();
    }

    public DraftHistory history() {
        return history;
    }

    /** Undo, Redo and the unsaved marker, for the page to bind. */
    public HistoryViewModel undoRedo() {
        return undoRedo;
    }

    public CardDraft draft() {
        return history.draft();
    }

    /** A new, empty card. */
    public void newCard(Delivery delivery) {
        editable.set(true);
        history.reset(CardDraft.empty(delivery));
    }

    /**
     * Puts a draft made elsewhere (an audiobook's chapters) in the editor as one edit, so it is
     * unsaved until published and Undo returns to what the editor held.
     */
    public void openDraft(CardDraft made) {
        editable.set(true);
        edit("make a card from \u201c" + made.title() + "\u201d", made);
    }

    /** Opens a card as Yoto sent it; a story's interactive card is shown, not edited (the Stories page makes it). */
    public void open(Card card) {
        editable.set(!card.isInteractive());
        history.reset(CardDrafts.fromCard(card, library));
    }

    public void setTitle(String title) {
        edit("rename the card", draft().withTitle(title));
    }

    public void setAuthor(String author) {
        edit("change the author", draft().withAuthor(author));
    }

    public void setDescription(String description) {
        edit("change the description", draft().withDescription(description));
    }

    public void setCover(Path picture) {
        edit("choose a cover", draft().withNewCover(Optional.of(picture)));
    }

    public void setDelivery(Delivery delivery) {
        edit("deliver by " + delivery.label().toLowerCase(java.util.Locale.ROOT), draft().withDelivery(delivery));
    }

    /**
     * Adds library tracks: into a chapter (its index), or with {@code chapter} -1 as new chapters, one
     * a track, inserted at {@code at} (the end when out of range). Ids not in the library are skipped.
     *
     * @return how many tracks were added
     */
    public int addTracks(List<String> ids, int chapter, int at) {
        List<DraftTrack> tracks = ids.stream().map(library).flatMap(Optional::stream).toList();
        if (tracks.isEmpty()) {
            return 0;
        }
        List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
        if (chapter >= 0 && chapter < chapters.size()) {
            DraftChapter into = chapters.get(chapter);
            List<DraftTrack> merged = new ArrayList<>(into.tracks());
            merged.addAll(clamp(at, merged.size()), tracks);
            chapters.set(chapter, into.withTracks(merged));
            edit("add " + count(tracks.size(), "track") + " to chapter " + (chapter + 1), draft().withChapters(chapters));
        } else {
            chapters.addAll(clamp(at, chapters.size()), tracks.stream().map(DraftChapter::of).toList());
            edit("add " + count(tracks.size(), "chapter"), draft().withChapters(chapters));
        }
        return tracks.size();
    }

    public void removeChapter(int index) {
        List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
        if (index >= 0 && index < chapters.size()) {
            chapters.remove(index);
            edit("remove chapter " + (index + 1), draft().withChapters(chapters));
        }
    }

    /** Moves a chapter so it ends up at {@code to}. */
    public void moveChapter(int from, int to) {
        List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
        if (from < 0 || from >= chapters.size() || from == to) {
            return;
        }
        DraftChapter moved = chapters.remove(from);
        chapters.add(clamp(to, chapters.size()), moved);
        edit("move chapter " + (from + 1), draft().withChapters(chapters));
    }

    public void renameChapter(int index, String title) {
        if (index >= 0 && index < draft().chapters().size()) {
            List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
            chapters.set(index, chapters.get(index).withTitle(title));
            edit("rename chapter " + (index + 1), draft().withChapters(chapters));
        }
    }

    public void setChapterIcon(int index, Optional<String> icon) {
        if (index >= 0 && index < draft().chapters().size()) {
            List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
            chapters.set(index, chapters.get(index).withIcon(icon));
            edit("change the icon of chapter " + (index + 1), draft().withChapters(chapters));
        }
    }

    public void removeTrack(int chapter, int track) {
        if (chapter >= 0 && chapter < draft().chapters().size()) {
            List<DraftChapter> chapters = new ArrayList<>(draft().chapters());
            List<DraftTrack> tracks = new ArrayList<>(chapters.get(chapter).tracks());
            if (track >= 0 && track < tracks.size()) {
                tracks.remove(track);
                chapters.set(chapter, chapters.get(chapter).withTracks(tracks));
                edit("remove a track from chapter " + (chapter + 1), draft().withChapters(chapters));
            }
        }
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** How long tracks are split ({@link #splitLongTracks()}); the app's cuts them in the library. */
    public void setSplitter(LongTracks.Splitter splitter) {
        this.splitter = splitter;
    }

    /**
     * Splits every track over 60 minutes into parts (at its chapter marks or quiet moments; ADR 0074)
     * in the background, then puts the parts in the tracks' places as one edit.
     */
    public void splitLongTracks() {
        CardDraft draft = draft();
        if (LongTracks.of(draft).isEmpty()) {
            return;
        }
        start("Splitting long tracks", BackgroundTask.of("Splitting the long tracks of '" + draft.title() + "'",
                ctx -> LongTracks.split(draft, splitter, ctx)), parts -> {
                    edit("split tracks over 60 minutes", LongTracks.replaced(draft(), parts));
                    message.set("Split " + count(parts.size(), "track") + " into parts under 60 minutes.");
                });
    }

    /** Whether the card has library tracks over 60 minutes that {@link #splitLongTracks()} would split. */
    public ReadOnlyBooleanProperty hasLongTracksProperty() {
        return hasLongTracks;
    }

    /** Gets the card ready (uploads included) and shows what publishing would change; nothing on Yoto changes yet. */
    public void prepare() {
        Optional<CardPublisher> publisher = publishers.get();
        if (publisher.isEmpty()) {
            error.set(publishers.unavailableReason());
            return;
        }
        CardDraft draft = draft();
        start("Getting the card ready", BackgroundTask.of("Getting '" + draft.title() + "' ready",
                ctx -> publisher.get().prepare(draft, ctx)), ready -> {
                    preparedBy = publisher.get();
                    message.set("Ready: check what changes, then publish.");
                    prepared.set(ready);
                });
    }

    /** Saves the prepared card on Yoto. */
    public void confirm() {
        CardPublisher.Prepared ready = prepared.get();
        CardPublisher publisher = preparedBy;
        if (ready == null || publisher == null) {
            return;
        }
        prepared.set(null);
        start("Saving the card on Yoto", BackgroundTask.of("Saving '" + ready.card().title() + "'",
                ctx -> publisher.publish(ready)), saved -> {
                    if (draft().equals(ready.draft())) {
                        history.reset(ready.draft().published(saved));
                    }
                    message.set("Published '" + saved.title() + "'.");
                    published.accept(saved);
                });
    }

    /** Closes the review without saving (what was uploaded stays uploaded, and is reused). */
    public void discardPrepared() {
        prepared.set(null);
        message.set("Not published. What was uploaded is kept for next time.");
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(String what, BackgroundTask<T> task, Consumer<T> success) {
        error.set("");
        message.set(what + "\u2026");
        progress.set(-1);
        busy.set(true);
        running = executor.submit(task.onProgress((fraction, text) -> {
            progress.set(fraction);
            if (text != null && !text.isBlank()) {
                message.set(text);
            }
        }).onFailure(e -> {
            busy.set(false);
            message.set("");
            error.set(e instanceof PublishException ? e.getMessage() : what + " failed: " + e.getMessage());
        }).onCancelled(() -> {
            busy.set(false);
            message.set("Stopped. What was uploaded is kept; publish again to go on.");
        }).onSuccess(result -> {
            busy.set(false);
            success.accept(result);
        }));
    }

    private void edit(String description, CardDraft next) {
        if (editable.get()) {
            history.apply(description, next);
        }
    }

    /**
     * What the page says about streaming from this computer (the server off, no public address...),
     * shown while the card streams; asked again after each edit and on {@link #refreshDeliveryNote()}.
     */
    public void setStreamNote(Supplier<String> note) {
        this.streamNote = note;
        refreshDeliveryNote();
    }

    /** Asks the stream note again (the server started or stopped, a setting changed). */
    public void refreshDeliveryNote() {
        deliveryNote.set(draft().delivery() == Delivery.STREAM ? streamNote.get()
                : "Each file is uploaded to Yoto once; players then need nothing from this computer.");
    }

    public StringProperty deliveryNoteProperty() {
        return deliveryNote;
    }

    private void refresh() {
        refreshDeliveryNote();
        CardDraft draft = draft();
        problems.setAll(CardLimits.check(draft));
        hasLongTracks.set(!LongTracks.of(draft).isEmpty());
        undoRedo.refresh(history);
        summary.set(count(draft.chapters().size(), "chapter") + " \u00b7 " + count(draft.trackCount(), "track")
                + " \u00b7 " + Durations.clock(draft.duration()));
    }

    private static int clamp(int at, int size) {
        return at < 0 || at > size ? size : at;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public ObservableList<CardProblem> problems() {
        return problems;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Whether the card differs from the card as opened or last published. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return undoRedo.dirtyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<CardPublisher.Prepared> preparedProperty() {
        return prepared;
    }

    public BooleanBinding canPublishBinding() {
        return canPublish;
    }

    /** The chapters of the card as Yoto has them, for "play from chapter". */
    public List<Chapter> publishedChapters() {
        return draft().original().map(Card::chapters).orElse(List.of());
    }
}
