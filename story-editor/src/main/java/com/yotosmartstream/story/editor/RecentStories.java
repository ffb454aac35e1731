package com.yotosmartstream.story.editor;

import java.nio.file.Path;
import java.util.List;

/** Where the list of recently opened stories is kept (the app keeps it in its settings). */
public interface RecentStories {

    /** Most recent first. */
    List<Path> load();

    void save(List<Path> recent);
}
