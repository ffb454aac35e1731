package com.yotosmartstream.app.stories;

import com.yotosmartstream.client.sim.Mp3Frames;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.ImportLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Silent tracks in the Library, for story questions that wait quietly for an answer (ADR 0054):
 * real MP3 (MPEG-1 Layer III frames of silence, the same the simulated household streams), made
 * the first time a length is needed and imported like any file, so they stream and upload the way
 * every other track does. The library keeps the same bytes once, so each length is one track; its
 * id is remembered for the session, and a silent track the user deleted is brought back.
 */
final class SilenceTracks {

    private static final Logger LOG = LoggerFactory.getLogger(SilenceTracks.class);

    private final Streamer streamer;
    private final Map<Integer, String> ids = new ConcurrentHashMap<>();

    SilenceTracks(Streamer streamer) {
        this.streamer = streamer;
    }

    /** The id of the library's silent track of {@code seconds}; empty when it could not be made. Blocks. */
    synchronized Optional<String> trackId(int seconds) {
        String known = ids.get(seconds);
        if (known != null && usable(known)) {
            return Optional.of(known);
        }
        Optional<String> made = make(seconds);
        made.ifPresent(id -> ids.put(seconds, id));
        return made;
    }

    private boolean usable(String id) {
        var catalogue = streamer.library().catalogue();
        if (catalogue.isDeleted(id)) { // find() sees live tracks only: bring a deleted one back first
            try {
                streamer.library().restore(id);
            } catch (StorageException e) {
                LOG.warn("Could not bring back the silent track {}", id, e);
                return false;
            }
        }
        return catalogue.find(id).isPresent();
    }

    private Optional<String> make(int seconds) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("yss-silence");
            Path file = folder.resolve("Quiet pause (" + seconds + " s).mp3");
            Files.write(file, Mp3Frames.silence(Duration.ofSeconds(seconds)));
            Optional<String> id = streamer.library().importAll(java.util.List.of(file), TaskContext.QUIET).lines().stream()
                    .filter(l -> l.outcome() == ImportLine.Outcome.IMPORTED || l.outcome() == ImportLine.Outcome.DUPLICATE)
                    .flatMap(l -> l.trackId().stream()).findFirst();
            if (id.isEmpty() || !usable(id.get())) {
                LOG.warn("The library did not take the silent track of {} s", seconds);
                return Optional.empty();
            }
            return id;
        } catch (IOException e) {
            LOG.warn("Could not make a silent track of {} s", seconds, e);
            return Optional.empty();
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not clean {}", folder, e);
        }
    }
}
