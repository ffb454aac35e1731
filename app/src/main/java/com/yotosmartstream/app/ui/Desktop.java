package com.yotosmartstream.app.ui;

import java.nio.file.Path;

/** What the app asks of the desktop: open a folder in the file manager. */
@FunctionalInterface
public interface Desktop {

    void open(Path folderOrFile);

    /** Opens a web page in the user's browser; desktops that cannot (tests) ignore it. */
    default void browse(java.net.URI page) {
    }
}
