package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.twine.ImportResult;
import com.yotosmartstream.story.twine.TwineFiles;
import com.yotosmartstream.story.twine.TwineFixes;
import com.yotosmartstream.story.twine.TwineImporter;
import com.yotosmartstream.story.twine.TwineStory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Importing a Twine file (issue 19): reading the file, reading its passages and making the
 * "more choices" nodes all run in the background; the FX thread only asks which story, opens
 * the result and shows what the import could not carry over, with what the fix would add
 * (and whether the story would then exceed a card) before it runs. Used on the FX thread.
 */
final class TwineImport {

    private final StoryEditorViewModel editor;
    private final TaskExecutor executor;
    private final WorkspaceDialogs dialogs;
    private final Consumer<StoryDocument> open;
    private final Consumer<String> status;

    TwineImport(StoryEditorViewModel editor, TaskExecutor executor, WorkspaceDialogs dialogs,
            Consumer<StoryDocument> open, Consumer<String> status) {
        this.editor = editor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.open = open;
        this.status = status;
    }

    /** Imports {@code path} as a new, unsaved story. */
    void run(Path path) {
        executor.submit(BackgroundTask.of("Importing " + path.getFileName(), ctx -> TwineFiles.read(path))
                .onSuccess(stories -> imported(path, stories))
                .onFailure(error -> dialogs.showError("Could not import " + path.getFileName(), message(error))));
    }

    private void imported(Path path, List<TwineStory> stories) {
        int index = 0;
        if (stories.size() > 1) {
            Optional<Integer> chosen = dialogs.chooseStory(stories.stream().map(TwineStory::name).toList());
            if (chosen.isEmpty()) {
                return;
            }
            index = chosen.get();
        }
        TwineStory twine = stories.get(index);
        executor.submit(BackgroundTask.of("Reading " + twine.passages().size() + " passages of " + path.getFileName(),
                        ctx -> {
                            ImportResult result = TwineImporter.toStory(twine, ctx::updateProgress);
                            return new Imported(result, TwineFixes.preview(result.story(), result.overflows(),
                                    Lint.MYO_CARD_NODES));
                        })
                .onSuccess(imported -> show(path, imported.result(), imported.preview()))
                .onFailure(error -> dialogs.showError("Could not import " + path.getFileName(), message(error))));
    }

    /** An import made in the background, and what its "more choices" fix would add. */
    private record Imported(ImportResult result, TwineFixes.MenuPreview preview) {
    }

    private void show(Path path, ImportResult result, TwineFixes.MenuPreview preview) {
        if (result.story().size() == 0) {
            dialogs.showError("Nothing to import from " + path.getFileName(), "None of its passages is a story passage."
                    + (result.notes().isEmpty() ? "" : "\n" + String.join("\n", result.notes())));
            return;
        }
        StoryDocument document = new StoryDocument(result.story());
        document.markUnsaved();
        open.accept(document);
        status.accept("Imported " + result.story().size() + " passages from " + path.getFileName() + " (read as "
                + result.format().displayName() + ")");
        if (result.notes().isEmpty()) {
            return;
        }
        List<String> notes = new java.util.ArrayList<>(result.notes());
        if (!result.overflows().isEmpty()) {
            notes.add(preview.message());
        }
        boolean fix = dialogs.showNotes("What the import could not carry over as it was", notes,
                result.overflows().isEmpty() ? Optional.empty() : Optional.of(preview.label()));
        if (fix) {
            Story base = editor.story();
            executor.submit(BackgroundTask.of("Adding " + preview.added() + " 'more choices' nodes",
                            ctx -> TwineFixes.menuNodes(base, result.overflows()))
                    .onSuccess(edit -> {
                        if (editor.story() == base) {
                            editor.execute(edit);
                        } else {
                            status.accept("The story changed while the 'more choices' nodes were being made; they were "
                                    + "not added.");
                        }
                    })
                    .onFailure(error -> dialogs.showError("Could not add the 'more choices' nodes", message(error))));
        }
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
