package com.yotosmartstream.icons.ui;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.editor.PaletteViewModel;
import com.yotosmartstream.icons.library.LibraryFixture;
import com.yotosmartstream.icons.palette.Palette;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The icon studio in a window, on a fresh database, with background work on the calling thread. */
final class StudioFixture implements AutoCloseable {

    final LibraryFixture storage;
    final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    final List<List<Palette>> savedPalettes = new ArrayList<>();
    final PaletteViewModel palettes = new PaletteViewModel(List.of(), savedPalettes::add);
    final IconEditorViewModel editor = new IconEditorViewModel(palettes);
    final IconLibraryViewModel library;
    /** The answers the file dialogs give, in order. */
    final Deque<Path> answers = new ArrayDeque<>();
    final IconStudio studio;

    StudioFixture(Stage stage, Path temp) throws Exception {
        storage = new LibraryFixture(temp);
        library = new IconLibraryViewModel(storage.library, executor, editor);
        FilePrompt prompt = new FilePrompt() {
            @Override
            public Optional<Path> open(String title, String kind, String... extensions) {
                return Optional.ofNullable(answers.poll());
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, String kind, String... extensions) {
                return Optional.ofNullable(answers.poll());
            }
        };
        studio = new IconStudio(editor, library, executor, prompt);
        studio.setConfirmDiscard(action -> true);
        stage.setScene(new Scene(studio.view(), 1240, 780));
        stage.show();
    }

    @Override
    public void close() {
        storage.close();
    }
}
