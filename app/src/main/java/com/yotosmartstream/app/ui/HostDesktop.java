package com.yotosmartstream.app.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens folders and links with what the OS provides. */
final class HostDesktop implements Desktop {

    private final HostServices host;

    HostDesktop(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path folderOrFile) {
        host.showDocument(folderOrFile.toUri().toString());
    }

    @Override
    public void browse(java.net.URI page) {
        host.showDocument(page.toString());
    }
}
