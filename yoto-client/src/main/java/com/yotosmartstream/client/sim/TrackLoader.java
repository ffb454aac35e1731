package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.model.Track;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Fetches a track as a player would, to learn whether it plays and for how long. */
@FunctionalInterface
public interface TrackLoader {

    /** Completes with the track's duration, or exceptionally with the reason it cannot play. */
    CompletableFuture<Duration> load(Track track);
}
