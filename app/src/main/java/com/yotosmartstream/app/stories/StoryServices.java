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
 * What the app gives the story editor: the audio library (the Library page's tracks and their
 * stream addresses), the icon library (the Icons page's icons) and the recent-stories list, kept in
 * the settings.
 */
public final class StoryServices {

    /** Recently opened story files, one path a line, most recent first. */
    public static final Setting<String> RECENT = Setting.ofString("stories.recent", "");

    static final String NO_AUDIO_LIBRARY = "There is no audio library yet: once the Library page can import "
            + "your recordings, its tracks appear here. Until then, playtests play a few seconds of silence "
            + "for each node.";
    static final String NO_ICON_LIBRARY = "There is no icon library yet: icons painted on the Icons page will "
            + "appear here.";

    static final String NO_PUBLISHER = "Publishing is not available on this page. Use Make card… to save the card's"
            + " JSON instead.";

    private StoryServices() {
    }

    /** A publisher that says it cannot publish (the app gives the Stories page {@link StoryCardPublisher}). */
    public static com.yotosmartstream.story.publish.StoryPublisher publisher() {
        return com.yotosmartstream.story.publish.StoryPublisher.none(NO_PUBLISHER);
    }

    /**
     * Journeys of story cards, recorded from the household's players (whichever household is open)
     * into the database; call {@code start()} on the FX thread, {@code close()} at exit.
     */
    public static com.yotosmartstream.story.trace.JourneyRecording journeyRecording(
            com.yotosmartstream.app.AppServices services, com.yotosmartstream.app.household.HouseholdService household) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        return new com.yotosmartstream.story.trace.JourneyRecording(
                new HouseholdPlayerFeed(household, javafx.application.Platform::runLater, clock),
                new SqliteJourneyStore(services.database()), services.executor(), javafx.application.Platform::runLater,
                clock);
    }

    public static AudioLibrary audioLibrary() {
        return AudioLibrary.none(NO_AUDIO_LIBRARY);
    }

    public static IconLibrary iconLibrary() {
        return IconLibrary.none(NO_ICON_LIBRARY);
    }

    static final String EMPTY_AUDIO_LIBRARY = "The library has no tracks yet: import your recordings on the Library"
            + " page, then pick them here.";
    static final String EMPTY_ICON_LIBRARY = "There are no icons yet: paint some on the Icons page, then pick them"
            + " here.";

    /** The Library's tracks (deleted ones left out) with their stream addresses. */
    public static AudioLibrary audioLibrary(com.yotosmartstream.streamer.Streamer streamer) {
        SilenceTracks silences = new SilenceTracks(streamer);
        return new AudioLibrary() {
            @Override
            public List<com.yotosmartstream.story.library.AudioTrack> tracks() {
                var catalogue = streamer.library().catalogue();
                return catalogue.all().stream().filter(t -> !catalogue.isDeleted(t.id())).map(StoryServices::track)
                        .toList();
            }

            @Override
            public java.util.Optional<com.yotosmartstream.story.library.AudioTrack> track(String id) {
                return streamer.library().catalogue().find(id).map(StoryServices::track);
            }

            @Override
            public java.util.Optional<java.net.URI> streamUrl(String id) {
                return streamer.trackUrl(id);
            }

            @Override
            public java.util.Optional<String> unavailableReason() {
                return tracks().isEmpty() ? java.util.Optional.of(EMPTY_AUDIO_LIBRARY) : java.util.Optional.empty();
            }

            /** A silent track the library makes and keeps, for questions that wait quietly. */
            @Override
            public java.util.Optional<com.yotosmartstream.story.library.AudioTrack> silence(int seconds) {
                return silences.trackId(seconds).flatMap(this::track);
            }
        };
    }

    /**
     * The Library's tracks for compiling a story into a card to publish: each track's address is a
     * placeholder ({@code library:<id>}) that publishing turns into a stream address or an upload.
     */
    public static AudioLibrary cardLibrary(com.yotosmartstream.streamer.Streamer streamer) {
        AudioLibrary library = audioLibrary(streamer);
        return new AudioLibrary() {
            @Override
            public List<com.yotosmartstream.story.library.AudioTrack> tracks() {
                return library.tracks();
            }

            @Override
            public java.util.Optional<com.yotosmartstream.story.library.AudioTrack> track(String id) {
                return library.track(id).filter(t -> !streamer.library().catalogue().isDeleted(id));
            }

            @Override
            public java.util.Optional<java.net.URI> streamUrl(String id) {
                return track(id).map(t -> java.net.URI.create(
                        com.yotosmartstream.app.cards.InteractiveCards.PLACEHOLDER + t.id()));
            }

            @Override
            public java.util.Optional<String> unavailableReason() {
                return library.unavailableReason();
            }

            @Override
            public java.util.Optional<com.yotosmartstream.story.library.AudioTrack> silence(int seconds) {
                return library.silence(seconds);
            }
        };
    }

    private static com.yotosmartstream.story.library.AudioTrack track(com.yotosmartstream.streamer.library.Track t) {
        String title = t.title() == null || t.title().isBlank() ? t.fileName() : t.title();
        return new com.yotosmartstream.story.library.AudioTrack(t.id(), title, t.duration(), t.format().label());
    }

    /** The Icons page's icons, as {@code icon:<id>} references (uploaded to Yoto when a card is made). */
    public static IconLibrary iconLibrary(com.yotosmartstream.icons.library.IconLibrary icons) {
        return new IconLibrary() {
            @Override
            public List<com.yotosmartstream.story.library.StoryIcon> icons() {
                try {
                    return icons.search("").stream().map(StoryServices::icon).flatMap(java.util.Optional::stream)
                            .toList();
                } catch (com.yotosmartstream.core.storage.StorageException e) {
                    return List.of();
                }
            }

            @Override
            public java.util.Optional<com.yotosmartstream.story.library.StoryIcon> icon(String ref) {
                return icons().stream().filter(i -> i.ref().equals(ref)).findFirst();
            }

            @Override
            public java.util.Optional<String> unavailableReason() {
                return icons().isEmpty() ? java.util.Optional.of(EMPTY_ICON_LIBRARY) : java.util.Optional.empty();
            }
        };
    }

    private static java.util.Optional<com.yotosmartstream.story.library.StoryIcon> icon(
            com.yotosmartstream.icons.library.IconRecord record) {
        try {
            int[] argb = com.yotosmartstream.icons.codec.IconPng.decode(record.png()).pixels();
            return java.util.Optional.of(new com.yotosmartstream.story.library.StoryIcon("icon:" + record.id(),
                    record.name(), argb));
        } catch (com.yotosmartstream.icons.codec.BadImageException e) {
            return java.util.Optional.empty();
        }
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
