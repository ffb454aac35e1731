package com.yotosmartstream.story.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The questions the Stories page asks the user: which file, whether to save first, and what went
 * wrong. The view answers them with file choosers and dialogs; tests answer them directly.
 */
public interface WorkspaceDialogs {

    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** What kind of file a chooser offers. */
    enum FileKind {
        STORY("Stories", "*.story.json"),
        TWINE("Twine stories (Twee, published HTML, archive)", "*.twee", "*.tw", "*.html", "*.htm"),
        TWEE("Twee 3", "*.twee"),
        CARD("Yoto card JSON", "*.json");

        private final String description;
        private final List<String> patterns;

        FileKind(String description, String... patterns) {
            this.description = description;
            this.patterns = List.of(patterns);
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return patterns;
        }
    }

    Optional<Path> chooseFileToOpen(FileKind kind, Path folder);

    Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName);

    SaveChoice askToSave(String storyTitle);

    /** Picks one story of a Twine archive; empty when cancelled. */
    Optional<Integer> chooseStory(List<String> names);

    void showError(String header, String message);

    /**
     * Shows what an import reported; with a fix label, offers that fix and returns whether the
     * user took it.
     */
    default boolean showNotes(String header, List<String> notes, Optional<String> fixLabel) {
        return showNotes(header, notes, fixLabel.stream().toList()).isPresent();
    }

    /**
     * Shows what an import reported with the actions it offers (a fix, importing again with an
     * option), each a button; returns the index of the one the user took, empty when none.
     */
    OptionalInt showNotes(String header, List<String> notes, List<String> actions);
}
