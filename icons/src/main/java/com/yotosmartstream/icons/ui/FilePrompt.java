package com.yotosmartstream.icons.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file to open or save; tests answer without a dialog. */
public interface FilePrompt {

    /**
     * @param kind what the files are ("Pictures")
     * @param extensions the patterns offered ("*.png")
     */
    Optional<Path> open(String title, String kind, String... extensions);

    Optional<Path> save(String title, String suggestedName, String kind, String... extensions);

    /** The platform's file dialogs, over the window the supplier gives. */
    static FilePrompt dialogs(Supplier<Window> owner) {
        return new FilePrompt() {
            @Override
            public Optional<Path> open(String title, String kind, String... extensions) {
                FileChooser chooser = chooser(title, kind, extensions);
                return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, String kind, String... extensions) {
                FileChooser chooser = chooser(title, kind, extensions);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
            }

            private FileChooser chooser(String title, String kind, String... extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " ("
                        + String.join(", ", extensions) + ")", Arrays.asList(extensions)));
                return chooser;
            }
        };
    }
}
