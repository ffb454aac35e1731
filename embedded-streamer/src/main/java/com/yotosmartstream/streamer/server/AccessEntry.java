package com.yotosmartstream.streamer.server;

import java.time.Instant;

/**
 * One request for a track, as the access log keeps it. Holds the grant's label, never its token.
 *
 * @param range the Range header as sent ("" when none)
 * @param bytes body bytes actually sent
 * @param client the client's address
 */
public record AccessEntry(Instant at, String trackId, String grantLabel, String method, String range, int status,
        long bytes, String client) {
}
