package com.yotosmartstream.app.stories;

import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.doc.StoryFormatException;
import com.yotosmartstream.story.doc.StoryJson;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.ImportReport;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.core.task.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample story the app ships for demo mode (ADR 0088): "Pip and the Sleepy Lighthouse", an
 * original bedtime story of 8 nodes and two endings, and its narration, one small MP3 a node
 * ({@code <node id>.mp3}, spoken by espeak-ng with its choice prompts; {@code scripts/sample-story-audio.sh}).
 * {@link #install} puts its audio into the Library and writes the story, playing those tracks, as a
 * story file.
 */
public final class SampleStory {

    /** Where the story and its audio are among the app's resources. */
    static final String FOLDER = "/com/yotosmartstream/app/stories/sample/";
    static final String STORY = "pip-and-the-lighthouse.story.json";

    private SampleStory() {
    }

    /** The story as shipped, its nodes without audio. */
    public static Story story() {
        try (InputStream in = resource(STORY)) {
            return StoryJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).story();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StoryFormatException e) {
            throw new IllegalStateException("The sample story shipped with the app cannot be read", e);
        }
    }

    /**
     * Imports the narration into {@code library} (the same audio is the same track, so installing
     * again adds none), writes the story playing those tracks into {@code folder} under a name no
     * other file has, and returns the file. Blocking.
     */
    public static Path install(Library library, Path folder, TaskContext context) throws IOException,
            com.yotosmartstream.core.storage.StorageException {
        Story story = story();
        Path work = Files.createTempDirectory("sample-story");
        try {
            List<Path> files = new ArrayList<>();
            for (StoryNode node : story.nodes()) {
                Path file = work.resolve(node.id() + ".mp3");
                try (InputStream in = resource(node.id() + ".mp3")) {
                    Files.copy(in, file);
                }
                files.add(file);
            }
            ImportReport report = library.importAll(files, context);
            for (StoryNode node : List.copyOf(story.nodes())) {
                ImportLine line = report.lines().stream().filter(l -> Path.of(l.file()).getFileName().toString()
                        .equals(node.id() + ".mp3")).findFirst()
                        .orElseThrow(() -> new IOException("The library did not read " + node.id() + ".mp3"));
                Optional<String> id = line.trackId();
                if (id.isPresent() && library.catalogue().isDeleted(id.get())) {
                    library.restore(id.get()); // deleted before: this is the same audio again
                }
                Track track = id.flatMap(library.catalogue()::find)
                        .orElseThrow(() -> new IOException("The narration of '" + node.title()
                                + "' could not be added to the library: " + line.message()));
                story = story.withNode(node.withAudio(new AudioRef(track.id(), track.title(),
                        track.duration().toMillis() / 1000.0)));
            }
        } finally {
            try (var left = Files.list(work)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
        Files.createDirectories(folder);
        Path file = freeName(folder, story.title());
        StoryFiles.save(file, story);
        return file;
    }

    private static Path freeName(Path folder, String title) {
        Path file = folder.resolve(title + StoryFiles.EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(title + " (" + n + ")" + StoryFiles.EXTENSION);
        }
        return file;
    }

    private static InputStream resource(String name) throws IOException {
        return Optional.ofNullable(SampleStory.class.getResourceAsStream(FOLDER + name))
                .orElseThrow(() -> new IOException("The app carries no " + name));
    }
}
