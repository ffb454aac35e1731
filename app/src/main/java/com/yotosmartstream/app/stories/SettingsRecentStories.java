package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.story.editor.RecentStories;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The story editor's recently opened files, kept in the settings one path a line, most recent first. */
public final class SettingsRecentStories implements RecentStories {

    public static final Setting<String> RECENT = Setting.ofString("stories.recent", "");

    private final SettingsStore settings;

    public SettingsRecentStories(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public List<Path> load() {
        List<Path> paths = new ArrayList<>();
        for (String line : settings.get(RECENT).split("\n")) {
            if (!line.isBlank()) {
                try {
                    paths.add(Path.of(line.strip()));
                } catch (InvalidPathException e) {
                    // a path from another OS or a damaged setting: left out
                }
            }
        }
        return paths;
    }

    @Override
    public void save(List<Path> recent) {
        settings.put(RECENT, String.join("\n", recent.stream().map(Path::toString).toList()));
    }
}
