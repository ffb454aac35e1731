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
 * A take the author kept in the record panel (ADR 0085), in the Library: the trimmed WAV at the
 * library's loudness imported like any file, named after its node, artist {@link #ARTIST} (so the
 * Library tells recordings made here from imports and generated narration), converted to MP3 at
 * once so the playtest and the card can stream it.
 */
final class RecordedTracks {

    /** The artist of every take kept in the story editor. */
    static final String ARTIST = "Recorded narration";

    private static final Logger LOG = LoggerFactory.getLogger(RecordedTracks.class);

    private final Streamer streamer;

    RecordedTracks(Streamer streamer) {
        this.streamer = streamer;
    }

    /** The library's streamable track of {@code wav}; empty when it could not be made. Blocks. */
    synchronized Optional<Track> take(Path wav, String title) {
        var library = streamer.library();
        try {
            Optional<String> id = library.importAll(List.of(wav), QUIET).lines().stream()
                    .filter(l -> l.outcome() == ImportLine.Outcome.IMPORTED || l.outcome() == ImportLine.Outcome.DUPLICATE)
                    .flatMap(l -> l.trackId().stream()).findFirst();
            if (id.isEmpty()) {
                LOG.warn("The library did not take the recording of '{}'", title);
                return Optional.empty();
            }
            if (library.catalogue().isDeleted(id.get())) {
                library.restore(id.get());
            }
            String name = title + " (recorded)";
            Track track = library.catalogue().find(id.get()).orElseThrow();
            if (!name.equals(track.title()) || !ARTIST.equals(track.artist())) {
                library.rename(track.id(), name, ARTIST);
            }
            if (library.catalogue().find(track.id()).map(t -> t.status() != TrackStatus.READY).orElse(true)) {
                library.convertPending(QUIET);
            }
            return library.catalogue().find(track.id()).filter(t -> t.status() == TrackStatus.READY);
        } catch (StorageException | RuntimeException e) {
            LOG.warn("Could not add the recording of '{}' to the library", title, e);
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
