package com.yotosmartstream.story.editor;

import com.google.gson.GsonBuilder;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.doc.Autosaver;
import com.yotosmartstream.story.doc.RecoveryStore;
import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.publish.StoryPublisher;
import com.yotosmartstream.story.twine.TweeExporter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Stories page's document handling: New, Open, Save, Save As, recent stories, Twine import,
 * Twee and card export, a recovery copy every few seconds and recovery after a crash. File work
 * runs in the background; the story being saved is an immutable snapshot, so editing goes on
 * meanwhile. Used on the FX thread.
 */
public final class StoryWorkspaceViewModel {

    /** How often the recovery copy is refreshed while there are unsaved changes. */
    public static final int AUTOSAVE_SECONDS = 5;
    static final int RECENT_LIMIT = 10;

    private final StoryEditorViewModel editor;
    private final TaskExecutor executor;
    private final WorkspaceDialogs dialogs;
    private final RecentStories recentStore;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final java.util.concurrent.Executor recoveryWriter;
    private final Path storiesFolder;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<RecoveryStore.Recovered> recoveries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper publishUnavailable = new ReadOnlyStringWrapper("");
    private StoryPublisher publisher = StoryPublisher.none("Publishing is not set up here.");
    private final StringBinding title;
    private final TwineImport twineImport;
    /** The document and state the user chose not to save when the app was closing; null otherwise. */
    private StoryDocument droppedDocument;
    private long droppedState;

    public StoryWorkspaceViewModel(StoryEditorViewModel editor, TaskExecutor executor, WorkspaceDialogs dialogs,
            RecentStories recent, RecoveryStore recovery, Path storiesFolder, Clock clock) {
        this.editor = editor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.recentStore = recent;
        this.recovery = recovery;
        this.storiesFolder = storiesFolder;
        this.recoveryWriter = executor.serial("story-recovery");
        this.autosaver = new Autosaver(recovery, recoveryWriter, clock);
        this.twineImport = new TwineImport(editor, executor, dialogs, document -> replace(document, null), status::set);
        this.recent.setAll(recent.load());
        this.title = Bindings.createStringBinding(() -> {
            Story story = editor.storyProperty().get();
            String name = story.title().isBlank() ? file.get() == null ? "Untitled story"
                    : file.get().getFileName().toString() : story.title();
            return (editor.dirtyProperty().get() ? "● " : "") + name
                    + (file.get() == null ? " (not saved yet)" : "");
        }, editor.storyProperty(), editor.dirtyProperty(), file);
        findRecoveries();
        refreshPublishing();
    }

    public StoryEditorViewModel editor() {
        return editor;
    }

    /** The document's title with a marker when it has unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    /** The file the story is saved in; null before its first save. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    /** Unsaved work found from a session that ended without saving. */
    public ObservableList<RecoveryStore.Recovered> recoveries() {
        return recoveries;
    }

    /** The last thing that happened ("Saved to ...", a problem). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- documents ----

    public void newStory() {
        whenDiscardable(() -> {
            replace(new StoryDocument(Story.empty("")), null);
            status.set("New story. Double-click the canvas to add its first node.");
        });
    }

    public void open() {
        whenDiscardable(() -> dialogs.chooseFileToOpen(WorkspaceDialogs.FileKind.STORY, folder()).ifPresent(this::openFile));
    }

    /** Opens a story file (from Open or the recent list), asking first about unsaved changes. */
    public void openRecent(Path path) {
        whenDiscardable(() -> openFile(path));
    }

    /**
     * At start-up: opens the story opened or saved last (the first recent file), so work goes on
     * where it stopped. Quietly: a file gone since is forgotten without a message, and a story the
     * user has started on or opened meanwhile is left alone.
     */
    public void reopenLast() {
        if (recent.isEmpty() || file.get() != null) {
            return;
        }
        Path path = recent.get(0);
        executor.submit(BackgroundTask.of("Reopening " + path.getFileName(), ctx -> StoryFiles.open(path))
                .onSuccess(read -> {
                    if (file.get() == null && !hasUnsavedChanges()) {
                        replace(new StoryDocument(read.story()), path);
                        status.set("Reopened " + path.getFileName() + ", the story open last time");
                    }
                })
                .onFailure(error -> forget(path)));
    }

    private void openFile(Path path) {
        executor.submit(BackgroundTask.of("Opening " + path.getFileName(), ctx -> StoryFiles.open(path))
                .onSuccess(read -> {
                    replace(new StoryDocument(read.story()), path);
                    remember(path);
                    status.set("Opened " + path.getFileName() + (read.warnings().isEmpty() ? ""
                            : "; " + read.warnings().size() + " part(s) could not be read"));
                    if (!read.warnings().isEmpty()) {
                        dialogs.showNotes("Some of " + path.getFileName() + " could not be read", read.warnings(),
                                Optional.empty());
                    }
                })
                .onFailure(error -> {
                    dialogs.showError("Could not open " + path.getFileName(), message(error));
                    if (error instanceof java.io.IOException || error instanceof com.yotosmartstream.story.doc.StoryFormatException) {
                        forget(path);
                    }
                }));
    }

    /** Saves to the story's file, or asks for one. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (file.get() == null) {
            saveAs(then);
        } else {
            saveTo(file.get(), then);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        String suggested = safeName(editor.story().title()) + StoryFiles.EXTENSION;
        dialogs.chooseFileToSave(WorkspaceDialogs.FileKind.STORY, folder(), suggested)
                .ifPresent(path -> saveTo(withExtension(path, StoryFiles.EXTENSION), then));
    }

    /** Writes the story as it is now in the background; {@code then} runs once it is safely saved. */
    private void saveTo(Path path, Runnable then) {
        StoryDocument document = editor.document();
        Story story = document.story();
        long state = document.state();
        executor.submit(BackgroundTask.running("Saving " + path.getFileName(), ctx -> StoryFiles.save(path, story))
                .onSuccess(done -> {
                    if (editor.document() == document) {
                        document.markSavedAt(state, story);
                        file.set(path);
                        if (!document.isDirty()) {
                            autosaver.discard();
                        }
                    }
                    remember(path);
                    status.set("Saved to " + path);
                    then.run();
                })
                .onFailure(error -> dialogs.showError("Could not save the story", "Saving to " + path + " failed: "
                        + message(error) + ". Your changes are still here; try Save As to save somewhere else.")));
    }

    /**
     * Runs {@code then} once the current story may be replaced: at once when it has no unsaved
     * changes; otherwise after asking (and saving, if the user chose to). Cancel runs nothing.
     */
    public void whenDiscardable(Runnable then) {
        if (!editor.document().isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askToSave(editor.story().title().isBlank() ? "Untitled story" : editor.story().title())) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            case CANCEL -> {
            }
        }
    }

    /** Whether the story has changes that are not saved. */
    public boolean hasUnsavedChanges() {
        return editor.document().isDirty();
    }

    /**
     * Before the app closes: with unsaved changes, asks whether to save them. {@code proceed} runs
     * once the story is saved (through Save As when it has no file yet) or the user chose not to
     * save, in which case no recovery copy is kept either. Cancel, a cancelled Save As or a failed
     * save (which says why) do not run it, so the app stays open.
     */
    public void confirmClose(Runnable proceed) {
        whenDiscardable(() -> {
            StoryDocument document = editor.document();
            if (document.isDirty()) {
                droppedDocument = document;
                droppedState = document.state();
            }
            proceed.run();
        });
    }

    private void replace(StoryDocument document, Path path) {
        autosaver.discard();
        file.set(path);
        editor.load(document);
    }

    // ---- Twine ----

    /** Imports a Twee file, Twine published HTML or an archive as a new, unsaved story. */
    public void importTwine() {
        whenDiscardable(() -> dialogs.chooseFileToOpen(WorkspaceDialogs.FileKind.TWINE, folder())
                .ifPresent(twineImport::run));
    }

    public void exportTwee() {
        Story story = editor.story();
        dialogs.chooseFileToSave(WorkspaceDialogs.FileKind.TWEE, folder(), safeName(story.title()) + ".twee")
                .ifPresent(path -> {
                    TweeExporter.Export export = TweeExporter.export(story);
                    executor.submit(BackgroundTask.running("Exporting " + path.getFileName(),
                            ctx -> StoryFiles.writeAtomically(path, export.twee()))
                            .onSuccess(done -> {
                                status.set("Exported Twee to " + path);
                                if (!export.notes().isEmpty()) {
                                    dialogs.showNotes("What Twee could not hold", export.notes(), Optional.empty());
                                }
                            })
                            .onFailure(error -> dialogs.showError("Could not export", message(error))));
                });
    }

    /**
     * Compiles the story to a Yoto interactive card and writes its JSON; a story whose card would
     * fail on a player is refused with the reasons.
     */
    public void exportCard() {
        Story story = editor.story();
        executor.submit(BackgroundTask.of("Compiling '" + story.title() + "'",
                        ctx -> new CardCompiler().compile(story, editor.audioLibrary()))
                .onSuccess(result -> {
                    if (result instanceof CompileResult.Refused refused) {
                        dialogs.showError("This story cannot become a card yet", String.join("\n",
                                refused.reasons().stream().map(LintIssue::message).toList()));
                        return;
                    }
                    CompileResult.Compiled compiled = (CompileResult.Compiled) result;
                    dialogs.chooseFileToSave(WorkspaceDialogs.FileKind.CARD, folder(),
                            safeName(story.title()) + ".card.json").ifPresent(path -> writeCard(path, compiled));
                })
                .onFailure(error -> dialogs.showError("Could not compile the story", message(error))));
    }

    private void writeCard(Path path, CompileResult.Compiled compiled) {
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(compiled.card().toJson()) + "\n";
        executor.submit(BackgroundTask.running("Writing " + path.getFileName(), ctx -> StoryFiles.writeAtomically(path, json))
                .onSuccess(done -> status.set("Card with " + compiled.card().chapters().size() + " chapters written to "
                        + path + (compiled.warnings().isEmpty() ? "" : " (" + compiled.warnings().size()
                        + " warning(s) in Problems)")))
                .onFailure(error -> dialogs.showError("Could not write the card", message(error))));
    }

    // ---- publishing ----

    /** What puts stories on Yoto (the app's; until it is given, publishing is unavailable). */
    public void setPublisher(StoryPublisher value) {
        publisher = value;
        refreshPublishing();
    }

    /** Why the story cannot be published now; empty text when it can. */
    public ReadOnlyStringProperty publishUnavailableProperty() {
        return publishUnavailable.getReadOnlyProperty();
    }

    /** Asks the publisher again whether it can publish (the household may have come or gone). */
    public void refreshPublishing() {
        publishUnavailable.set(publisher.unavailableReason().orElse(""));
    }

    /**
     * Publishes the story as it is now as a Yoto interactive card (updating the card it was
     * published as before); once it is on Yoto the story remembers the card and its chapter keys,
     * and a story that had no other unsaved changes is saved with it.
     */
    public void publish() {
        refreshPublishing();
        if (!publishUnavailable.get().isEmpty()) {
            dialogs.showError("The story cannot be published now", publishUnavailable.get());
            return;
        }
        StoryDocument document = editor.document();
        Story story = document.story();
        status.set("Publishing '" + name(story) + "'…");
        publisher.publish(story, cardId -> published(document, story, cardId));
    }

    private void published(StoryDocument document, Story story, String cardId) {
        if (cardId == null || cardId.isBlank()) {
            return;
        }
        if (editor.document() != document) {
            status.set("Published '" + name(story) + "' as card " + cardId + ", but it is not open any more: open it "
                    + "and publish it again so that it remembers its card.");
            return;
        }
        boolean again = story.info().cardId().map(cardId::equals).orElse(false);
        boolean wasClean = !document.isDirty();
        document.setCard(Optional.of(CardCompiler.published(cardId, story)));
        String done = (again ? "Updated card " : "Published as card ") + cardId + ".";
        if (wasClean && file.get() != null) {
            save(() -> status.set(done + " Saved the story with its link to the card."));
        } else {
            status.set(done + " Save the story to keep its link to the card.");
        }
    }

    private static String name(Story story) {
        return story.title().isBlank() ? "Untitled story" : story.title();
    }

    // ---- recovery ----

    /** Refreshes the recovery copy when there are unsaved changes (called every few seconds). */
    public void autosaveTick() {
        autosaver.tick(editor.document(), () -> Optional.ofNullable(file.get()));
        refreshPublishing();
    }

    private void findRecoveries() {
        executor.submit(BackgroundTask.of("Looking for unsaved stories", ctx -> recovery.list())
                .onSuccess(recoveries::setAll));
    }

    /** Opens recovered work (unsaved, still tied to its file if it had one). */
    public void recover(RecoveryStore.Recovered found) {
        whenDiscardable(() -> recoverNow(found));
    }

    private void recoverNow(RecoveryStore.Recovered found) {
        StoryDocument document = new StoryDocument(found.story());
        document.markUnsaved();
        replace(document, found.file().orElse(null));
        recoveryWriter.execute(() -> recovery.discard(found.key()));
        recoveries.remove(found);
        status.set("Recovered '" + found.story().title() + "'. Save it to keep it.");
    }

    public void discardRecovery(RecoveryStore.Recovered found) {
        recoveryWriter.execute(() -> recovery.discard(found.key()));
        recoveries.remove(found);
    }

    /**
     * The page is going away with the app: unsaved changes are left as a recovery copy, unless the
     * user chose not to save them ({@link #confirmClose}) and has not changed anything since.
     */
    public void close() {
        StoryDocument document = editor.document();
        if (document == droppedDocument && document.state() == droppedState) {
            autosaver.discard();
        } else {
            autosaveTick();
        }
    }

    // ---- helpers ----

    private Path folder() {
        Path current = file.get();
        return current != null && current.getParent() != null ? current.getParent() : storiesFolder;
    }

    private void remember(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        recentStore.save(List.copyOf(recent));
    }

    private void forget(Path path) {
        if (recent.remove(path.toAbsolutePath().normalize())) {
            recentStore.save(List.copyOf(recent));
        }
    }

    static String safeName(String title) {
        String cleaned = title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "Untitled story";
        }
        return cleaned.length() > 80 ? cleaned.substring(0, 80).strip() : cleaned;
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path
                : path.resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) + extension
                        : name + extension);
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
