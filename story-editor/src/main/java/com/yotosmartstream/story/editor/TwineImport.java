package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.twine.ImportOptions;
import com.yotosmartstream.story.twine.ImportResult;
import com.yotosmartstream.story.twine.TwineFiles;
import com.yotosmartstream.story.twine.TwineFixes;
import com.yotosmartstream.story.twine.TwineImporter;
import com.yotosmartstream.story.twine.TwineStory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Importing a Twine file (issue 19): reading the file, reading its passages and making the
 * "more choices" nodes all run in the background; the FX thread only asks which story, opens
 * the result and shows what the import could not carry over, with what the fix would add
 * (and whether the story would then exceed a card) before it runs; where the story has a header
 * or footer passage, the report offers to import it again with them merged into every node
 * (ADR 0084). Used on the FX thread.
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
                        ctx -> convert(twine, ImportOptions.DEFAULT, ctx::updateProgress))
                .onSuccess(imported -> show(path, twine, imported))
                .onFailure(error -> dialogs.showError("Could not import " + path.getFileName(), message(error))));
    }

    private static Imported convert(TwineStory twine, ImportOptions options, TwineImporter.Progress progress) {
        ImportResult result = TwineImporter.toStory(twine, options, progress);
        return new Imported(result, TwineFixes.preview(result.story(), result.overflows(), Lint.MYO_CARD_NODES));
    }

    /** An import made in the background, and what its "more choices" fix would add. */
    private record Imported(ImportResult result, TwineFixes.MenuPreview preview) {
    }

    private void show(Path path, TwineStory twine, Imported imported) {
        ImportResult result = imported.result();
        TwineFixes.MenuPreview preview = imported.preview();
        if (result.story().size() == 0) {
            dialogs.showError("Nothing to import from " + path.getFileName(), "None of its passages is a story passage."
                    + (result.notes().isEmpty() ? "" : "\n" + String.join("\n", result.notes())));
            return;
        }
        StoryDocument document = new StoryDocument(result.story());
        document.markUnsaved();
        open.accept(document);
        status.accept("Imported " + result.story().size() + " passages from " + path.getFileName() + " (read as "
                + result.format().displayName() + ")" + (result.headerAndFooterMerged()
                ? ", header and footer merged into every node" : ""));
        if (result.notes().isEmpty()) {
            return;
        }
        List<String> notes = new java.util.ArrayList<>(result.notes());
        List<String> actions = new java.util.ArrayList<>();
        if (!result.overflows().isEmpty()) {
            notes.add(preview.message());
            actions.add(preview.label());
        }
        if (result.canMergeHeaderAndFooter()) {
            actions.add(ImportOptions.MERGE_LABEL);
        }
        OptionalInt chosen = dialogs.showNotes("What the import could not carry over as it was", notes, actions);
        if (chosen.isEmpty()) {
            return;
        }
        Story opened = editor.story();
        if (actions.get(chosen.getAsInt()).equals(ImportOptions.MERGE_LABEL)) {
            mergeHeaderAndFooter(path, twine, opened);
        } else {
            addMenuNodes(result, preview, opened);
        }
    }

    /** Imports the story again with its header and footer merged into every node, in place of the import just opened. */
    private void mergeHeaderAndFooter(Path path, TwineStory twine, Story opened) {
        executor.submit(BackgroundTask.of("Merging header and footer into the " + twine.passages().size() + " passages of "
                        + path.getFileName(), ctx -> convert(twine, new ImportOptions(true), ctx::updateProgress))
                .onSuccess(imported -> {
                    if (editor.story() == opened) {
                        show(path, twine, imported);
                    } else {
                        status.accept("The story changed while the header and footer were being merged; they were not "
                                + "merged.");
                    }
                })
                .onFailure(error -> dialogs.showError("Could not merge the header and footer", message(error))));
    }

    private void addMenuNodes(ImportResult result, TwineFixes.MenuPreview preview, Story base) {
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

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
