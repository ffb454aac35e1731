package com.yotosmartstream.app.library;

import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.SelfCheck;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.server.AccessEntry;
import com.yotosmartstream.streamer.server.AccessLog;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Library page's state: the tracks (searchable), the selected one with its editable title and
 * artist, its stream URL, self-check and access log, its chapters ({@link TrackChaptersViewModel}),
 * delete with undo, and the preview player.
 * Changes from the catalogue arrive on any thread and are moved onto the FX thread.
 */
public final class LibraryViewModel {

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final PreviewPlayer player;
    private final ObservableList<TrackRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TrackRow> visible = new FilteredList<>(rows, row -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TrackRow> selected = new SimpleObjectProperty<>();
    private final StringProperty editTitle = new SimpleStringProperty("");
    private final StringProperty editArtist = new SimpleStringProperty("");
    private final StringProperty streamUrl = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty undoMessage = new SimpleStringProperty("");
    private final BooleanProperty undoAvailable = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final ObservableList<String> selfCheck = FXCollections.observableArrayList();
    private final ObservableList<AccessEntry> accessLog = FXCollections.observableArrayList();
    private final BooleanBinding canSave;
    private final BooleanBinding retryable;
    private final TrackChaptersViewModel chapters;
    private String deletedId;
    private String loadedId;

    public LibraryViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread, PreviewPlayer player) {
        this(streamer, executor, fxThread, player, draft -> { });
    }

    /** @param openCard takes a card draft made from an audiobook's chapters to the Cards page */
    public LibraryViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread, PreviewPlayer player,
            Consumer<CardDraft> openCard) {
        this.chapters = new TrackChaptersViewModel(streamer, executor, fxThread, openCard);
        this.streamer = streamer;
        this.executor = executor;
        this.fxThread = fxThread;
        this.player = player;
        search.addListener((obs, old, query) -> visible.setPredicate(row -> row.matches(query)));
        selected.addListener((obs, old, row) -> showSelected(old, row));
        canSave = Bindings.createBooleanBinding(() -> {
            TrackRow row = selected.get();
            return row != null && !editTitle.get().isBlank()
                    && (!editTitle.get().strip().equals(row.title()) || !editArtist.get().strip().equals(row.artist()));
        }, selected, editTitle, editArtist);
        retryable = Bindings.createBooleanBinding(() -> selected.get() != null
                && Library.canRetry(selected.get().track()), selected);
        streamer.library().catalogue().addListener(() -> fxThread.execute(this::reload));
        streamer.addStatusListener(status -> fxThread.execute(this::refreshUrl));
        streamer.accessLog().addListener(batch -> fxThread.execute(() -> showNewRequests(batch)));
        reload();
    }

    /** Reads the catalogue again, keeping the selection (by id) when the track is still there. */
    private void reload() {
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(streamer.library().catalogue().all().stream().map(TrackRow::new).toList());
        TrackRow again = keep == null ? null : rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
        if (again != null && !again.equals(selected.get())) {
            boolean sameNames = selected.get() != null && again.title().equals(selected.get().title())
                    && again.artist().equals(selected.get().artist());
            String typedTitle = editTitle.get();
            String typedArtist = editArtist.get();
            selected.set(again);
            if (sameNames) {
                editTitle.set(typedTitle);
                editArtist.set(typedArtist);
            }
        } else if (again == null) {
            selected.set(null);
        }
    }

    private void showSelected(TrackRow old, TrackRow row) {
        boolean sameTrack = old != null && row != null && old.id().equals(row.id());
        editTitle.set(row == null ? "" : row.title());
        editArtist.set(row == null ? "" : row.artist());
        refreshUrl();
        chapters.show(row);
        if (!sameTrack) {
            selfCheck.clear();
            loadAccessLog(row);
            player.unload();
        }
    }

    /**
     * Reads the track's saved requests on the access log's thread; the answer and later batches reach
     * the FX thread in that order, so none is lost or shown twice.
     */
    private void loadAccessLog(TrackRow row) {
        accessLog.clear();
        if (row == null) {
            return;
        }
        String id = row.id();
        streamer.accessLog().history(id, entries -> fxThread.execute(() -> {
            TrackRow now = selected.get();
            if (now != null && now.id().equals(id)) {
                accessLog.setAll(entries);
            }
        }));
    }

    private void showNewRequests(List<AccessEntry> batch) {
        TrackRow row = selected.get();
        if (row == null) {
            return;
        }
        List<AccessEntry> mine = batch.stream().filter(entry -> entry.trackId().equals(row.id())).toList();
        if (mine.isEmpty()) {
            return;
        }
        accessLog.addAll(mine);
        int excess = accessLog.size() - AccessLog.HISTORY_LIMIT;
        if (excess > 0) {
            accessLog.remove(0, excess);
        }
    }

    private void refreshUrl() {
        TrackRow row = selected.get();
        if (row == null) {
            streamUrl.set("");
            return;
        }
        Optional<URI> url = streamer.trackUrl(row.id());
        streamUrl.set(url.map(URI::toString).orElse(""));
    }

    /** Saves the edited title and artist. */
    public void save() {
        TrackRow row = selected.get();
        if (row == null || !canSave.get()) {
            return;
        }
        String title = editTitle.get();
        String artist = editArtist.get();
        run("Saving the track", () -> streamer.library().rename(row.id(), title, artist),
                renamed -> message.set("Saved \u201c" + renamed.title() + "\u201d."));
    }

    /**
     * Converts the selected track again when its conversion failed or was interrupted twice (issue 16: a
     * track stuck converting could only wait for the next start); the queue picks it up at once.
     */
    public void retrySelected() {
        TrackRow row = selected.get();
        if (row == null || !Library.canRetry(row.track())) {
            return;
        }
        run("Converting a track again", () -> streamer.library().retryConversion(row.id()), track -> {
            message.set("Converting \u201c" + track.title() + "\u201d again.");
            streamer.requestConversion(executor);
        });
    }

    /** Whether the selected track's conversion failed or was held, so Retry applies. */
    public BooleanBinding retryableProperty() {
        return retryable;
    }

    /** Deletes the selected track (it stops streaming at once); {@link #undo()} brings it back. */
    public void deleteSelected() {
        TrackRow row = selected.get();
        if (row == null) {
            return;
        }
        player.unload();
        run("Deleting a track", () -> {
            streamer.library().delete(row.id());
            return row;
        }, done -> {
            deletedId = done.id();
            undoMessage.set("Deleted \u201c" + done.title() + "\u201d.");
            undoAvailable.set(true);
        });
    }

    public void undo() {
        String id = deletedId;
        if (id == null) {
            return;
        }
        undoAvailable.set(false);
        deletedId = null;
        run("Restoring a track", () -> {
            streamer.library().restore(id);
            return id;
        }, restored -> {
            undoMessage.set("");
            rows.stream().filter(r -> r.id().equals(restored)).findFirst().ifPresent(selected::set);
        });
    }

    /** Fetches the selected track's URL as a player would, and reports each step. */
    public void runSelfCheck() {
        TrackRow row = selected.get();
        if (row == null || checking.get()) {
            return;
        }
        checking.set(true);
        selfCheck.setAll("Checking " + streamUrl.get().replaceAll("/stream/[A-Za-z0-9_-]{43}/", "/stream/\u2026/")
                + " \u2026");
        executor.submit(BackgroundTask.of("Checking a stream link", ctx -> streamer.selfCheck(row.id()))
                .onSuccess((SelfCheck.Result result) -> {
                    checking.set(false);
                    selfCheck.setAll(result.lines());
                    selfCheck.add(result.ok() ? "Players can stream this track." : "Players may not be able to stream"
                            + " this track; see above.");
                })
                .onFailure(error -> {
                    checking.set(false);
                    selfCheck.setAll("The check could not run: " + error.getMessage());
                }));
    }

    /** Plays or pauses the selected track on this computer. */
    public void togglePreview() {
        TrackRow row = selected.get();
        if (row == null) {
            return;
        }
        if (player.playingProperty().get()) {
            player.pause();
            return;
        }
        Optional<Path> file = Optional.of(streamer.library().sourcePath(row.track()));
        Track track = row.track();
        if (!track.format().streamable()) {
            file = streamer.library().streamPath(track).or(() -> Optional.of(streamer.library().sourcePath(track)));
        }
        if (player.durationProperty().get() <= 0 || !row.id().equals(loadedId)) {
            player.load(file.get());
            loadedId = row.id();
        }
        player.play();
    }

    private <T> void run(String title, Callable<T> work, Consumer<T> done) {
        executor.submit(BackgroundTask.of(title, ctx -> work.call()).onSuccess(done)
                .onFailure(error -> message.set(error.getMessage())));
    }

    /** The tracks that match the search, in catalogue order (the table sorts its own view). */
    public FilteredList<TrackRow> visibleTracks() {
        return visible;
    }

    public ObservableList<TrackRow> allTracks() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TrackRow> selectedProperty() {
        return selected;
    }

    public StringProperty editTitleProperty() {
        return editTitle;
    }

    public StringProperty editArtistProperty() {
        return editArtist;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The selected track's stream URL, "" when it cannot stream yet or the server is off. */
    public ReadOnlyStringProperty streamUrlProperty() {
        return streamUrl;
    }

    /** The last error or confirmation, for a line under the details. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty undoMessageProperty() {
        return undoMessage;
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ObservableList<String> selfCheckLines() {
        return selfCheck;
    }

    public ObservableList<AccessEntry> accessLog() {
        return accessLog;
    }

    /** The selected track's chapter marks and making a card of them. */
    public TrackChaptersViewModel chapters() {
        return chapters;
    }

    public PreviewPlayer player() {
        return player;
    }

    /** The cover picture of a track, if it has one. */
    public Optional<Path> cover(TrackRow row) {
        return streamer.library().coverPath(row.track());
    }
}
