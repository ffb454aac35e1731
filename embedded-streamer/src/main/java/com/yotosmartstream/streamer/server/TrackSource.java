package com.yotosmartstream.streamer.server;

import java.util.Optional;

/** Where the server finds what to send for a track id: the library's catalogue in the app. */
@FunctionalInterface
public interface TrackSource {

    /** The file to stream for {@code trackId}, if the track exists and can be streamed now. */
    Optional<ServedFile> find(String trackId);
}
