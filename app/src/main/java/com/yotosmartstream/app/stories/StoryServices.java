package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.story.editor.RecentStories;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.IconLibrary;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app gives the story editor: the audio and icon libraries (neither module exists yet, so
 * both say so plainly) and the recent-stories list, kept in the settings.
 */
public final class StoryServices {

    /** Recently opened story files, one path a line, most recent first. */
    public static final Setting<String> RECENT = Setting.ofString("stories.recent", "");

    static final String NO_AUDIO_LIBRARY = "There is no audio library yet: once the Library page can import "
            + "your recordings, its tracks appear here. Until then, playtests play a few seconds of silence "
            + "for each node.";
    static final String NO_ICON_LIBRARY = "There is no icon library yet: icons painted on the Icons page will "
            + "appear here.";

    private StoryServices() {
    }

    public static AudioLibrary audioLibrary() {
        return AudioLibrary.none(NO_AUDIO_LIBRARY);
    }

    public static IconLibrary iconLibrary() {
        return IconLibrary.none(NO_ICON_LIBRARY);
    }

    public static RecentStories recent(SettingsStore settings) {
        return new RecentStories() {
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
        };
    }
}
