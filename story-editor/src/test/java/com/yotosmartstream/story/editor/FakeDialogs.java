package com.yotosmartstream.story.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import com.yotosmartstream.story.twine.ImportOptions;
import java.util.Optional;
import java.util.OptionalInt;

/** Dialogs answered by the test: queued answers in, what was shown recorded. */
final class FakeDialogs implements WorkspaceDialogs {

    final Deque<Path> files = new ArrayDeque<>();
    SaveChoice saveChoice = SaveChoice.CANCEL;
    int storyChoice;
    boolean takeFix;
    /** Whether the user takes "merge header and footer" when an import offers it. */
    boolean takeMerge;
    /** The actions each notes dialog offered. */
    final List<List<String>> offered = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<List<String>> notes = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final List<String> suggestedNames = new ArrayList<>();
    final List<String> fixLabels = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind, Path folder) {
        asked.add("open " + kind);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName) {
        asked.add("save " + kind);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public SaveChoice askToSave(String storyTitle) {
        asked.add("save changes to " + storyTitle + "?");
        return saveChoice;
    }

    @Override
    public Optional<Integer> chooseStory(List<String> names) {
        asked.add("which of " + names);
        return Optional.of(storyChoice);
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }

    @Override
    public OptionalInt showNotes(String header, List<String> shown, List<String> actions) {
        notes.add(shown);
        offered.add(actions);
        actions.stream().filter(a -> !a.equals(ImportOptions.MERGE_LABEL)).forEach(fixLabels::add);
        int merge = actions.indexOf(ImportOptions.MERGE_LABEL);
        if (takeMerge && merge >= 0) {
            return OptionalInt.of(merge);
        }
        int fix = merge == 0 ? 1 : 0;
        return takeFix && fix < actions.size() ? OptionalInt.of(fix) : OptionalInt.empty();
    }
}
