package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generated narration in the Library (ADR 0077): the voice engine's WAV imported like any file,
 * marked generated (its artist is {@link #ARTIST}, which the Library shows), named after its node,
 * and converted to MP3 at once so the playtest and the card can stream it. The library keeps the
 * same bytes once, so the same narration is the same track; one the user deleted is brought back.
 */
final class GeneratedTracks {

    /** The artist of every generated track: how the Library tells them from recordings. */
    static final String ARTIST = "Generated narration";

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedTracks.class);

    private final Streamer streamer;

    GeneratedTracks(Streamer streamer) {
        this.streamer = streamer;
    }

    /** The library's streamable track of {@code wav}; empty when it could not be made. Blocks (imports and converts). */
    synchronized Optional<Track> take(Path wav, String title) {
        var library = streamer.library();
        try {
            Optional<String> id = library.importAll(List.of(wav), QUIET).lines().stream()
                    .filter(l -> l.outcome() == ImportLine.Outcome.IMPORTED || l.outcome() == ImportLine.Outcome.DUPLICATE)
                    .flatMap(l -> l.trackId().stream()).findFirst();
            if (id.isEmpty()) {
                LOG.warn("The library did not take generated narration for '{}'", title);
                return Optional.empty();
            }
            if (library.catalogue().isDeleted(id.get())) {
                library.restore(id.get());
            }
            Track track = library.catalogue().find(id.get()).orElseThrow();
            String name = title + " (generated)";
            if (!name.equals(track.title()) || !ARTIST.equals(track.artist())) {
                library.rename(track.id(), name, ARTIST);
            }
            if (library.catalogue().find(track.id()).map(t -> t.status() != TrackStatus.READY).orElse(true)) {
                library.convertPending(QUIET);
            }
            return library.catalogue().find(track.id()).filter(t -> t.status() == TrackStatus.READY);
        } catch (StorageException | RuntimeException e) {
            LOG.warn("Could not add generated narration for '{}' to the library", title, e);
            return Optional.empty();
        }
    }

    private static final TaskContext QUIET = new TaskContext() {
        @Override
        public void updateProgress(long done, long total) {
        }

        @Override
        public void updateMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
