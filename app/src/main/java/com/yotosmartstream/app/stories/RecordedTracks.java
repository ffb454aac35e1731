package com.yotosmartstream.app.stories;

import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.Track;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A take the author kept in the record panel (ADR 0085), in the Library: the trimmed WAV at the
 * library's loudness imported like any file, named after its node, artist {@link #ARTIST} (so the
 * Library tells recordings made here from imports and generated narration), converted to MP3 at
 * once so the playtest and the card can stream it.
 */
final class RecordedTracks {

    /** The artist of every take kept in the story editor. */
    static final String ARTIST = "Recorded narration";

    private final Streamer streamer;

    RecordedTracks(Streamer streamer) {
        this.streamer = streamer;
    }

    /** The library's streamable track of {@code wav}; empty when it could not be made. Blocks. */
    synchronized Optional<Track> take(Path wav, String title) {
        return GeneratedTracks.intoLibrary(streamer, wav, title + " (recorded)", ARTIST,
                "the recording of '" + title + "'");
    }
}
