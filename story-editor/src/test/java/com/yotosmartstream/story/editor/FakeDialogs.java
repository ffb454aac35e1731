package com.yotosmartstream.story.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: queued answers in, what was shown recorded. */
final class FakeDialogs implements WorkspaceDialogs {

    final Deque<Path> files = new ArrayDeque<>();
    SaveChoice saveChoice = SaveChoice.CANCEL;
    int storyChoice;
    boolean takeFix;
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
    public boolean showNotes(String header, List<String> shown, Optional<String> fixLabel) {
        notes.add(shown);
        fixLabel.ifPresent(fixLabels::add);
        return fixLabel.isPresent() && takeFix;
    }
}
