package com.yotosmartstream.streamer.remote;

import java.time.Instant;

/** A phone paired with the remote page, as Settings lists it. */
public record PairedPhone(long id, String name, Instant pairedAt, Instant lastSeen) {
}
