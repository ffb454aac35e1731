package com.yotosmartstream.client.mqtt;

import java.time.Instant;
import java.util.Optional;

/**
 * A player connection's state, and in words why, when it is not connected.
 *
 * @param attempts failed attempts since the last good connection
 * @param retryAt when the next attempt is due, while waiting to retry
 */
public record ConnectionStatus(String deviceId, ConnectionState state, Optional<String> reason, int attempts,
        Optional<Instant> retryAt) {

    public boolean connected() {
        return state == ConnectionState.CONNECTED;
    }
}
