package com.yotosmartstream.streamer;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.streamer.access.Grant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stream URLs for catalogued tracks: what the app hands to whatever needs to put a track on a
 * card. (Other modules declare their own interface; the app adapts this one to it.)
 */
public interface StreamLinks {

    /** The URL a player fetches a track at, under the library grant; empty if the track cannot stream now. */
    Optional<URI> trackUrl(String trackId);

    /** A new grant for one card's tracks, so that card can be revoked alone. */
    Grant grantCard(String cardTitle, List<String> trackIds) throws StorageException;

    /** The URLs of a card grant's tracks (those that can stream now), by track id. */
    Map<String, URI> cardUrls(Grant grant);
}
