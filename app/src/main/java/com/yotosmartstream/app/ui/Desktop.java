package com.yotosmartstream.app.ui;

import java.nio.file.Path;

/** What the app asks of the desktop: open a folder in the file manager. */
@FunctionalInterface
public interface Desktop {

    void open(Path folderOrFile);
}
