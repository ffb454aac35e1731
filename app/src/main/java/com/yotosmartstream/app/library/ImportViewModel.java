package com.yotosmartstream.app.library;

import com.yotosmartstream.app.cards.AudiobookCards;
import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.app.cards.FolderCards;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.ConversionLine;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.ImportReport;
import com.yotosmartstream.streamer.library.Track;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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

/**
 * Importing into the library: files and folders in the background with progress and cancel, then
 * the report, file by file, with what conversion could not do added as it finishes; each folder
 * imported can become a card ({@link FolderCards}).
 */
public final class ImportViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportViewModel.class);

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ReportLine> report = FXCollections.observableArrayList();
    private final ObservableList<FolderCards.FolderDraft> folderCards = FXCollections.observableArrayList();
    private final Consumer<CardDraft> openCard;
    private TaskHandle running;

    public ImportViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread) {
        this(streamer, executor, fxThread, draft -> { });
    }

    /** @param openCard takes a folder's card draft to the Cards page */
    public ImportViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread, Consumer<CardDraft> openCard) {
        this.openCard = openCard;
        this.streamer = streamer;
        this.executor = executor;
        this.fxThread = fxThread;
        streamer.addConversionListener(lines -> fxThread.execute(() -> showConversion(lines)));
    }

    /** Imports files and folders (a drop or a choice); ignored while an import runs. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) {
            return;
        }
        importing.set(true);
        progress.set(-1);
        progressText.set("Preparing to import " + (paths.size() == 1 ? paths.get(0).getFileName() : paths.size()
                + " items"));
        running = executor.submit(BackgroundTask.of("Importing audio", ctx -> {
            ImportReport result = streamer.library().importAll(paths, ctx);
            return new Imported(result, FolderCards.drafts(paths, result.lines(),
                    id -> streamer.library().catalogue().find(id), this::marks));
        })
                .onProgress((fraction, message) -> {
                    progress.set(fraction);
                    progressText.set(message);
                })
                .onSuccess(this::finished)
                .onFailure(error -> {
                    importing.set(false);
                    summary.set("The import failed: " + error.getMessage());
                })
                .onCancelled(() -> {
                    importing.set(false);
                    summary.set("Import cancelled.");
                }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** An import's report and the card drafts of the folders it walked. */
    private record Imported(ImportReport report, List<FolderCards.FolderDraft> drafts) {
    }

    /** How many chapter marks a track has (0 when they cannot be read). Reads the database. */
    private int marks(String trackId) {
        try {
            return streamer.library().chapters(trackId).size();
        } catch (StorageException e) {
            LOG.warn("Could not read the chapters of track {}: {}", trackId, e.getMessage());
            return 0;
        }
    }

    private void finished(Imported imported) {
        ImportReport result = imported.report();
        importing.set(false);
        folderCards.setAll(imported.drafts());
        report.setAll(result.lines().stream().map(ImportViewModel::line).toList());
        summary.set(result.summary() + (result.cancelled() ? " (cancelled)" : ""));
        if (result.count(ImportLine.Outcome.IMPORTED) > 0) {
            streamer.requestConversion(executor);
        }
    }

    private void showConversion(List<ConversionLine> lines) {
        for (ConversionLine line : lines) {
            switch (line.outcome()) {
                case FAILED -> report.add(new ReportLine(line.title(), "Not converted", line.message(), true));
                case NEEDS_FFMPEG -> {
                    if (report.stream().noneMatch(r -> r.file().equals(line.title()) && r.outcome().equals("Needs ffmpeg"))) {
                        report.add(new ReportLine(line.title(), "Needs ffmpeg", line.message(), true));
                    }
                }
                default -> {
                    // converted lines need no reading; cancelled ones are retried on the next run
                }
            }
        }
    }

    private static ReportLine line(ImportLine line) {
        boolean problem = line.outcome() == ImportLine.Outcome.FAILED
                || (line.outcome() == ImportLine.Outcome.IMPORTED && !line.message().isEmpty());
        return new ReportLine(line.file(), line.outcome().label(), line.message(), problem);
    }

    /** The card drafts of the folders the last import walked, one a folder (a shelf gives several). */
    public ObservableList<FolderCards.FolderDraft> folderCards() {
        return folderCards;
    }

    /**
     * Opens a folder's card draft on the Cards page; an audiobook's is made first, in the background,
     * by cutting it at its marks (and long parts at quiet moments), as the Library's "Make a card from
     * this audiobook" does.
     */
    public void makeCard(FolderCards.FolderDraft folder) {
        if (folder == null) {
            return;
        }
        if (folder.audiobook().isEmpty()) {
            openCard.accept(folder.draft());
            return;
        }
        Track book = folder.audiobook().get();
        summary.set("Cutting \u201c" + book.title() + "\u201d at its chapters\u2026");
        executor.submit(BackgroundTask.of("Making the audiobook's card", ctx -> AudiobookCards.make(
                streamer.library(), book, ctx))
                .onSuccess(draft -> {
                    streamer.requestConversion(executor); // the parts (M4B) wait for MP3 like any import
                    summary.set("The card of \u201c" + book.title() + "\u201d is on the Cards page.");
                    openCard.accept(draft);
                })
                .onFailure(error -> summary.set("The audiobook's card could not be made: " + error.getMessage())));
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    /** 0..1, or -1 while the amount is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** "12 imported, 1 not imported". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<ReportLine> report() {
        return report;
    }
}
