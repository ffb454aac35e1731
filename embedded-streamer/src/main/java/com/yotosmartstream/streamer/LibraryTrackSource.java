package com.yotosmartstream.streamer;

import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.server.LruCache;
import com.yotosmartstream.streamer.server.ServedFile;
import com.yotosmartstream.streamer.server.TrackSource;
import java.util.List;
import java.util.Optional;

/**
 * The server's {@link TrackSource}, answered from the library: a track's stream file, if the track
 * is live and ready. The server declares what it needs and the library knows nothing of the server;
 * this class joins them. A file's path is resolved once per version of a track (a changed track is a
 * new {@link Track}), not on every request; the last {@link #CAPACITY} tracks served are remembered,
 * the least recently served forgotten first.
 */
public final class LibraryTrackSource implements TrackSource {

    /** How many tracks' files are remembered. */
    public static final int CAPACITY = 1024;

    /** The file served for one version of a track. */
    private record Served(Track track, ServedFile file) {
    }

    private final Library library;
    private final LruCache<String, Served> served;

    public LibraryTrackSource(Library library) {
        this(library, CAPACITY);
    }

    LibraryTrackSource(Library library, int capacity) {
        this.library = library;
        this.served = new LruCache<>(capacity);
    }

    @Override
    public Optional<ServedFile> find(String trackId) {
        Optional<Track> track = library.catalogue().find(trackId).filter(Track::streamable);
        if (track.isEmpty()) {
            served.remove(trackId);
            return Optional.empty();
        }
        Optional<Served> known = served.get(trackId).filter(s -> s.track() == track.get());
        if (known.isPresent()) {
            return Optional.of(known.get().file());
        }
        Served fresh = new Served(track.get(), new ServedFile(library.streamPath(track.get()).orElseThrow(),
                track.get().streamMediaType()));
        served.put(trackId, fresh);
        return Optional.of(fresh.file());
    }

    /** The ids of the tracks remembered, least recently served first. */
    List<String> rememberedByUse() {
        return served.keysByUse();
    }
}
